package org.swarmsim.net;

/**
 * One-way propagation delay between two nodes. A model is chosen per scenario; the delay of a pair
 * must be stable for the whole run and symmetric ({@code oneWayNanos(a, b) == oneWayNanos(b, a)}).
 */
public interface LatencyModel {
    /** One-way delay from {@code a} to {@code b} in nanoseconds, never negative. */
    long oneWayNanos(Node a, Node b);

    /**
     * Called by {@link Network#addNode} for every new node, before it is used; models with
     * per-node state (coordinates, sites) draw it here. The default does nothing.
     */
    default void onNodeAdded(Node node) {
    }
}
