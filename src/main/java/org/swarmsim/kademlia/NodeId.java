package org.swarmsim.kademlia;

import org.swarmsim.sim.random.RandomStream;

/**
 * A 160-bit Kademlia identifier (node id or info-hash), immutable and compact: three words,
 * {@code hi} (bits 159..96), {@code mid} (bits 95..32) and {@code lo} (bits 31..0), where bit 159
 * is the most significant bit of the first byte of the 20-byte big-endian form.
 *
 * <p>Distances are XOR and are compared without allocating ({@link #compareDistance}). The
 * natural order is the unsigned big-endian order of the 160-bit numbers, so all ids sharing a
 * prefix form one contiguous range of a sorted set.
 */
public final class NodeId implements Comparable<NodeId> {
    /** Number of bits in an id. */
    public static final int BITS = 160;
    /** Bytes in the wire form of an id. */
    public static final int BYTES = 20;

    private final long hi;
    private final long mid;
    private final int lo;

    private NodeId(long hi, long mid, int lo) {
        this.hi = hi;
        this.mid = mid;
        this.lo = lo;
    }

    /** The id whose words are {@code hi} (bits 159..96), {@code mid} (95..32) and {@code lo} (31..0). */
    public static NodeId of(long hi, long mid, int lo) {
        return new NodeId(hi, mid, lo);
    }

    /** A uniformly random id drawn from {@code random}. */
    public static NodeId random(RandomStream random) {
        return new NodeId(random.nextLong(), random.nextLong(), random.nextInt());
    }

