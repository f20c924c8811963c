package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSource;
import org.swarmsim.kademlia.DhtNode;
import org.swarmsim.kademlia.LookupResult;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Timer;

/**
 * Trackerless peer discovery (BEP 5): the peer's host also runs a DHT node, which joins through
 * the bootstrap nodes, looks the info-hash up with get_peers (the peers found become connection
 * candidates), announces itself with announce_peer, and repeats both every {@code reannounce}.
 * A peer short of connections looks up again, at most once a minute.
 */
final class DhtPeerSource implements PeerSource {
    static final long MIN_LOOKUP_INTERVAL_NANOS = SimTime.seconds(60);
    /** The BitTorrent port announced (the simulator identifies peers by host, so any port works). */
    static final int PORT = 6881;

    private final Peer peer;
    private final DhtNode node;
    private final List<DhtNode> bootstrap;
    private final Scheduler scheduler;
    private final NodeId infoHash;
    private final Timer reannounce;
    private final long reannounceNanos;
    private long lastLookupNanos = Long.MIN_VALUE / 2;
    private boolean joined;

    DhtPeerSource(Peer peer, DhtNode node, List<DhtNode> bootstrap, Scheduler scheduler, long reannounceNanos) {
        this.peer = peer;
        this.node = node;
        this.bootstrap = bootstrap;
        this.scheduler = scheduler;
        this.infoHash = NodeId.fromBytes(peer.infoHash().bytes());
        this.reannounceNanos = reannounceNanos;
        this.reannounce = Timer.periodic(scheduler, reannounceNanos, this::lookUpAndAnnounce);
    }

    @Override
    public void started() {
        node.join(bootstrap, joinResult -> {
            joined = true;
            lookUpAndAnnounce();
            reannounce.start(reannounceNanos);
        });
    }

    @Override
    public void completed() {
        // A seed stays announced; nothing changes for the DHT.
    }

    @Override
    public void wantMorePeers() {
        if (joined && node.isOnline() && scheduler.now() - lastLookupNanos >= MIN_LOOKUP_INTERVAL_NANOS) {
            lookUp();
        }
    }

    @Override
    public void stopping(Runnable then) {
        reannounce.cancel();
        if (node.isOnline()) {
            node.leave();
        }
        scheduler.schedule(0, then);
    }

    private void lookUpAndAnnounce() {
        if (!node.isOnline()) {
            return;
        }
        lookUp();
        node.announcePeer(infoHash, PORT);
    }

    private void lookUp() {
        lastLookupNanos = scheduler.now();
        node.getPeers(infoHash, this::onPeers);
    }

    private void onPeers(LookupResult r) {
        if (!node.isOnline()) {
            return;
        }
        List<Integer> ids = new ArrayList<>(r.peerAddresses().length);
        for (int a : r.peerAddresses()) {
            ids.add(a);
        }
        peer.addCandidates("dht", ids);
    }
}
