package org.swarmsim.bittorrent.peer;

import org.swarmsim.net.Message;

/**
 * What metrics, traces and tests can observe of a swarm. Every method has an empty default, so
 * a listener implements only what it needs. Calls happen inside simulation events, in event order.
 */
public interface SwarmListener {
    default void onPeerJoined(Peer peer) {
    }

    /** A piece passed its hash check at {@code peer}. */
    default void onPieceVerified(Peer peer, int piece) {
    }

    /** A piece failed its hash check at {@code peer} (corrupt data). */
    default void onPieceFailed(Peer peer, int piece) {
    }

    default void onPeerCompleted(Peer peer) {
    }

    default void onPeerLeft(Peer peer) {
    }

    /** A peer wire message arrived; only called when the swarm traces messages. */
    default void onMessage(long nowNanos, Peer from, Peer to, Message message) {
    }
}
