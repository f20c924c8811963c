package org.swarmsim.pastry;

import org.swarmsim.sim.random.RandomStream;

/**
 * How a routing-table entry is chosen when several nodes fit it ({@code pastry.proximity}).
 */
public enum NeighbourSelection {
    /** Proximity neighbour selection: keep the candidate nearest by the proximity metric (Pastry's rule). */
    CLOSEST,
    /**
     * Keep a uniformly random one of the candidates seen so far (reservoir sampling: the k-th
     * candidate replaces the entry with probability 1/k), to measure what locality buys.
     */
    RANDOM;

    /** Whether the k-th candidate seen for an entry (k >= 2) replaces it under {@link #RANDOM}. */
    static boolean replaces(int k, RandomStream random) {
        return random.nextInt(k) == 0;
    }
}
