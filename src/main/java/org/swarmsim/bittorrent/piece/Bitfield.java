package org.swarmsim.bittorrent.piece;

import java.util.Arrays;

/**
 * Fixed-size set of piece indices backed by {@code long[]}, with conversions to and from the
 * BEP 3 {@code bitfield} message layout (piece 0 is the high bit of the first byte; spare bits at
 * the end are zero).
 *
 * <p>The number of set bits is cached, so {@link #count()}, {@link #isComplete()} and
 * {@link #isEmpty()} are O(1). Not thread-safe.
 */
public final class Bitfield {
    private final int size;
    private final long[] words;
    private int count;

    /** An empty bitfield (no pieces) for {@code pieceCount} pieces. */
    public Bitfield(int pieceCount) {
        if (pieceCount < 0) {
            throw new IllegalArgumentException("pieceCount must be >= 0, was " + pieceCount);
        }
        this.size = pieceCount;
        this.words = new long[(pieceCount + 63) >>> 6];
    }

    /** A bitfield with every one of the {@code pieceCount} pieces (a seed's). */
    public static Bitfield full(int pieceCount) {
        Bitfield b = new Bitfield(pieceCount);
        Arrays.fill(b.words, -1L);
        b.clearSpareBits();
        b.count = pieceCount;
        return b;
    }

    /**
     * Parses a string of {@code '1'}/{@code '0'} characters (as {@link #toString()} writes), piece 0
     * first. Handy in tests and scenario files.
     */
    public static Bitfield parse(String bits) {
        Bitfield b = new Bitfield(bits.length());
        for (int i = 0; i < bits.length(); i++) {
            char c = bits.charAt(i);
            if (c == '1') {
                b.set(i);
            } else if (c != '0') {
                throw new IllegalArgumentException(
                        "bitfield string may contain only '0' and '1', found '" + c + "' at " + i);
            }
        }
        return b;
    }

    /** Number of pieces this bitfield covers. */
    public int size() {
        return size;
    }

    /** Number of pieces present. */
    public int count() {
        return count;
    }

    /** Whether {@code piece} is present. */
    public boolean has(int piece) {
        checkIndex(piece);
        return (words[piece >>> 6] & (1L << piece)) != 0;
    }

    /** Adds {@code piece}; returns true if it was not present before. */
    public boolean set(int piece) {
        checkIndex(piece);
        int w = piece >>> 6;
        long mask = 1L << piece;
        if ((words[w] & mask) != 0) {
            return false;
        }
        words[w] |= mask;
        count++;
        return true;
    }

    /** Removes {@code piece}; returns true if it was present before. */
    public boolean clear(int piece) {
        checkIndex(piece);
        int w = piece >>> 6;
        long mask = 1L << piece;
        if ((words[w] & mask) == 0) {
            return false;
        }
        words[w] &= ~mask;
        count--;
        return true;
    }

    /** Whether every piece is present (true for a zero-size bitfield). */
    public boolean isComplete() {
        return count == size;
    }

    /** Whether no piece is present. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** The first present piece at or after {@code from}, or -1 if there is none. */
    public int nextSetBit(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("from must be >= 0, was " + from);
        }
        if (from >= size) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /**
     * The first absent piece at or after {@code from}, or -1 if there is none below {@link #size()}
     * (unlike {@link java.util.BitSet#nextClearBit}, which would return the size).
     */
    public int nextClearBit(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("from must be >= 0, was " + from);
        }
        if (from >= size) {
            return -1;
        }
        int w = from >>> 6;
        long word = ~words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                return i < size ? i : -1;
            }
            if (++w == words.length) {
                return -1;
            }
            word = ~words[w];
        }
    }

    /** An independent copy. */
    public Bitfield copy() {
        Bitfield b = new Bitfield(size);
        System.arraycopy(words, 0, b.words, 0, words.length);
        b.count = count;
        return b;
    }

    /** Number of 64-bit words backing this bitfield: {@code ceil(size / 64)}. */
    public int wordCount() {
        return words.length;
    }

    /**
     * The 64 pieces {@code [64 * index, 64 * index + 63]} as one word, piece {@code 64 * index} in
     * bit 0; bits beyond {@link #size()} are zero. For fast set operations (e.g. in pickers).
     */
    public long word(int index) {
        return words[index];
    }

    /** The BEP 3 {@code bitfield} payload: {@code ceil(size / 8)} bytes, high bit first. */
    public byte[] toWireBytes() {
        byte[] bytes = new byte[(size + 7) >>> 3];
        for (int i = 0; i < bytes.length; i++) {
            long word = words[i >>> 3] >>> ((i & 7) << 3);
            // bit k of this byte of the word is piece 8i+k; BEP 3 wants piece 8i in the high bit.
            bytes[i] = (byte) (Integer.reverse((int) (word & 0xFF)) >>> 24);
        }
        return bytes;
    }

    /**
     * Reads a BEP 3 {@code bitfield} payload for a torrent of {@code pieceCount} pieces. The payload
     * must be exactly {@code ceil(pieceCount / 8)} bytes and its spare bits must be zero (BEP 3:
     * clients should drop a connection that sends anything else).
     */
    public static Bitfield fromWireBytes(byte[] bytes, int pieceCount) {
        int expected = (pieceCount + 7) >>> 3;
        if (bytes.length != expected) {
            throw new IllegalArgumentException("bitfield for " + pieceCount + " pieces must be "
                    + expected + " bytes, was " + bytes.length);
        }
        Bitfield b = new Bitfield(pieceCount);
        for (int i = 0; i < bytes.length; i++) {
            long v = (Integer.reverse(bytes[i] & 0xFF) >>> 24) & 0xFFL;
            b.words[i >>> 3] |= v << ((i & 7) << 3);
        }
        int spare = expected * 8 - pieceCount;
        if (spare > 0 && (bytes[expected - 1] & ((1 << spare) - 1)) != 0) {
            throw new IllegalArgumentException("bitfield for " + pieceCount + " pieces has spare bits set in its last byte: 0x"
                    + Integer.toHexString(bytes[expected - 1] & 0xFF));
        }
        int c = 0;
        for (long w : b.words) {
            c += Long.bitCount(w);
        }
        b.count = c;
        return b;
    }

    /** True if this has some piece that {@code mine} lacks (is this peer interesting to me?). */
    public boolean hasPieceMissingFrom(Bitfield mine) {
        checkSameSize(mine);
        for (int i = 0; i < words.length; i++) {
            if ((words[i] & ~mine.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private void checkSameSize(Bitfield other) {
        if (other.size != size) {
            throw new IllegalArgumentException(
                    "bitfields differ in size: " + size + " pieces vs " + other.size + " pieces");
        }
    }

    private void clearSpareBits() {
        if ((size & 63) != 0) {
            words[words.length - 1] &= (1L << size) - 1;
        }
    }

    private void checkIndex(int piece) {
        if (piece < 0 || piece >= size) {
            throw new IndexOutOfBoundsException("piece " + piece + " out of range [0, " + size + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bitfield b && b.size == size && Arrays.equals(b.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(words);
    }

    /** The pieces as {@code '1'}/{@code '0'} characters, piece 0 first. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            sb.append(has(i) ? '1' : '0');
        }
        return sb.toString();
    }
}
