package org.swarmsim.bittorrent.metadata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.swarmsim.bittorrent.metainfo.BencodeDictionary;
import org.swarmsim.bittorrent.metainfo.BencodeInteger;
import org.swarmsim.bittorrent.metainfo.BencodeReader;
import org.swarmsim.bittorrent.metainfo.BencodeValue;
import org.swarmsim.bittorrent.metainfo.BencodeWriter;
import org.swarmsim.bittorrent.wire.ExtensionPayload;

/**
 * A BEP 9 {@code ut_metadata} message: a bencoded dictionary with {@code msg_type} (0 request,
 * 1 data, 2 reject) and {@code piece}, plus {@code total_size} in a data message, which carries the
 * piece's raw bytes right after the dictionary. The metadata (the info dictionary) is cut into
 * {@link #PIECE_BYTES 16 KiB} pieces, the last one shorter.
 *
 * <p>{@link #size()} is the exact length of {@link #encode}'s output, computed arithmetically.
 * Equality compares the piece bytes by content.
 *
 * @param type      what the message is
 * @param piece     the metadata piece, at least 0
 * @param totalSize {@code total_size} (bytes of the whole metadata) of a data message; 0 otherwise
 * @param data      the piece's bytes of a data message (16 KiB, or what is left for the last
 *                  piece); empty otherwise. Not copied: do not change it after construction
 */
public record MetadataMessage(Type type, int piece, int totalSize, byte[] data) implements ExtensionPayload {
    /** Bytes per metadata piece (the last piece may be shorter). */
    public static final int PIECE_BYTES = 16 * 1024;

    /** BEP 9's message types, by their {@code msg_type} number. */
    public enum Type {
        REQUEST, DATA, REJECT;

        /** The {@code msg_type} number: 0, 1 or 2. */
        public int code() {
            return ordinal();
        }
    }

    private static final byte[] NO_DATA = new byte[0];
    private static final BencodeReader READER = BencodeReader.strict().allowingUnsortedKeys();

    public MetadataMessage {
        if (type == null) {
            throw new IllegalArgumentException("a ut_metadata message needs a type");
        }
        if (piece < 0) {
            throw new IllegalArgumentException("metadata piece must be >= 0, got " + piece);
        }
        if (data == null) {
            data = NO_DATA;
        }
        if (type == Type.DATA) {
            if (totalSize <= 0) {
                throw new IllegalArgumentException("a data message needs a total_size >= 1, got " + totalSize);
            }
            if (piece >= pieceCount(totalSize)) {
                throw new IllegalArgumentException("piece " + piece + " is outside the " + pieceCount(totalSize)
                        + " pieces of " + totalSize + " bytes of metadata");
            }
            int expected = pieceSize(piece, totalSize);
            if (data.length != expected) {
                throw new IllegalArgumentException("piece " + piece + " of " + totalSize + " bytes of metadata is "
                        + expected + " bytes long, the data message carries " + data.length);
            }
        } else {
            if (totalSize != 0) {
                throw new IllegalArgumentException("only a data message has a total_size, " + type + " has " + totalSize);
            }
            if (data.length != 0) {
                throw new IllegalArgumentException("only a data message carries bytes, " + type + " has " + data.length);
            }
        }
    }

    /** "Send me piece {@code piece}." */
    public static MetadataMessage request(int piece) {
        return new MetadataMessage(Type.REQUEST, piece, 0, NO_DATA);
    }

    /** Piece {@code piece} of {@code totalSize} bytes of metadata (not copied). */
    public static MetadataMessage data(int piece, int totalSize, byte[] bytes) {
        return new MetadataMessage(Type.DATA, piece, totalSize, bytes);
    }

    /** "I will not send you piece {@code piece}." */
    public static MetadataMessage reject(int piece) {
        return new MetadataMessage(Type.REJECT, piece, 0, NO_DATA);
    }

    /** Pieces of {@code totalSize} bytes of metadata: {@code ceil(totalSize / 16 KiB)}. */
    public static int pieceCount(int totalSize) {
        return (int) ((totalSize + (long) PIECE_BYTES - 1) / PIECE_BYTES);
    }

    /** Bytes of piece {@code piece} of {@code totalSize} bytes of metadata. */
    public static int pieceSize(int piece, int totalSize) {
        return (int) Math.min(PIECE_BYTES, totalSize - (long) piece * PIECE_BYTES);
    }

    @Override
    public int size() {
        // d 8:msg_type i<t>e 5:piece i<p>e [10:total_size i<s>e] e <data>
        int n = 1 + 10 + 3 + 7 + 2 + BencodeWriter.decimalLength(piece) + 1;
        if (type == Type.DATA) {
            n += 13 + 2 + BencodeWriter.decimalLength(totalSize);
        }
        return n + data.length;
    }

    @Override
    public String traceType() {
        return "ut_metadata";
    }

