package org.swarmsim.pastry;

/**
 * Arithmetic on 128-bit Pastry ids held as two words, {@code hi} (bits 0..63, bit 0 the most
 * significant) and {@code lo} (bits 64..127), without allocating: digits in base 2<sup>b</sup>,
 * shared prefixes, and distances on the ring of the integers modulo 2<sup>128</sup>. These are the
 * hot-path forms of {@link org.swarmsim.overlay.IdSpace#PASTRY}'s digit methods and of
 * {@link org.swarmsim.overlay.NodeId#compareRingDistance}; {@code RingTest} checks that they agree.
 *
 * <p>Ties: of two ids at the same ring distance from a key on either side, the clockwise one
 * (above the key) is the closer, as in {@link org.swarmsim.overlay.GroundTruth.Metric#RING}.
 */
public final class Ring {
    /** Bits in a Pastry id. */
    public static final int BITS = 128;

    private Ring() {
    }

    /** Number of base-2^b digits of a 128-bit id: ceil(128 / b). */
    public static int digitCount(int b) {
        return (BITS + b - 1) / b;
    }

    /** Bits in digit {@code index}: b, except a shorter last digit when b does not divide 128. */
    public static int digitBits(int index, int b) {
        return Math.min(b, BITS - index * b);
    }

    /** Digit {@code index} (0 = most significant) of the id (hi, lo) in base 2^b. */
    public static int digit(long hi, long lo, int index, int b) {
        int from = index * b;
        int count = digitBits(index, b);
        if (from + count <= 64) {
            return (int) ((hi >>> (64 - from - count)) & ((1L << count) - 1));
        }
        if (from >= 64) {
            return (int) ((lo >>> (128 - from - count)) & ((1L << count) - 1));
        }
        int inHi = 64 - from;                 // the digit straddles the two words
        int inLo = count - inHi;
        long top = hi & ((1L << inHi) - 1);
        return (int) ((top << inLo) | (lo >>> (64 - inLo)));
    }

    /** Leading bits two ids share (128 if equal). */
    public static int commonPrefixBits(long ah, long al, long bh, long bl) {
        long x = ah ^ bh;
        if (x != 0) {
            return Long.numberOfLeadingZeros(x);
        }
        x = al ^ bl;
        return x != 0 ? 64 + Long.numberOfLeadingZeros(x) : BITS;
    }

    /** Leading base-2^b digits two ids share ({@link #digitCount} if equal). */
    public static int sharedDigits(long ah, long al, long bh, long bl, int b) {
        int bits = commonPrefixBits(ah, al, bh, bl);
        return bits == BITS ? digitCount(b) : bits / b;
    }

    /** High word of the clockwise distance from {@code (fh, fl)} to {@code (th, tl)}: (t - f) mod 2^128. */
    public static long clockwiseHi(long fh, long fl, long th, long tl) {
        return th - fh - (Long.compareUnsigned(tl, fl) < 0 ? 1 : 0);
    }

    /** Low word of the clockwise distance from {@code (fh, fl)} to {@code (th, tl)}. */
    public static long clockwiseLo(long fh, long fl, long th, long tl) {
        return tl - fl;
    }

    /** Compares two unsigned 128-bit numbers. */
    public static int compareUnsigned(long ah, long al, long bh, long bl) {
        int c = Long.compareUnsigned(ah, bh);
        return c != 0 ? c : Long.compareUnsigned(al, bl);
    }

    /** Compares the clockwise distances from {@code f} to {@code a} and to {@code b} (successor order from f). */
    public static int compareClockwise(long ah, long al, long bh, long bl, long fh, long fl) {
        return compareUnsigned(clockwiseHi(fh, fl, ah, al), clockwiseLo(fh, fl, ah, al),
                clockwiseHi(fh, fl, bh, bl), clockwiseLo(fh, fl, bh, bl));
    }

    /**
     * Compares the ring distances (the shorter way round) of {@code a} and {@code b} to the key
     * {@code k}: negative if {@code a} is closer. Equal distances on opposite sides: the clockwise
     * one is closer.
     */
    public static int compareDistance(long ah, long al, long bh, long bl, long kh, long kl) {
        long aUpH = clockwiseHi(kh, kl, ah, al);
        long aUpL = clockwiseLo(kh, kl, ah, al);
        long bUpH = clockwiseHi(kh, kl, bh, bl);
        long bUpL = clockwiseLo(kh, kl, bh, bl);
        boolean aUp = aUpH >= 0;                       // clockwise distance below 2^127: a is above the key
        boolean bUp = bUpH >= 0;
        long aDH = aUp ? aUpH : negHi(aUpH, aUpL);
        long aDL = aUp ? aUpL : -aUpL;
        long bDH = bUp ? bUpH : negHi(bUpH, bUpL);
        long bDL = bUp ? bUpL : -bUpL;
        int c = compareUnsigned(aDH, aDL, bDH, bDL);
        if (c != 0 || aUp == bUp) {
            return c;
        }
        return aUp ? -1 : 1;
    }

    /** High word of the two's complement negation of (h, l). */
    private static long negHi(long h, long l) {
        return ~h + (l == 0 ? 1 : 0);
    }

    /**
     * Whether {@code k} lies on the clockwise arc from {@code from} to {@code to}, both included
     * (the whole ring when from == to is not meant: then only that point).
     */
    public static boolean onArc(long kh, long kl, long fromH, long fromL, long toH, long toL) {
        return compareUnsigned(clockwiseHi(fromH, fromL, kh, kl), clockwiseLo(fromH, fromL, kh, kl),
                clockwiseHi(fromH, fromL, toH, toL), clockwiseLo(fromH, fromL, toH, toL)) <= 0;
    }

    /** The ring distance between two ids as a fraction of the ring (0..0.5), for charts and traces. */
    public static double distanceFraction(long ah, long al, long bh, long bl) {
        long h = clockwiseHi(bh, bl, ah, al);
        long l = clockwiseLo(bh, bl, ah, al);
        if (h < 0) {
            long nh = negHi(h, l);
            l = -l;
            h = nh;
        }
        return (unsignedToDouble(h) + unsignedToDouble(l) * 0x1.0p-64) * 0x1.0p-64;
    }

    private static double unsignedToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1);
    }

    /** The id as 32 hexadecimal digits. */
    public static String hex(long hi, long lo) {
        return String.format("%016x%016x", hi, lo);
    }
}
