package org.swarmsim.bittorrent.wire;

import org.swarmsim.net.Message;

/**
 * A message of the BitTorrent peer wire protocol: BEP 3 (handshake, keep-alive, choke, unchoke,
 * interested, not interested, have, bitfield, request, piece, cancel), BEP 5's port, BEP 6's fast
 * extension (suggest, have all, have none, reject, allowed fast), BEP 10's extended envelope and
 * BEP 52's hash request, hashes and hash reject.
 *
 * <p>Every message is an immutable record whose {@link #wireSize()} is its exact size on the wire,
 * computed arithmetically; {@link WireCodec} encodes and decodes the byte form, and a test proves
 * the two agree.
 */
public sealed interface PeerMessage extends Message
        permits Handshake, KeepAlive, Choke, Unchoke, Interested, NotInterested, Have,
        BitfieldMessage, Request, Piece, Cancel, Port, SuggestPiece, HaveAll, HaveNone,
        RejectRequest, AllowedFast, ExtendedMessage, HashRequest, Hashes, HashReject {

    /** Message id of choke. */
    int CHOKE = 0;
    /** Message id of unchoke. */
    int UNCHOKE = 1;
    /** Message id of interested. */
    int INTERESTED = 2;
    /** Message id of not interested. */
    int NOT_INTERESTED = 3;
    /** Message id of have. */
    int HAVE = 4;
    /** Message id of bitfield. */
    int BITFIELD = 5;
    /** Message id of request. */
    int REQUEST = 6;
    /** Message id of piece. */
    int PIECE = 7;
    /** Message id of cancel. */
    int CANCEL = 8;
    /** Message id of port (BEP 5). */
    int PORT = 9;
    /** Message id of suggest piece (BEP 6). */
    int SUGGEST_PIECE = 0x0D;
    /** Message id of have all (BEP 6). */
    int HAVE_ALL = 0x0E;
    /** Message id of have none (BEP 6). */
    int HAVE_NONE = 0x0F;
    /** Message id of reject request (BEP 6). */
    int REJECT_REQUEST = 0x10;
    /** Message id of allowed fast (BEP 6). */
    int ALLOWED_FAST = 0x11;
    /** Message id of the extended envelope (BEP 10). */
    int EXTENDED = 20;
    /** Message id of hash request (BEP 52). */
    int HASH_REQUEST = 21;
    /** Message id of hashes (BEP 52). */
    int HASHES = 22;
    /** Message id of hash reject (BEP 52). */
    int HASH_REJECT = 23;

    /** Largest block a request or piece may carry: 128 KiB (clients use 16 KiB). */
    int MAX_BLOCK_BYTES = 128 * 1024;

    /** The message id byte, or -1 for the handshake and keep-alive, which have none. */
    int id();

    /**
     * Only piece messages need the sender to hear that they left (an uploader keeps a few blocks
     * in its send buffer); every other peer message goes out without that event.
     */
    @Override
    default boolean notifyOnTransmit() {
        return id() == PIECE;
    }
}
