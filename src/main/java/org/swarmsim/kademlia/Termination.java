package org.swarmsim.kademlia;

/** When an iterative lookup stops. */
public enum Termination {
    /**
     * The Kademlia paper's rule: stop when the k closest nodes seen (not counting nodes that timed
     * out) have all answered. Queries still out to farther nodes are not waited for.
     */
    K_CLOSEST_ANSWERED,
    /**
     * Stricter: as {@link #K_CLOSEST_ANSWERED}, and also wait until no query is outstanding (every
     * queried node answered or timed out), so a slow node cannot be missed.
     */
    STRICT,
    /**
     * Looser, as many clients do: stop once the closest node seen has answered and the last
     * α answers brought no node closer than the closest already answered.
     */
    NO_PROGRESS
}
