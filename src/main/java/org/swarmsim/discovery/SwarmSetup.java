package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.net.Network;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStreams;

/**
 * What a {@link DiscoverySource} is installed into: the swarm being built (before its peers are
 * added), its network, scheduler and random streams, the tracker the scenario describes, and the
 * time-series columns the sources add to the run's {@code timeseries.csv}.
 *
 * @param trackerOfflineAtNanos when the tracker goes down, or {@link Long#MAX_VALUE} for never
 */
public record SwarmSetup(Swarm swarm, Network network, Scheduler scheduler, RandomStreams streams,
                         TrackerConfig tracker, long trackerOfflineAtNanos, List<SeriesColumn<Object>> columns) {
    /** A setup with no columns yet. */
    public SwarmSetup(Swarm swarm, Network network, Scheduler scheduler, RandomStreams streams, TrackerConfig tracker,
                      long trackerOfflineAtNanos) {
        this(swarm, network, scheduler, streams, tracker, trackerOfflineAtNanos, new ArrayList<>());
    }

    /** Adds a column a source measures (evaluated once per sample, in the order added). */
    public void addColumn(SeriesColumn<Object> column) {
        columns.add(column);
    }
}
