package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/**
 * What a trace can observe of a DHT (set with {@link DhtNetwork#observe}): the KRPC queries sent,
 * the answers received, the timeouts, and each iterative lookup's start and end. Lookups are
 * numbered in the order they start over the whole network (0, 1, ...); a query or answer that
 * belongs to no lookup (a ping of a bucket's oldest contact, an announce_peer, a late answer) has
 * lookup -1. Addresses are network node ids. Every method has an empty default.
 */
public interface KrpcObserver {
    /** Lookup {@code lookup} of {@code kind} (find_node, get_peers, announce, refresh) of {@code target} started. */
    default void onLookupStarted(int lookup, int origin, NodeId target, String kind) {
    }

    /**
     * Lookup {@code lookup} finished: {@code rounds} as {@link Lookup#rounds()}, the queries it
     * sent and their timeouts, the closest node that answered (null if none), and whether it
     * returned the true closest node ({@code null} when not judged); {@code stoppedEarly} for a
     * lookup ended before its termination rule (a bucket fill).
     */
    default void onLookupFinished(int lookup, int origin, int rounds, int queries, int timeouts, NodeId closest,
                                  Boolean success, boolean stoppedEarly) {
    }

    /** {@code from} sent {@code query} to {@code to} (whose id is {@code toId}), for lookup {@code lookup} at {@code depth} (0: none). */
    default void onQuerySent(int lookup, int from, int to, NodeId toId, int depth, KrpcMessage query) {
    }

    /** The answer of {@code from} to a query of {@code to} arrived at {@code to}. */
    default void onAnswerReceived(int lookup, int from, int to, KrpcMessage answer) {
    }

    /** The query of {@code from} to {@code to} (id {@code toId}) timed out. */
    default void onQueryTimedOut(int lookup, int from, int to, NodeId toId) {
    }
}