    /** {@code msg_type} (0 request, 1 data, 2 reject) and {@code piece}. */
    @Override
    public java.util.SortedMap<String, Long> traceFields() {
        java.util.TreeMap<String, Long> f = new java.util.TreeMap<>();
        f.put("msg_type", (long) type.code());
        f.put("piece", (long) piece);
        return f;
    }

    @Override
    public void encode(ByteBuffer out) {
        StringBuilder dict = new StringBuilder("d8:msg_typei").append(type.code()).append("e5:piecei").append(piece)
                .append('e');
        if (type == Type.DATA) {
            dict.append("10:total_sizei").append(totalSize).append('e');
        }
        out.put(dict.append('e').toString().getBytes(StandardCharsets.US_ASCII));
        out.put(data);
    }

    /** The encoded message (exactly {@link #size()} bytes). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(size());
        encode(b);
        return b.array();
    }

    /**
     * The message {@code bytes} encode: a bencoded dictionary (keys in any order; unknown keys
     * ignored) followed, for a data message only, by the piece's bytes. An
     * {@link IllegalArgumentException} says what is wrong.
     */
    public static MetadataMessage decode(byte[] bytes) {
        int end = dictionaryEnd(bytes);
        BencodeDictionary d = READER.readDictionary(Arrays.copyOf(bytes, end));
        int code = (int) integer(d, "msg_type", 0, 2);
        int piece = (int) integer(d, "piece", 0, Integer.MAX_VALUE);
        Type type = Type.values()[code];
        byte[] rest = Arrays.copyOfRange(bytes, end, bytes.length);
        if (type != Type.DATA) {
            if (rest.length != 0) {
                throw new IllegalArgumentException("a " + type + " message ends with its dictionary, found "
                        + rest.length + " bytes after it");
            }
            return new MetadataMessage(type, piece, 0, NO_DATA);
        }
        int totalSize = (int) integer(d, "total_size", 1, Integer.MAX_VALUE);
        return new MetadataMessage(type, piece, totalSize, rest);
    }

    private static long integer(BencodeDictionary d, String key, long min, long max) {
        BencodeValue v = d.get(key).orElseThrow(() -> new IllegalArgumentException("ut_metadata message has no '"
                + key + "'"));
        if (!(v instanceof BencodeInteger i)) {
            throw new IllegalArgumentException("ut_metadata '" + key + "' must be an integer, found a " + v.kind());
        }
        if (i.value() < min || i.value() > max) {
            throw new IllegalArgumentException("ut_metadata '" + key + "' is " + i.value() + ", outside " + min + ".."
                    + max);
        }
        return i.value();
    }

    /** Where the dictionary that starts {@code bytes} ends (the index after its 'e'). */
    private static int dictionaryEnd(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != 'd') {
            throw new IllegalArgumentException("a ut_metadata message starts with a bencoded dictionary ('d'), found "
                    + (bytes.length == 0 ? "no bytes" : "byte " + (bytes[0] & 0xff)));
        }
        return skip(bytes, 0, 0);
    }

    /** The index after the bencoded value at {@code at}; only checks enough to find its end. */
    private static int skip(byte[] b, int at, int depth) {
        if (at >= b.length) {
            throw new IllegalArgumentException("ut_metadata message is truncated at byte " + at);
        }
        if (depth > 8) {
            throw new IllegalArgumentException("ut_metadata message nests deeper than 8 levels");
        }
        byte c = b[at];
        if (c == 'i') {
            int e = at + 1;
            while (e < b.length && b[e] != 'e') {
                e++;
            }
            if (e >= b.length) {
                throw new IllegalArgumentException("ut_metadata message is truncated in an integer at byte " + at);
            }
            return e + 1;
        }
        if (c == 'd' || c == 'l') {
            int p = at + 1;
            while (p < b.length && b[p] != 'e') {
                p = skip(b, p, depth + 1);
            }
            if (p >= b.length) {
                throw new IllegalArgumentException("ut_metadata message is truncated: the "
                        + (c == 'd' ? "dictionary" : "list") + " at byte " + at + " has no end");
            }
            return p + 1;
        }
        if (c >= '0' && c <= '9') {
            long length = 0;
            int p = at;
            while (p < b.length && b[p] >= '0' && b[p] <= '9' && length <= Integer.MAX_VALUE) {
                length = length * 10 + (b[p] - '0');
                p++;
            }
            if (p >= b.length || b[p] != ':' || p + 1 + length > b.length) {
                throw new IllegalArgumentException("ut_metadata message has a malformed or truncated string at byte "
                        + at);
            }
            return (int) (p + 1 + length);
        }
        throw new IllegalArgumentException("ut_metadata message has byte " + (c & 0xff) + " at " + at
                + " where a bencoded value starts");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetadataMessage m && type == m.type && piece == m.piece && totalSize == m.totalSize
                && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return ((type.hashCode() * 31 + piece) * 31 + totalSize) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "ut_metadata " + type.name().toLowerCase(java.util.Locale.ROOT) + " piece " + piece
                + (type == Type.DATA ? " (" + data.length + " of " + totalSize + " bytes)" : "");
    }
}
