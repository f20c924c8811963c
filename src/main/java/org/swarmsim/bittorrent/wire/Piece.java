package org.swarmsim.bittorrent.wire;

import java.util.Arrays;

/**
 * Piece (BEP 3, id 7): one block of data; {@code 13 + length} bytes on the wire.
 *
 * <p>In a simulation the payload is usually {@code null}: the message then stands for a block of
 * {@code length} bytes without carrying them, and still costs {@code 13 + length} bytes.
 * {@link WireCodec} encodes a null payload as {@code length} zero bytes; decoding always yields the
 * real bytes. Equality compares payload contents (a null payload equals only a null payload).
 *
 * @param piece   zero-based piece index
 * @param begin   byte offset of the block inside the piece
 * @param length  block length, 0..{@value PeerMessage#MAX_BLOCK_BYTES} bytes
 * @param payload the block's bytes ({@code length} of them), or null in simulation
 */
public record Piece(int piece, int begin, int length, byte[] payload) implements PeerMessage {
    public Piece {
        BlockChecks.check(piece, begin, length);
        if (payload != null && payload.length != length) {
            throw new IllegalArgumentException("payload holds " + payload.length
                    + " bytes but the block length is " + length);
        }
    }

    /** The uploader counts a block as uploaded when it has been delivered (see {@code Peer.bytesUploaded}). */
    @Override
    public boolean notifyOnDelivery() {
        return true;
    }

    /** A block without payload bytes, for simulation. */
    public static Piece simulated(int piece, int begin, int length) {
        return new Piece(piece, begin, length, null);
    }

    /** A block carrying {@code payload} (not copied: do not change it afterwards). */
    public static Piece withPayload(int piece, int begin, byte[] payload) {
        return new Piece(piece, begin, payload.length, payload);
    }

    /** Whether the message carries real bytes. */
    public boolean hasPayload() {
        return payload != null;
    }

    @Override
    public int id() {
        return PIECE;
    }

    @Override
    public int wireSize() {
        return 13 + length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Piece p && p.piece == piece && p.begin == begin && p.length == length
                && Arrays.equals(p.payload, payload);
    }

    @Override
    public int hashCode() {
        return ((piece * 31 + begin) * 31 + length) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Piece[piece=" + piece + ", begin=" + begin + ", length=" + length
                + (payload == null ? ", simulated]" : ", payload]");
    }
}
