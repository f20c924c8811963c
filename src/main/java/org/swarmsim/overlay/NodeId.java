package org.swarmsim.overlay;

import org.swarmsim.sim.random.RandomStream;

/**
 * A 160-bit overlay identifier (node id, info-hash or key), immutable and compact: three words,
 * {@code hi} (bits 159..96), {@code mid} (bits 95..32) and {@code lo} (bits 31..0), where bit 159
 * is the most significant bit of the first byte of the 20-byte big-endian form.
 *
 * <p>Three geometries, all compared without allocating:
 * <ul>
 *   <li>XOR (Kademlia): {@link #compareDistance}, {@link #commonPrefixLength};</li>
 *   <li>base-2<sup>b</sup> digits (Pastry-style prefix routing): {@link #digit},
 *       {@link #sharedPrefixDigits}, {@link #withDigit}; digit 0 is the most significant, and when
 *       b does not divide 160 the last digit is shorter;</li>
 *   <li>the ring of the integers modulo 2<sup>160</sup> (Chord, Pastry's leaf set):
 *       {@link #compareRingDistance} (numerically closest, either direction) and
 *       {@link #compareClockwise} (successor order).</li>
 * </ul>
 * Ids of a smaller space ({@link IdSpace}, for example 128 bits) use the same class: they keep
 * their {@code bits} significant bits at the top of the word and zeros below, so prefix, digit
 * and ring comparisons among them are those of the smaller space.
 *
 * <p>The natural order is the unsigned big-endian order of the 160-bit numbers, which is also the
 * clockwise order of the ring from 0, so all ids sharing a prefix form one contiguous range of a
 * sorted set.
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

    /** The id 0 (all bits clear). */
    public static final NodeId ZERO = new NodeId(0, 0, 0);
    /** The id 2^160 - 1 (all bits set). */
    public static final NodeId MAX = new NodeId(-1L, -1L, -1);

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

    // ------------------------------------------------------------ base-2^b digits

    /** Number of base-2^b digits of a 160-bit id: ceil(160 / b) (the last is shorter when b does not divide 160). */
    public static int digitCount(int bitsPerDigit) {
        checkBitsPerDigit(bitsPerDigit);
        return (BITS + bitsPerDigit - 1) / bitsPerDigit;
    }

    /**
     * Digit {@code index} in base 2^{@code bitsPerDigit}, 0 being the most significant: bits
     * [index * b, index * b + b) read as an unsigned number. When b does not divide 160 the last
     * digit has only the remaining 160 mod b bits, so its value is below 2^(160 mod b).
     *
     * @throws IllegalArgumentException if b is not 1..8 or index is not 0..digitCount(b)-1
     */
    public int digit(int index, int bitsPerDigit) {
        int count = digitCount(bitsPerDigit);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("digit index must be 0.." + (count - 1) + " for "
                    + bitsPerDigit + "-bit digits, got " + index);
        }
        int from = index * bitsPerDigit;
        return bitsAt(from, Math.min(bitsPerDigit, BITS - from));
    }

    /**
     * Number of leading base-2^b digits this id shares with {@code other}: the row of a Pastry
     * routing table where {@code other} belongs; {@link #digitCount}(b) if the ids are equal.
     */
    public int sharedPrefixDigits(NodeId other, int bitsPerDigit) {
        int cpl = commonPrefixLength(other);
        checkBitsPerDigit(bitsPerDigit);
        return cpl == BITS ? digitCount(bitsPerDigit) : cpl / bitsPerDigit;
    }

    /**
     * This id with digit {@code index} (base 2^b, 0 = most significant) set to {@code value}: with
     * {@link #withPrefixOf} it builds the target of a routing-table cell (row r, column c: the
     * own first r digits, then c).
     *
     * @throws IllegalArgumentException if the index or the value is out of range for the digit
     */
    public NodeId withDigit(int index, int bitsPerDigit, int value) {
        int count = digitCount(bitsPerDigit);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("digit index must be 0.." + (count - 1) + " for "
                    + bitsPerDigit + "-bit digits, got " + index);
        }
        int from = index * bitsPerDigit;
        return withBits(from, Math.min(bitsPerDigit, BITS - from), value);
    }

    /**
     * Bits [from, from + count) as an unsigned number, the first of them most significant
     * ({@code count} 1..32, {@code from + count <= 160}).
     */
    public int bitsAt(int from, int count) {
        checkBitRange(from, count);
        int i = from >>> 6;
        int shift = from & 63;
        long w = word(i) << shift;
        if (shift != 0) {
            w |= word(i + 1) >>> (64 - shift);
        }
        return (int) (w >>> (64 - count));
    }

    /**
     * This id with bits [from, from + count) replaced by the {@code count}-bit {@code value}
     * ({@code count} 1..32, {@code from + count <= 160}, 0 <= value < 2^count).
     */
    public NodeId withBits(int from, int count, int value) {
        checkBitRange(from, count);
        if (count < 32 && (value < 0 || value >= 1 << count)) {
            throw new IllegalArgumentException("value " + value + " does not fit in " + count + " bits");
        }
        long[] w = {hi, mid, (long) lo << 32};
        int end = from + count;
        for (int j = 0; j < 3; j++) {
            int start = Math.max(from, 64 * j);
            int stop = Math.min(end, 64 * j + 64);
            if (start < stop) {
                int len = stop - start;
                long ones = (1L << len) - 1;
                long field = ((value & 0xFFFF_FFFFL) >>> (end - stop)) & ones;
                int shift = 64 * j + 64 - stop;
                w[j] = (w[j] & ~(ones << shift)) | (field << shift);
            }
        }
        return new NodeId(w[0], w[1], (int) (w[2] >>> 32));
    }

    /** Word {@code i} of the id as 64 bits: hi, mid, lo followed by 32 zero bits, then zeros. */
    private long word(int i) {
        return i == 0 ? hi : i == 1 ? mid : i == 2 ? (long) lo << 32 : 0L;
    }

    // ------------------------------------------------------------ the ring modulo 2^160

    /**
     * Compares the ring distances of {@code a} and {@code b} to {@code target}, the ring being the
     * integers modulo 2^160 and the distance the shorter way round, either direction:
     * {@code min((x - target) mod 2^160, (target - x) mod 2^160)}. Negative if {@code a} is
     * numerically closer, positive if {@code b} is, 0 if equally close: then {@code a} equals
     * {@code b}, or they lie on both sides of the target at the same distance. Allocation-free.
     */
    public static int compareRingDistance(NodeId a, NodeId b, NodeId target) {
        long ah = differenceHi(a, target);
        long am = differenceMid(a, target);
        int al = a.lo - target.lo;
        if (ah < 0) {   // past half the ring: the other way round is shorter, 2^160 - (a - target)
            boolean carry = al == 0;
            am = ~am + (carry ? 1 : 0);
            ah = ~ah + (carry && am == 0 ? 1 : 0);
            al = -al;
        }
        long bh = differenceHi(b, target);
        long bm = differenceMid(b, target);
        int bl = b.lo - target.lo;
        if (bh < 0) {
            boolean carry = bl == 0;
            bm = ~bm + (carry ? 1 : 0);
            bh = ~bh + (carry && bm == 0 ? 1 : 0);
            bl = -bl;
        }
        return compareWords(ah, am, al, bh, bm, bl);
    }

    /**
     * Compares {@code a} and {@code b} in clockwise order from {@code from}: by
     * {@code (x - from) mod 2^160}, so {@code from} itself comes first, then its successors up to
     * 2^160 - 1, then 0 onwards up to its predecessor. The successor of a key among a set of ids
     * is the least id in this order, its predecessor the greatest. (From 0 this is
     * {@link #compareTo}.) Allocation-free.
     */
    public static int compareClockwise(NodeId a, NodeId b, NodeId from) {
        return compareWords(differenceHi(a, from), differenceMid(a, from), a.lo - from.lo,
                differenceHi(b, from), differenceMid(b, from), b.lo - from.lo);
    }

    /** High word of (x - t) mod 2^160. */
    private static long differenceHi(NodeId x, NodeId t) {
        int c = Long.compareUnsigned(x.mid, t.mid);
        boolean borrow = c < 0 || (c == 0 && Integer.compareUnsigned(x.lo, t.lo) < 0);
        return x.hi - t.hi - (borrow ? 1 : 0);
    }

    /** Middle word of (x - t) mod 2^160. */
    private static long differenceMid(NodeId x, NodeId t) {
        return x.mid - t.mid - (Integer.compareUnsigned(x.lo, t.lo) < 0 ? 1 : 0);
    }

    private static int compareWords(long h1, long m1, int l1, long h2, long m2, int l2) {
        int c = Long.compareUnsigned(h1, h2);
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(m1, m2);
        return c != 0 ? c : Integer.compareUnsigned(l1, l2);
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
        return o == this || o instanceof NodeId n && n.hi == hi && n.mid == mid && n.lo == lo;
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

    private static int checkBitsPerDigit(int bitsPerDigit) {
        if (bitsPerDigit < 1 || bitsPerDigit > 8) {
            throw new IllegalArgumentException("bits per digit must be 1..8, got " + bitsPerDigit);
        }
        return bitsPerDigit;
    }

    private static void checkBitRange(int from, int count) {
        if (count < 1 || count > 32 || from < 0 || from + count > BITS) {
            throw new IllegalArgumentException("bit range must be 1..32 bits within 0..159, got " + count
                    + " bits from " + from);
        }
    }

    private static void checkBitIndex(int index) {
        if (index < 0 || index >= BITS) {
            throw new IllegalArgumentException("bit index must be 0..159, got " + index);
        }
    }
}