    /**
     * The id of 20 big-endian bytes (as in KRPC and as an info-hash).
     *
     * @throws IllegalArgumentException if {@code bytes} is not exactly 20 bytes long
     */
    public static NodeId fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new IllegalArgumentException("a node id is exactly 20 bytes, got "
                    + (bytes == null ? "null" : bytes.length + " bytes"));
        }
        long hi = 0;
        long mid = 0;
        int lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (bytes[i] & 0xFF);
            mid = (mid << 8) | (bytes[8 + i] & 0xFF);
        }
        for (int i = 16; i < 20; i++) {
            lo = (lo << 8) | (bytes[i] & 0xFF);
        }
        return new NodeId(hi, mid, lo);
    }

    /**
     * The id of 40 hexadecimal digits, most significant first.
     *
     * @throws IllegalArgumentException if {@code hex} is not 40 hex digits
     */
    public static NodeId fromHex(String hex) {
        if (hex == null || hex.length() != 2 * BYTES) {
            throw new IllegalArgumentException("a node id is 40 hex digits, got '" + hex + "'");
        }
        byte[] bytes = new byte[BYTES];
        for (int i = 0; i < BYTES; i++) {
            int h = Character.digit(hex.charAt(2 * i), 16);
            int l = Character.digit(hex.charAt(2 * i + 1), 16);
            if (h < 0 || l < 0) {
                throw new IllegalArgumentException("not a hex digit in node id '" + hex + "' at " + 2 * i);
            }
            bytes[i] = (byte) (h << 4 | l);
        }
        return fromBytes(bytes);
    }

    /** The 20 big-endian bytes of this id. */
    public byte[] toBytes() {
        byte[] out = new byte[BYTES];
        writeTo(out, 0);
        return out;
    }

    /** Writes the 20 big-endian bytes of this id into {@code out} at {@code offset}. */
    public void writeTo(byte[] out, int offset) {
        for (int i = 0; i < 8; i++) {
            out[offset + i] = (byte) (hi >>> (56 - 8 * i));
            out[offset + 8 + i] = (byte) (mid >>> (56 - 8 * i));
        }
        for (int i = 0; i < 4; i++) {
            out[offset + 16 + i] = (byte) (lo >>> (24 - 8 * i));
        }
    }

    public long hi() {
        return hi;
    }

    public long mid() {
        return mid;
    }

    public int lo() {
        return lo;
    }

    /** Bit {@code index} where 0 is the most significant bit (the first bit of the first byte). */
    public int bit(int index) {
        checkBitIndex(index);
        if (index < 64) {
            return (int) (hi >>> (63 - index)) & 1;
        }
        if (index < 128) {
            return (int) (mid >>> (127 - index)) & 1;
        }
        return (lo >>> (159 - index)) & 1;
    }

    /** This id with bit {@code index} (0 = most significant) inverted. */
    public NodeId flipBit(int index) {
        checkBitIndex(index);
        if (index < 64) {
            return new NodeId(hi ^ (1L << (63 - index)), mid, lo);
        }
        if (index < 128) {
            return new NodeId(hi, mid ^ (1L << (127 - index)), lo);
        }
        return new NodeId(hi, mid, lo ^ (1 << (159 - index)));
    }

    /**
     * An id that shares the first {@code prefixBits} bits with this one and takes the rest from
     * {@code suffix}.
     */
    public NodeId withPrefixOf(int prefixBits, NodeId suffix) {
        if (prefixBits < 0 || prefixBits > BITS) {
            throw new IllegalArgumentException("prefix length must be 0..160 bits, got " + prefixBits);
        }
        long mh = mask64(prefixBits);
        long mm = mask64(prefixBits - 64);
        int ml = (int) (mask64(prefixBits - 128) >>> 32);
        return new NodeId((hi & mh) | (suffix.hi & ~mh), (mid & mm) | (suffix.mid & ~mm), (lo & ml) | (suffix.lo & ~ml));
    }

    /** The id with bits [prefixBits, 160) all set to {@code one ? 1 : 0} and the rest of this id. */
    NodeId fillAfter(int prefixBits, boolean one) {
        return withPrefixOf(prefixBits, one ? MAX : ZERO);
    }

    /** The highest-order {@code bits} set (0 <= bits, capped at 64) in a 64-bit word. */
    private static long mask64(int bits) {
        if (bits <= 0) {
            return 0L;
        }
        if (bits >= 64) {
            return -1L;
        }
        return -1L << (64 - bits);
    }

    static final NodeId ZERO = new NodeId(0, 0, 0);
    static final NodeId MAX = new NodeId(-1L, -1L, -1);

    /** The XOR distance to {@code other}, as an id. Allocates; comparisons should use {@link #compareDistance}. */
    public NodeId xor(NodeId other) {
        return new NodeId(hi ^ other.hi, mid ^ other.mid, lo ^ other.lo);
    }

    /**
     * Number of leading bits this id shares with {@code other} (160 if equal). This is
     * {@code 160 - 1 - floor(log2(distance))} for distinct ids: the index of the k-bucket that
     * holds {@code other} in a full binary routing table of this node.
     */
    public int commonPrefixLength(NodeId other) {
        long x = hi ^ other.hi;
        if (x != 0) {
            return Long.numberOfLeadingZeros(x);
        }
        x = mid ^ other.mid;
        if (x != 0) {
            return 64 + Long.numberOfLeadingZeros(x);
        }
        int y = lo ^ other.lo;
        return y != 0 ? 128 + Integer.numberOfLeadingZeros(y) : BITS;
    }

    /**
     * Compares the XOR distances {@code a ^ target} and {@code b ^ target} as unsigned 160-bit
     * numbers: negative if {@code a} is closer to {@code target}, 0 if equally close (then
     * {@code a} equals {@code b}), positive if {@code b} is closer. Allocation-free.
     */
    public static int compareDistance(NodeId a, NodeId b, NodeId target) {
        int c = Long.compareUnsigned(a.hi ^ target.hi, b.hi ^ target.hi);
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(a.mid ^ target.mid, b.mid ^ target.mid);
        if (c != 0) {
            return c;
        }
        return Integer.compareUnsigned(a.lo ^ target.lo, b.lo ^ target.lo);
    }

    /** Unsigned big-endian order of the 160-bit values. */
    @Override
    public int compareTo(NodeId o) {
        int c = Long.compareUnsigned(hi, o.hi);
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(mid, o.mid);
        return c != 0 ? c : Integer.compareUnsigned(lo, o.lo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeId n && n.hi == hi && n.mid == mid && n.lo == lo;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hi * 31 + mid) * 31 + lo;
    }

    /** 40 lower-case hex digits. */
    @Override
    public String toString() {
        return String.format("%016x%016x%08x", hi, mid, lo);
    }

    private static void checkBitIndex(int index) {
        if (index < 0 || index >= BITS) {
            throw new IllegalArgumentException("bit index must be 0..159, got " + index);
        }
    }
}
