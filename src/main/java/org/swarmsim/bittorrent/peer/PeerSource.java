package org.swarmsim.bittorrent.peer;

/**
 * Where a peer learns about other peers and tells the world it is there: the tracker
 * ({@link TrackerClient}), a DHT, or several at once. A source hands the node ids it learns to
 * {@link Peer#addCandidates}. Every method runs inside a simulation event.
 */
public interface PeerSource {
    /** The peer has joined (a tracker's {@code started}). */
    void started();

    /** The peer has just completed its download (a tracker's {@code completed}). */
    void completed();

    /** The peer is short of connections: look for more peers if the source allows it now. */
    void wantMorePeers();

    /** The peer is leaving: cancel periodic work, say goodbye, then run {@code then} once. */
    void stopping(Runnable then);

    /** Creates a peer's source; the swarm calls it once per peer. */
    interface Factory {
        PeerSource create(Peer peer);
    }
}
