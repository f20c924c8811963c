package org.swarmsim.overlay;

import java.util.List;

/**
 * The simulator's god's-eye view for judging lookups: the ids of the nodes that are really
 * closest to a key among those online now, under the overlay's metric. Protocol code never sees
 * it; the statistics compare what a lookup returned with it.
 *
 * <pre>{@code
 * OnlineIds online = new OnlineIds(GroundTruth.Metric.XOR);
 * online.add(id);   // when a node goes online; remove(id) when it leaves
 * List<NodeId> truth = online.closest(target, 8, origin.id());
 * boolean exact = truth.equals(List.of(lookupResultIds));
 * }</pre>
 */
public interface GroundTruth {
    /** How closeness is measured. */
    enum Metric {
        /** Kademlia's XOR distance ({@link NodeId#compareDistance}); distances are unique. */
        XOR,
        /**
         * Numerically closest on the ring modulo 2^160, either direction, with wrap-around
         * ({@link NodeId#compareRingDistance}); of two ids at the same distance on both sides, the
         * clockwise one (above the key) comes first.
         */
        RING
    }

    /** The metric of {@link #closest}. */
    Metric metric();

    /**
     * The {@code count} online ids closest to {@code key}, nearest first, leaving out
     * {@code exclude} (may be null; typically the node that looked up). Fewer if fewer are online.
     */
    List<NodeId> closest(NodeId key, int count, NodeId exclude);
}
