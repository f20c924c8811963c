package org.swarmsim.pastry;

/**
 * How a routing-table entry is chosen when several nodes fit it ({@code pastry.proximity}).
 */
public enum NeighbourSelection {
    /** Proximity neighbour selection: keep the candidate nearest by the proximity metric (Pastry's rule). */
    CLOSEST,
    /**
     * Keep a random one of the candidates seen, to measure what locality buys: each node ranks
     * every other by a hash of the two ids (a random order, fixed per owner and new with every
     * seed, since ids are drawn from it) and keeps the first in that order. So the entry is
     * uniformly random among the distinct candidates seen, however often each was offered.
     */
    RANDOM;

    /** The rank of {@code candidate} for the owner (lower is kept) under {@link #RANDOM}: SplitMix64's finaliser of both ids. */
    static long rank(long ownerHi, long ownerLo, long candidateHi, long candidateLo) {
        return mix(ownerHi ^ mix(ownerLo ^ mix(candidateHi ^ mix(candidateLo))));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
