package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/**
 * A find_node lookup of a random id in one bucket, to fill or refresh it. Two uses:
 * <ul>
 *   <li>{@link #fillFartherBuckets after a join}, as in the Kademlia paper: every bucket farther
 *       away than the closest neighbour found is filled by a lookup that stops as soon as the
 *       bucket is full (the nodes named in answers fill it) or at the first round without
 *       progress ({@link Termination#NO_PROGRESS}); these lookups are not reported;</li>
 *   <li>{@link #refreshStale periodically}: every bucket not touched for the refresh interval
 *       gets an ordinary lookup under the configured termination rule, reported to the network's
 *       listeners as a find_node.</li>
 * </ul>
 */
final class BucketRefresh extends Traversal {
    /** The bucket whose filling ends the lookup, or -1 for a periodic refresh. */
    private final int fillBucket;

    private BucketRefresh(DhtNode node, NodeId target, Termination termination, int fillBucket) {
        super(node, target, termination);
        this.fillBucket = fillBucket;
    }

    /**
     * After the join lookup {@code joined} (if the node is still online and found anyone): one
     * filling lookup per bucket farther than the closest node found, nearest bucket last.
     */
    static void fillFartherBuckets(DhtNode node, LookupResult joined) {
        if (!node.isOnline() || joined.closestIds().length == 0) {
            return;
        }
        RoutingTable table = node.routingTable();
        int nearest = table.bucketIndex(joined.closestIds()[0]);
        for (int b = 0; b < nearest; b++) {
            BucketRefresh fill = new BucketRefresh(node, table.randomIdInBucket(b, node.random()),
                    Termination.NO_PROGRESS, b);
            fill.seed();
            fill.drive();
        }
    }

    /** A lookup of a random id in every bucket not touched for {@code intervalNanos}. */
    static void refreshStale(DhtNode node, long intervalNanos) {
        RoutingTable table = node.routingTable();
        long now = node.scheduler().now();
        for (int b = 0; b < table.bucketCount(); b++) {
            if (now - table.bucket(b).lastTouchedNanos() >= intervalNanos) {
                BucketRefresh refresh = new BucketRefresh(node, table.randomIdInBucket(b, node.random()),
                        node.config().termination(), -1);
                refresh.seed();
                refresh.drive();
            }
        }
    }

    @Override
    KrpcMessage query(int tid) {
        return new KrpcMessage.FindNode(tid, node.id(), lookup().target());
    }

    @Override
    boolean stopsEarly() {
        return fillBucket >= 0 && node.routingTable().bucket(fillBucket).isFull();
    }

    @Override
    void done() {
        if (fillBucket < 0) {
            report(LookupResult.Kind.FIND_NODE);
        }
    }

    @Override
    String kindName() {
        return "refresh";
    }
}
