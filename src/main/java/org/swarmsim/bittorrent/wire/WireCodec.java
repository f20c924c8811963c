package org.swarmsim.bittorrent.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeInteger;
import org.swarmsim.bittorrent.metainfo.BencodeReader;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.PiecesRoot;
import org.swarmsim.bittorrent.metainfo.InfoHash;

/**
 * Encodes peer wire messages to their byte form and decodes them back, for a torrent of a known
 * number of pieces (needed to check bitfield lengths and piece indices).
 *
 * <p>Encoding writes exactly {@link PeerMessage#wireSize()} bytes; a {@link Piece} without payload
 * (simulation) is written with {@code length} zero bytes. Decoding is strict: it rejects a length
 * prefix that does not fit the message id, an unknown id or one of an extension that was not
 * negotiated, a piece index outside the torrent, a block larger than 128 KiB, and a bitfield of the
 * wrong length or with spare bits set, each with a {@link WireFormatException} saying so.
 *
 * <p>An extended message (BEP 10) decodes to an {@link ExtensionHandshake} for extended id 0 (which
 * must be a canonical bencoded dictionary with an {@code m} entry) and to a
 * {@link RawExtensionPayload} for any other id: which extension an id stands for was negotiated on
 * the connection, so its plug-in reads the bytes.
 */
public final class WireCodec {
    private final int pieceCount;
    private final boolean fastExtension;
    private final boolean extensionProtocol;
    private final boolean v2;
    private final int maxLengthPrefix;

    /** A codec for a torrent of {@code pieceCount} pieces, with BEP 6, BEP 10 and BEP 52 messages allowed. */
    public WireCodec(int pieceCount) {
        this(pieceCount, true, true, true);
    }

    /**
     * A codec for a torrent of {@code pieceCount} pieces that accepts the fast-extension (BEP 6)
     * and extended (BEP 10) messages only if those extensions were negotiated.
     */
    public WireCodec(int pieceCount, boolean fastExtension, boolean extensionProtocol) {
        this(pieceCount, fastExtension, extensionProtocol, false);
    }

    /** As {@link #WireCodec(int, boolean, boolean)}, and BEP 52's hash messages if {@code v2} (a v2 or hybrid torrent). */
    public WireCodec(int pieceCount, boolean fastExtension, boolean extensionProtocol, boolean v2) {
        if (pieceCount < 0) {
            throw new IllegalArgumentException("piece count must be >= 0, got " + pieceCount);
        }
        this.pieceCount = pieceCount;
        this.fastExtension = fastExtension;
        this.extensionProtocol = extensionProtocol;
        this.v2 = v2;
        this.maxLengthPrefix = Math.max(Math.max(9 + PeerMessage.MAX_BLOCK_BYTES,
                2 + ExtendedMessage.MAX_PAYLOAD_BYTES), 1 + BitfieldMessage.byteLength(pieceCount));
    }

    /** Number of pieces of the torrent this codec checks against. */
    public int pieceCount() {
        return pieceCount;
    }

    /** The byte form of {@code m}: exactly {@code m.wireSize()} bytes. */
    public byte[] encode(PeerMessage m) {
        ByteBuffer out = ByteBuffer.allocate(m.wireSize());
        encode(m, out);
        return out.array();
    }

