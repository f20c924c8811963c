package org.swarmsim.sim.random;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * One independent stream of pseudo-random numbers: xoshiro256** (Blackman and Vigna), whose
 * 256-bit state is taken from a SHA-256 hash of (master seed, replication, key) by
 * {@link RandomStreams}.
 *
 * <p>It implements Commons Math's {@link RandomGenerator}, so any Commons Math distribution can
 * sample from it (see {@link Distributions}). A stream belongs to one entity and one purpose
 * ({@code "peer/17/picker"}) and is not thread-safe.
 */
public final class RandomStream implements RandomGenerator {
    private final String key;
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double nextGaussian = Double.NaN;

    RandomStream(String key, long s0, long s1, long s2, long s3) {
        this.key = key;
        setState(s0, s1, s2, s3);
    }

    /** A stream started from an explicit xoshiro256** state (for known-answer tests). */
    public static RandomStream fromState(long s0, long s1, long s2, long s3) {
        return new RandomStream("<explicit>", s0, s1, s2, s3);
    }

    private void setState(long a, long b, long c, long d) {
        if ((a | b | c | d) == 0) {
            // The all-zero state is the one fixed point of xoshiro; it occurs with probability 2^-256.
            a = 0x9E3779B97F4A7C15L;
        }
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
        nextGaussian = Double.NaN;
    }

    /** The key this stream was derived from. */
    public String key() {
        return key;
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform in [0, bound), without modulo bias (Lemire's method). */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Uniform in [0, bound) for long bounds. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return r % bound;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long r = nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) {
                bytes[i++] = (byte) r;
            }
        }
    }

    /** Standard normal variate (Marsaglia's polar method). */
    @Override
    public double nextGaussian() {
        if (!Double.isNaN(nextGaussian)) {
            double g = nextGaussian;
            nextGaussian = Double.NaN;
            return g;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextGaussian = v2 * multiplier;
        return v1 * multiplier;
    }

    /** Exponential variate with the given mean (inverse transform). */
    public double nextExponential(double mean) {
        return -mean * StrictMath.log1p(-nextDouble());
    }

    /** Uniform in [lo, hi). */
    public double nextUniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** A uniformly chosen element of a non-empty list. */
    public <T> T pick(List<T> list) {
        return list.get(nextInt(list.size()));
    }

    /** Fisher-Yates shuffle in place. */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Fisher-Yates shuffle of an int array in place. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /** Re-seeds from a 64-bit value through SplitMix64 (Commons Math interface). */
    @Override
    public void setSeed(long seed) {
        long x = seed;
        long a = splitMix(x += 0x9E3779B97F4A7C15L);
        long b = splitMix(x += 0x9E3779B97F4A7C15L);
        long c = splitMix(x += 0x9E3779B97F4A7C15L);
        long d = splitMix(x + 0x9E3779B97F4A7C15L);
        setState(a, b, c, d);
    }

    @Override
    public void setSeed(int seed) {
        setSeed((long) seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long h = 0;
        for (int v : seed) {
            h = h * 31 + v;
        }
        setSeed(h);
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "RandomStream[" + key + "]";
    }
}
