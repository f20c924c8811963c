package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSource;
import org.swarmsim.finders.FinderClient;
import org.swarmsim.finders.FinderNetwork;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * Peer discovery through finders: the peer's host also runs a finder client, which attaches to
 * finders from a bootstrap list, registers the info-hash with its home finder (and again every
 * refresh) and, once attached, searches it; the contacts found become connection candidates. It
 * searches again every {@code research}, and when short of connections at most once a minute.
 */
final class FinderPeerSource implements PeerSource {
    static final long MIN_SEARCH_INTERVAL_NANOS = SimTime.seconds(60);

    private final Peer peer;
    private final FinderNetwork net;
    private final FinderClient client;
    private final RandomStream random;
    private final Scheduler scheduler;
    private final NodeId infoHash;
    private final Timer research;
    private final long researchNanos;
    private long lastSearchNanos = Long.MIN_VALUE / 2;

    FinderPeerSource(Peer peer, FinderNetwork net, RandomStream random, Scheduler scheduler, long researchNanos) {
        this.peer = peer;
        this.net = net;
        this.random = random;
        this.scheduler = scheduler;
        this.researchNanos = researchNanos;
        this.infoHash = NodeId.fromBytes(peer.infoHash().bytes());
        this.client = net.addPeer(peer.node(), random);
        this.research = Timer.periodic(scheduler, researchNanos, this::search);
    }

    @Override
    public void started() {
        client.onFirstFinder(this::search);
        client.start(infoHash, net.randomOnline(random, FinderClient.BOOTSTRAP));
        research.start(researchNanos);
    }

    @Override
    public void completed() {
        // A seed stays registered; nothing changes for the finders.
    }

    @Override
    public void wantMorePeers() {
        if (client.isOnline() && scheduler.now() - lastSearchNanos >= MIN_SEARCH_INTERVAL_NANOS) {
            search();
        }
    }

    @Override
    public void stopping(Runnable then) {
        research.cancel();
        client.stop();
        scheduler.schedule(0, then);
    }

    private void search() {
        if (!client.isOnline() || client.attached().length == 0) {
            return;
        }
        lastSearchNanos = scheduler.now();
        client.search(infoHash, net.nextSearchId(), found -> {
            if (found == null || !client.isOnline()) {
                return;
            }
            List<Integer> ids = new ArrayList<>(found.contacts().length);
            for (int a : found.contacts()) {
                if (a != peer.node().id()) {
                    ids.add(a);
                }
            }
            peer.addCandidates("finders", ids);
        });
    }
}