    /** Writes the byte form of {@code m} into {@code out} (big-endian, as BEP 3 requires). */
    public void encode(PeerMessage m, ByteBuffer out) {
        if (m instanceof Handshake h) {
            out.put((byte) h.protocol().length());
            out.put(h.protocol().getBytes(StandardCharsets.US_ASCII));
            out.putLong(h.reservedBits());
            out.put(h.infoHash().bytes());
            out.put(h.peerId().bytes());
            return;
        }
        out.putInt(m.wireSize() - 4);
        if (m instanceof KeepAlive) {
            return;
        }
        out.put((byte) m.id());
        if (m instanceof Have h) {
            out.putInt(h.piece());
        } else if (m instanceof SuggestPiece s) {
            out.putInt(s.piece());
        } else if (m instanceof AllowedFast a) {
            out.putInt(a.piece());
        } else if (m instanceof Request r) {
            out.putInt(r.piece()).putInt(r.begin()).putInt(r.length());
        } else if (m instanceof Cancel c) {
            out.putInt(c.piece()).putInt(c.begin()).putInt(c.length());
        } else if (m instanceof RejectRequest r) {
            out.putInt(r.piece()).putInt(r.begin()).putInt(r.length());
        } else if (m instanceof Piece p) {
            out.putInt(p.piece()).putInt(p.begin());
            if (p.payload() != null) {
                out.put(p.payload());
            } else {
                for (int i = 0; i < p.length(); i++) {
                    out.put((byte) 0);
                }
            }
        } else if (m instanceof BitfieldMessage b) {
            if (b.pieceCount() != pieceCount) {
                throw new IllegalArgumentException("bitfield for " + b.pieceCount()
                        + " pieces sent on a torrent of " + pieceCount);
            }
            out.put(b.bits());
        } else if (m instanceof Port p) {
            out.putShort((short) p.port());
        } else if (m instanceof HashRequest h) {
            hashFields(out, h.piecesRoot().bytes(), h.baseLayer(), h.index(), h.length(), h.proofLayers());
        } else if (m instanceof HashReject h) {
            hashFields(out, h.piecesRoot().bytes(), h.baseLayer(), h.index(), h.length(), h.proofLayers());
        } else if (m instanceof Hashes h) {
            hashFields(out, h.piecesRoot().bytes(), h.baseLayer(), h.index(), h.length(), h.proofLayers());
            out.put(h.hashes());
        } else if (m instanceof ExtendedMessage e) {
            out.put((byte) e.extendedId());
            int start = out.position();
            e.payload().encode(out);
            if (out.position() - start != e.payload().size()) {
                throw new IllegalStateException(e.payload().getClass().getSimpleName() + " wrote "
                        + (out.position() - start) + " bytes, but its size() is " + e.payload().size());
            }
        }
        // choke, unchoke, interested, not interested, have all, have none: id only
    }

    private static void hashFields(ByteBuffer out, byte[] root, int baseLayer, int index, int length, int proofLayers) {
        out.put(root).putInt(baseLayer).putInt(index).putInt(length).putInt(proofLayers);
    }

    /** Decodes a 68-byte (for the standard protocol string) handshake that spans all of {@code bytes}. */
    public Handshake decodeHandshake(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Handshake h = decodeHandshake(in);
        if (h == null) {
            throw new WireFormatException("handshake truncated: " + bytes.length + " bytes");
        }
        if (in.hasRemaining()) {
            throw new WireFormatException(in.remaining() + " bytes after the end of the handshake");
        }
        return h;
    }

