package org.swarmsim.discovery;

import java.util.List;
import org.swarmsim.bittorrent.tracker.Tracker;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;

/**
 * Discovery through a tracker (BEP 3): the swarm gets the tracker node the scenario's
 * {@code tracker} section describes, and every peer an HTTP tracker client that announces
 * {@code started}, {@code completed} and {@code stopped} and re-announces every interval. The
 * source has no parameters of its own (they are the tracker's, in {@code tracker}).
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
        Tracker tracker = setup.swarm().addTracker(setup.tracker());
        if (setup.trackerOfflineAtNanos() != Long.MAX_VALUE) {
            tracker.goOfflineAt(setup.trackerOfflineAtNanos());
        }
    }
}
