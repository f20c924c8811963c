package org.swarmsim.pastry;

/**
 * The statistics' view of a Pastry network: what nodes did, told as it happens. Protocol code
 * calls it and never reads anything back; a run's statistics and the tests' invariant checks
 * implement it.
 */
public interface PastryObserver {
    /** The node at {@code from} sent {@code message} to {@code to}. */
    default void onSent(int from, int to, PastryMessage message) {
    }

    /** A node starts routing {@code trace} (a lookup, insert or get; not a join). */
    default void onRouteStarted(RouteTrace trace) {
    }

    /** The routed message {@code trace} arrived at {@code at} from {@code from} (a hop chosen by {@code kind}). */
    default void onHop(RouteTrace trace, int from, int at, HopKind kind) {
    }

    /** The hop of {@code trace} from {@code from} to {@code to} timed out; {@code from} routes it again. */
    default void onHopTimeout(RouteTrace trace, int from, int to) {
    }

    /** {@code trace} was delivered at {@code at}; for a get, {@code found} says whether a replica was there. */
    default void onDelivered(RouteTrace trace, int at, boolean found) {
    }

    /** {@code trace} was given up at {@code at} (too many hops, or its holder left). */
    default void onDropped(RouteTrace trace, int at) {
    }

    /** {@code node} finished joining: it routes and can be the root of keys from now on. */
    default void onReady(PastryNode node) {
    }

    /** {@code node} left (silently). */
    default void onLeft(PastryNode node) {
    }

    /** {@code node} restarted its join (its bootstrap or the join's reply did not answer in time). */
    default void onJoinRetry(PastryNode node) {
    }

    /** {@code node} found {@code dead} dead (a timeout). */
    default void onFoundDead(PastryNode node, int dead) {
    }

    /** A leaf-set repair request was sent. */
    default void onLeafRepair(PastryNode node) {
    }

    /** A routing-table repair started ({@code started}) or installed a replacement entry. */
    default void onTableRepair(PastryNode node, boolean started) {
    }

    /** A node stored a value ({@code replica} when pushed to it rather than inserted at it). */
    default void onStored(PastryNode node, boolean replica) {
    }
}