    /** Decodes a handshake from {@code in}, or returns null (consuming nothing) if it is incomplete. */
    public Handshake decodeHandshake(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return null;
        }
        int protocolLength = in.get(in.position()) & 0xff;
        if (protocolLength == 0) {
            throw new WireFormatException("handshake protocol string length is 0; expected 19 for \""
                    + Handshake.BITTORRENT_PROTOCOL + "\"");
        }
        if (in.remaining() < 49 + protocolLength) {
            return null;
        }
        in.get();
        byte[] protocol = new byte[protocolLength];
        in.get(protocol);
        for (byte b : protocol) {
            if (b < 0) {
                throw new WireFormatException("handshake protocol string is not ASCII");
            }
        }
        long reserved = in.getLong();
        byte[] hash = new byte[20];
        in.get(hash);
        byte[] peer = new byte[20];
        in.get(peer);
        return new Handshake(new String(protocol, StandardCharsets.US_ASCII), reserved,
                InfoHash.of(hash), PeerId.of(peer));
    }

    /** Decodes exactly one length-prefixed message spanning all of {@code frame}. */
    public PeerMessage decode(byte[] frame) {
        ByteBuffer in = ByteBuffer.wrap(frame);
        PeerMessage m = decodeNext(in);
        if (m == null) {
            throw new WireFormatException("message truncated: " + frame.length + " bytes do not hold "
                    + "the length its prefix announces");
        }
        if (in.hasRemaining()) {
            throw new WireFormatException(in.remaining() + " bytes after the end of the message");
        }
        return m;
    }

    /**
     * Decodes the next length-prefixed message from a stream buffer, or returns null (consuming
     * nothing) if the buffer does not yet hold all of it. A prefix that cannot be valid is rejected
     * at once, without waiting for the bytes it announces.
     */
    public PeerMessage decodeNext(ByteBuffer in) {
        if (in.remaining() < 4) {
            return null;
        }
        int start = in.position();
        long length = Integer.toUnsignedLong(in.getInt(start));
        if (length == 0) {
            in.position(start + 4);
            return KeepAlive.INSTANCE;
        }
        if (length > maxLengthPrefix) {
            throw new WireFormatException("bad length prefix " + length + ": no message is longer than "
                    + maxLengthPrefix + " bytes on this torrent");
        }
        if (in.remaining() < 5) {
            return null;
        }
        int id = in.get(start + 4) & 0xff;
        checkLength(id, (int) length);
        if (in.remaining() < 4 + length) {
            return null;
        }
        in.position(start + 5);
        PeerMessage m = body(id, (int) length - 1, in);
        in.position(start + 4 + (int) length);
        return m;
    }

    private void checkLength(int id, int length) {
        int bodyLength = length - 1;
        switch (id) {
            case PeerMessage.CHOKE, PeerMessage.UNCHOKE, PeerMessage.INTERESTED,
                    PeerMessage.NOT_INTERESTED -> expect(id, bodyLength, 0);
            case PeerMessage.HAVE -> expect(id, bodyLength, 4);
            case PeerMessage.BITFIELD -> {
                int bytes = BitfieldMessage.byteLength(pieceCount);
                if (bodyLength != bytes) {
                    throw new WireFormatException("bitfield of " + bodyLength + " bytes, but a torrent of "
                            + pieceCount + " pieces needs exactly " + bytes);
                }
            }
            case PeerMessage.REQUEST, PeerMessage.CANCEL -> expect(id, bodyLength, 12);
            case PeerMessage.PIECE -> {
                if (bodyLength < 8) {
                    throw new WireFormatException("bad length prefix " + length + " for piece (id 7): "
                            + "must be at least 9");
                }
                if (bodyLength - 8 > PeerMessage.MAX_BLOCK_BYTES) {
                    throw new WireFormatException("piece block of " + (bodyLength - 8) + " bytes is larger"
                            + " than the limit of " + PeerMessage.MAX_BLOCK_BYTES + " bytes (128 KiB)");
                }
            }
            case PeerMessage.PORT -> expect(id, bodyLength, 2);
            case PeerMessage.SUGGEST_PIECE, PeerMessage.ALLOWED_FAST -> {
                requireFast(id);
                expect(id, bodyLength, 4);
            }
            case PeerMessage.HAVE_ALL, PeerMessage.HAVE_NONE -> {
                requireFast(id);
                expect(id, bodyLength, 0);
            }
            case PeerMessage.REJECT_REQUEST -> {
                requireFast(id);
                expect(id, bodyLength, 12);
            }
            case PeerMessage.EXTENDED -> {
                if (!extensionProtocol) {
                    throw new WireFormatException("message id 20 (extended) needs the extension protocol"
                            + " (BEP 10), which was not negotiated");
                }
                if (bodyLength < 1) {
                    throw new WireFormatException("bad length prefix " + length + " for extended (id 20): "
                            + "must be at least 2");
                }
                if (bodyLength - 1 > ExtendedMessage.MAX_PAYLOAD_BYTES) {
                    throw new WireFormatException("extended payload of " + (bodyLength - 1)
                            + " bytes exceeds the limit of " + ExtendedMessage.MAX_PAYLOAD_BYTES);
                }
            }
            case PeerMessage.HASH_REQUEST, PeerMessage.HASH_REJECT -> {
                requireV2(id);
                expect(id, bodyLength, 48);
            }
            case PeerMessage.HASHES -> {
                requireV2(id);
                if (bodyLength < 48 + 32 || (bodyLength - 48) % 32 != 0 || (bodyLength - 48) / 32 > Hashes.MAX_HASHES) {
                    throw new WireFormatException("bad length prefix " + length + " for hashes (id 22): must be 49 + 32 "
                            + "per hash, 1 to " + Hashes.MAX_HASHES + " hashes");
                }
            }
            default -> throw new WireFormatException("unknown message id " + id + ": allowed are 0-9"
                    + (fastExtension ? ", 13-17" : "") + (extensionProtocol ? ", 20" : "") + (v2 ? ", 21-23" : ""));
        }
    }

    private void requireV2(int id) {
        if (!v2) {
            throw new WireFormatException("unknown message id " + id + ": allowed are 0-9" + (fastExtension ? ", 13-17" : "")
                    + (extensionProtocol ? ", 20" : "") + " (" + name(id) + " is BEP 52's, for v2 torrents)");
        }
    }

    private void requireFast(int id) {
        if (!fastExtension) {
            throw new WireFormatException("message id " + id + " (" + name(id) + ") needs the fast"
                    + " extension (BEP 6), which was not negotiated");
        }
    }

    private static void expect(int id, int bodyLength, int expected) {
        if (bodyLength != expected) {
            throw new WireFormatException("bad length prefix " + (bodyLength + 1) + " for " + name(id)
                    + " (id " + id + "): must be " + (expected + 1));
        }
    }

    private static String name(int id) {
        return switch (id) {
            case PeerMessage.CHOKE -> "choke";
            case PeerMessage.UNCHOKE -> "unchoke";
            case PeerMessage.INTERESTED -> "interested";
            case PeerMessage.NOT_INTERESTED -> "not interested";
            case PeerMessage.HAVE -> "have";
            case PeerMessage.REQUEST -> "request";
            case PeerMessage.CANCEL -> "cancel";
            case PeerMessage.PORT -> "port";
            case PeerMessage.SUGGEST_PIECE -> "suggest piece";
            case PeerMessage.HAVE_ALL -> "have all";
            case PeerMessage.HAVE_NONE -> "have none";
            case PeerMessage.REJECT_REQUEST -> "reject request";
            case PeerMessage.ALLOWED_FAST -> "allowed fast";
            case PeerMessage.HASH_REQUEST -> "hash request";
            case PeerMessage.HASHES -> "hashes";
            case PeerMessage.HASH_REJECT -> "hash reject";
            default -> "message " + id;
        };
    }

    private int pieceIndex(int id, ByteBuffer in) {
        int piece = in.getInt();
        if (piece < 0 || piece >= pieceCount) {
            throw new WireFormatException(name(id) + " names piece " + Integer.toUnsignedLong(piece)
                    + ", outside 0.." + (pieceCount - 1) + " of this torrent");
        }
        return piece;
    }

    private int blockOffset(int id, ByteBuffer in) {
        int begin = in.getInt();
        if (begin < 0) {
            throw new WireFormatException(name(id) + " has block offset " + Integer.toUnsignedLong(begin)
                    + ", beyond any piece (must be < 2^31)");
        }
        return begin;
    }

    private int blockLength(int id, ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > PeerMessage.MAX_BLOCK_BYTES) {
            throw new WireFormatException(name(id) + " asks for a block of " + Integer.toUnsignedLong(length)
                    + " bytes, larger than the limit of " + PeerMessage.MAX_BLOCK_BYTES + " bytes (128 KiB)");
        }
        return length;
    }

    /** The BEP 10 handshake in {@code payload}: a canonical bencoded dictionary with an {@code m} entry. */
    private static ExtensionHandshake extensionHandshake(byte[] payload) {
        BencodeValue v;
        try {
            v = BencodeReader.strict().read(payload);
            if (v instanceof BencodeDictionary d) {
                return ExtensionHandshake.fromBencode(d);
            }
        } catch (IllegalArgumentException e) {   // BencodeException included
            throw new WireFormatException("extension handshake (extended id 0): " + e.getMessage());
        }
        throw new WireFormatException("extension handshake (extended id 0) must be a bencoded dictionary, found "
                + (v instanceof BencodeInteger ? "an " : "a ") + v.kind());
    }

    private PeerMessage body(int id, int bodyLength, ByteBuffer in) {
        switch (id) {
            case PeerMessage.CHOKE:
                return Choke.INSTANCE;
            case PeerMessage.UNCHOKE:
                return Unchoke.INSTANCE;
            case PeerMessage.INTERESTED:
                return Interested.INSTANCE;
            case PeerMessage.NOT_INTERESTED:
                return NotInterested.INSTANCE;
            case PeerMessage.HAVE_ALL:
                return HaveAll.INSTANCE;
            case PeerMessage.HAVE_NONE:
                return HaveNone.INSTANCE;
            case PeerMessage.HAVE:
                return new Have(pieceIndex(id, in));
            case PeerMessage.SUGGEST_PIECE:
                return new SuggestPiece(pieceIndex(id, in));
            case PeerMessage.ALLOWED_FAST:
                return new AllowedFast(pieceIndex(id, in));
            case PeerMessage.REQUEST:
                return new Request(pieceIndex(id, in), blockOffset(id, in), blockLength(id, in));
            case PeerMessage.CANCEL:
                return new Cancel(pieceIndex(id, in), blockOffset(id, in), blockLength(id, in));
            case PeerMessage.REJECT_REQUEST:
                return new RejectRequest(pieceIndex(id, in), blockOffset(id, in), blockLength(id, in));
            case PeerMessage.PIECE: {
                int piece = pieceIndex(id, in);
                int begin = blockOffset(id, in);
                byte[] payload = new byte[bodyLength - 8];
                in.get(payload);
                return new Piece(piece, begin, payload.length, payload);
            }
            case PeerMessage.BITFIELD: {
                byte[] bits = new byte[bodyLength];
                in.get(bits);
                int spare = bits.length * 8 - pieceCount;
                if (spare > 0 && (bits[bits.length - 1] & ((1 << spare) - 1)) != 0) {
                    throw new WireFormatException("bitfield has spare bits set after the last piece ("
                            + (pieceCount - 1) + "); they must be zero");
                }
                return new BitfieldMessage(bits, pieceCount);
            }
            case PeerMessage.PORT:
                return new Port(in.getShort() & 0xFFFF);
            case PeerMessage.HASH_REQUEST:
            case PeerMessage.HASH_REJECT:
            case PeerMessage.HASHES: {
                byte[] root = new byte[32];
                in.get(root);
                int baseLayer = in.getInt();
                int index = in.getInt();
                int count = in.getInt();
                int proof = in.getInt();
                try {
                    if (id == PeerMessage.HASHES) {
                        byte[] hashes = new byte[bodyLength - 48];
                        in.get(hashes);
                        return new Hashes(PiecesRoot.of(root), baseLayer, index, count, proof, hashes);
                    }
                    return id == PeerMessage.HASH_REQUEST ? new HashRequest(PiecesRoot.of(root), baseLayer, index, count, proof)
                            : new HashReject(PiecesRoot.of(root), baseLayer, index, count, proof);
                } catch (IllegalArgumentException e) {
                    throw new WireFormatException(name(id) + ": " + e.getMessage());
                }
            }
            case PeerMessage.EXTENDED: {
                int extendedId = in.get() & 0xff;
                byte[] payload = new byte[bodyLength - 1];
                in.get(payload);
                return new ExtendedMessage(extendedId, extendedId == ExtendedMessage.HANDSHAKE_ID
                        ? extensionHandshake(payload) : new RawExtensionPayload(payload));
            }
            default:
                throw new WireFormatException("unknown message id " + id);
        }
    }
}
