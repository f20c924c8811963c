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

    /**
     * A discovery source (tracker response, DHT lookup, finder search, PEX message...) handed
     * {@code peer} these node ids as connection candidates (possibly ones it knew, possibly its
     * own); {@code source} names it as {@link Peer#addCandidates} does.
     */
    default void onCandidates(Peer peer, String source, java.util.List<Integer> nodeIds) {
    }

    /**
     * {@code sender} sent a BEP 10 extended message of {@code wireBytes} (envelope included) for
     * {@code extension} (the extension's name, or {@code extension_handshake}) on one of its connections.
     */
    default void onExtensionSent(Peer sender, String extension, int wireBytes) {
    }

    /** {@code peer}, started from a magnet link, has its metadata (verified) and a piece picker. */
    default void onMetadata(Peer peer) {
    }

    default void onPeerLeft(Peer peer) {
    }

    /** {@code receiver} got a block of {@code bytes} payload from {@code sender} (at its arrival). */
    default void onPayload(Peer receiver, Peer sender, long bytes) {
    }

    /**
     * Whether this listener wants {@link #onMessage} for every peer wire message (a trace, a probe
     * that follows interest); the swarm hands messages over only when some listener does. Default
     * false.
     */
    default boolean wantsMessages() {
        return false;
    }

    /**
     * A peer wire message arrived at {@code arrivalNanos}; only called when some listener
     * {@link #wantsMessages() wants messages}. Calls come in delivery order, which is arrival order except for a {@code have} of
     * a piece the receiver already held: it is delivered together with the next message from the
     * same sender (see {@link Message#deliveryDeferrable}), so its time can be earlier than that of
     * the call before it.
     */
    default void onMessage(long arrivalNanos, Peer from, Peer to, Message message) {
    }

    /**
     * A tracker exchange, as a message between {@code peer} and the tracker's node (named
     * {@code tracker}): {@code toTracker}, an {@code AnnounceRequest} arriving at the tracker;
     * else the {@code AnnounceResponse} arriving at the peer. Only called when some listener
     * {@link #wantsMessages() wants messages}, as are the state changes below.
     */
    default void onTrackerMessage(long arrivalNanos, Peer peer, String tracker, boolean toTracker, Message message) {
    }

    /**
     * {@code peer} unchoked (or choked) {@code remote}. {@code reason}: {@code rate} (a regular
     * slot won or lost by rate), {@code optimistic}, {@code seed_rule} (the seed's choker),
     * {@code snubbed} (choked for snubbing us), {@code free_slot} (unchoked between rounds into a
     * free slot) or {@code not_interested} (choked when it lost interest).
     */
    default void onChokeDecision(Peer peer, Peer remote, boolean unchoked, String reason) {
    }

    /** {@code peer} became interested (or not) in {@code remote}; its interested message follows. */
    default void onInterestChange(Peer peer, Peer remote, boolean interested) {
    }

    /** {@code peer}'s picker entered end game (the first time only). */
    default void onEndGame(Peer peer) {
    }

    /** {@code peer} now takes {@code remote} as snubbing it (unchoked, no block for the snub timeout). */
    default void onSnubbed(Peer peer, Peer remote) {
    }

    /** A connection of {@code peer} to {@code remote} opened ({@code outgoing}: {@code peer} dialled). */
    default void onConnectionOpened(Peer peer, Peer remote, boolean outgoing) {
    }

    /** A connection of {@code peer} to {@code remote} closed; {@code reason} as the peer gives it. */
    default void onConnectionClosed(Peer peer, Peer remote, String reason) {
    }
}
