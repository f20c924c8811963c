package org.swarmsim.finders;

import org.swarmsim.overlay.NodeId;

/**
 * Points in the hash space for the ring and XOR geometries: the top 63 bits of an id, as a
 * non-negative {@code long}, so that ring and XOR distances are plain non-negative longs. Ids of a
 * population of any practical size differ in their top 63 bits (two of a million collide with
 * probability below 10^-7); ties fall to the lower finder number.
 */
public final class HashPoints {
    /** Points are 0..MASK (2^63 - 1). */
    public static final long MASK = Long.MAX_VALUE;

    private HashPoints() {
    }

    /** The point of an id. */
    public static long of(NodeId id) {
        return id.hi() >>> 1;
    }

    /** Clockwise distance from {@code a} to {@code b} on the ring of 2^63 points. */
    public static long clockwise(long a, long b) {
        return (b - a) & MASK;
    }

    /** Ring distance: the shorter way round. */
    public static long ring(long a, long b) {
        long d = clockwise(a, b);
        return d == 0 ? 0 : Math.min(d, MASK - d + 1);
    }

    /** XOR distance. */
    public static long xor(long a, long b) {
        return a ^ b;
    }
}
