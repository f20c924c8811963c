package org.swarmsim.pastry;

import org.swarmsim.sim.SimTime;

/**
 * The parameters of a Pastry node.
 *
 * @param bitsPerDigit        b: digits of b bits, 2^b columns per routing-table row (1..8; 4 gives hex)
 * @param leafSetSize         |L|, even and >= 2 (|L|/2 larger and |L|/2 smaller ids)
 * @param neighbourhoodSize   |M| >= 0
 * @param selection           how a routing-table entry is chosen among candidates
 * @param hopTimeoutNanos     how long a hop (or any query) waits for its answer before the peer is presumed dead
 * @param joinTimeoutNanos    how long a joining node waits for its join to complete before it starts again
 * @param keepaliveNanos      leaf-set keep-alive period; 0 turns keep-alives off
 * @param refineLocality      whether a node that has joined asks every node of its routing table and
 *                            neighbourhood set for theirs and keeps any nearer candidates (the paper's second
 *                            stage of the join, for locality)
 * @param tableRepair         whether a dead routing-table entry is replaced by asking other nodes (lazy repair)
 * @param replicas            k: copies of each stored value, the root and its k - 1 closest leaves (1..|L|/2 + 1)
 * @param maxHops             a routed message is given up after this many hops (a safety net; never reached in a
 *                            consistent network)
 */
public record PastryConfig(int bitsPerDigit, int leafSetSize, int neighbourhoodSize, NeighbourSelection selection,
                           long hopTimeoutNanos, long joinTimeoutNanos, long keepaliveNanos, boolean refineLocality,
                           boolean tableRepair,
                           int replicas, int maxHops) {
    public static final int DEFAULT_B = 4;
    public static final int DEFAULT_LEAF_SET = 16;
    public static final int DEFAULT_NEIGHBOURHOOD = 32;
    public static final long DEFAULT_HOP_TIMEOUT_NANOS = SimTime.seconds(1);
    public static final long DEFAULT_JOIN_TIMEOUT_NANOS = SimTime.seconds(30);
    public static final long DEFAULT_KEEPALIVE_NANOS = SimTime.seconds(30);
    public static final int DEFAULT_REPLICAS = 4;
    public static final int DEFAULT_MAX_HOPS = 64;

    public PastryConfig {
        if (bitsPerDigit < 1 || bitsPerDigit > 8) {
            throw new IllegalArgumentException("b must be 1..8 bits per digit, got " + bitsPerDigit);
        }
        if (leafSetSize < 2 || leafSetSize % 2 != 0) {
            throw new IllegalArgumentException("the leaf set size must be even and >= 2, got " + leafSetSize);
        }
        if (neighbourhoodSize < 0) {
            throw new IllegalArgumentException("the neighbourhood set size must be >= 0, got " + neighbourhoodSize);
        }
        if (selection == null || hopTimeoutNanos <= 0 || joinTimeoutNanos <= 0 || keepaliveNanos < 0) {
            throw new IllegalArgumentException("need a selection rule, positive timeouts and a keep-alive period >= 0");
        }
        if (replicas < 1 || replicas > leafSetSize / 2 + 1) {
            throw new IllegalArgumentException("replicas must be 1.." + (leafSetSize / 2 + 1) + " (|L|/2 + 1), got "
                    + replicas);
        }
        if (maxHops < 1) {
            throw new IllegalArgumentException("maxHops must be >= 1, got " + maxHops);
        }
    }

    /** The paper's configuration: b 4, |L| 16, |M| 32, proximity neighbour selection and the locality stage of the join, keep-alives every 30 s, lazy repair. */
    public static PastryConfig paper() {
        return new PastryConfig(DEFAULT_B, DEFAULT_LEAF_SET, DEFAULT_NEIGHBOURHOOD, NeighbourSelection.CLOSEST,
                DEFAULT_HOP_TIMEOUT_NANOS, DEFAULT_JOIN_TIMEOUT_NANOS, DEFAULT_KEEPALIVE_NANOS, true, true, DEFAULT_REPLICAS,
                DEFAULT_MAX_HOPS);
    }

    /** A leaf that has not been heard from for this long is probed: two keep-alive periods and a half. */
    public long silenceNanos() {
        return keepaliveNanos * 5 / 2;
    }
}
