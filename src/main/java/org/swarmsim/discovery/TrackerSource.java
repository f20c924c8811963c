package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.tracker.Tracker;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;

/**
 * Discovery through a tracker (BEP 3): the swarm gets the tracker node the scenario's
 * {@code tracker} section describes, and every peer an HTTP tracker client that announces
 * {@code started}, {@code completed} and {@code stopped} and re-announces every interval. The
 * source has no parameters of its own (they are the tracker's, in {@code tracker}). With
 * {@code tracker.count} above 1 it puts up that many trackers (BEP 12), each on its own node and
 * keeping its own peers, in the tiers and with the outages the {@link TrackerPlan} says.
 */
final class TrackerSource implements DiscoverySource<Void> {
    static final TrackerSource INSTANCE = new TrackerSource();

    @Override
    public String name() {
        return "tracker";
    }

    @Override
    public String description() {
        return "an HTTP tracker (BEP 3), set up by the tracker section; peers announce and get peer lists";
    }

    @Override
    public List<String> keys() {
        return List.of();
    }

    @Override
    public Void defaults() {
        return null;
    }

    @Override
    public Void read(Fields f) {
        return null;
    }

    @Override
    public void write(Void params, YamlMap map) {
    }

    @Override
    public void install(Void params, SwarmSetup setup) {
        TrackerPlan plan = setup.trackers();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < plan.count(); i++) {
            Tracker t = i == 0 ? setup.swarm().addTracker(setup.tracker())
                    : setup.swarm().addTracker(setup.tracker(), "http://tracker" + (i + 1) + ".swarmsim.invalid:6969/announce");
            urls.add(List.copyOf(setup.swarm().trackers().keySet()).get(i));
            long off = plan.offlineAtNanos().get(i);
            if (off != Long.MAX_VALUE) {
                t.goOfflineAt(off);
            }
        }
        if (plan.count() > 1) {
            List<List<String>> all = plan.announceList(urls);
            double share = plan.fullListShare();
            List<List<String>> firstOnly = List.of(List.of(urls.get(0)));
            setup.swarm().announceLists((index, spec) -> spec.initialSeed() || share >= 1
                    || share > 0 && setup.streams().stream("peer", index, "announce-list").nextDouble() < share
                    ? all : firstOnly);
        }
    }
}
