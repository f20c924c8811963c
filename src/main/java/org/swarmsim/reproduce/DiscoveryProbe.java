package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.run.Probe;
import org.swarmsim.sim.stats.Tally;

/**
 * How fast each peer learns the swarm, whatever the discovery source: from the peer's join, the
 * time until a source first hands it another peer, and until the distinct peers it was handed
 * reach {@code share} of the swarm's other peers (the swarm size given, seeds included). Counts the
 * tracker's announces too (started, completed, stopped, and one per interval online), the
 * messages of a tracker an HTTP request and response each.
 */
final class DiscoveryProbe implements Probe, SwarmListener {
    private final int swarmSize;
    private final double share;
    private final long trackerIntervalNanos;
    private final List<Peer> peers = new ArrayList<>();
    private final List<BitSet> known = new ArrayList<>();
    private final List<long[]> times = new ArrayList<>();   // join, first, share reached

    DiscoveryProbe(int swarmSize, double share, long trackerIntervalNanos) {
        this.swarmSize = swarmSize;
        this.share = share;
        this.trackerIntervalNanos = trackerIntervalNanos;
    }

    @Override
    public void sample(long nowNanos) {
    }

    @Override
    public void onPeerJoined(Peer peer) {
        while (peers.size() <= peer.index()) {
            peers.add(null);
            known.add(new BitSet());
            times.add(new long[] {-1, -1, -1});
        }
        peers.set(peer.index(), peer);
        times.get(peer.index())[0] = peer.nowNanos();
    }

    @Override
    public void onCandidates(Peer peer, String source, List<Integer> nodeIds) {
        if (peer.index() >= times.size()) {
            return;
        }
        BitSet k = known.get(peer.index());
        long[] t = times.get(peer.index());
        for (int id : nodeIds) {
            if (id != peer.node().id()) {
                k.set(id);
            }
        }
        long now = peer.nowNanos();
        if (t[1] < 0 && !k.isEmpty()) {
            t[1] = now;
        }
        if (t[2] < 0 && k.cardinality() >= share * (swarmSize - 1)) {
            t[2] = now;
        }
    }

    /** Into {@code m}: first_peer_s, know_share_s (over the peers that got there), reached_share, tracker_messages. */
    void measure(Map<String, Double> m, long endNanos) {
        Tally first = new Tally("first");
        Tally most = new Tally("most");
        int joined = 0;
        int reached = 0;
        long announces = 0;
        for (int i = 0; i < peers.size(); i++) {
            Peer p = peers.get(i);
            if (p == null) {
                continue;
            }
            long[] t = times.get(i);
            joined++;
            if (t[1] >= 0) {
                first.add((t[1] - t[0]) / 1e9);
            }
            if (t[2] >= 0) {
                most.add((t[2] - t[0]) / 1e9);
                reached++;
            }
            long left = p.leaveNanos() >= 0 ? p.leaveNanos() : endNanos;
            announces += 1 + (p.completionNanos() >= 0 ? 1 : 0) + (p.leaveNanos() >= 0 ? 1 : 0)
                    + Math.max(0, (left - t[0] - 1) / trackerIntervalNanos);
        }
        m.put("first_peer_s", first.count() == 0 ? Double.NaN : first.mean());
        m.put("know_share_s", most.count() == 0 ? Double.NaN : most.mean());
        m.put("reached_share", joined == 0 ? Double.NaN : reached / (double) joined);
        m.put("tracker_announces", (double) announces);
    }
}
