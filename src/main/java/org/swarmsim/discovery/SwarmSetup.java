package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.net.Network;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStreams;

/**
 * What a {@link DiscoverySource} is installed into: the swarm being built (before its peers are
 * added), its network, scheduler and random streams, the tracker the scenario describes, the
 * time-series columns the sources add to the run's {@code timeseries.csv}, and the BitTorrent
 * extensions they give the peers (peer exchange is a source that is an extension).
 *
 * @param trackers the trackers a tracker source puts up (one by default), their tiers and outages
 */
public record SwarmSetup(Swarm swarm, Network network, Scheduler scheduler, RandomStreams streams,
                         TrackerConfig tracker, TrackerPlan trackers, List<SeriesColumn<Object>> columns,
                         List<PeerExtension> extensions) {
    /** An extension a source installs, on the peers {@code appliesTo} accepts (by behaviour, say). */
    public record PeerExtension(Extension extension, Predicate<PeerSpec> appliesTo) {
    }

    /** A setup with no columns and no extensions yet. */
    public SwarmSetup(Swarm swarm, Network network, Scheduler scheduler, RandomStreams streams, TrackerConfig tracker,
                      long trackerOfflineAtNanos) {
        this(swarm, network, scheduler, streams, tracker, TrackerPlan.single(trackerOfflineAtNanos));
    }

    /** A setup with no columns and no extensions yet, and these trackers. */
    public SwarmSetup(Swarm swarm, Network network, Scheduler scheduler, RandomStreams streams, TrackerConfig tracker,
                      TrackerPlan trackers) {
        this(swarm, network, scheduler, streams, tracker, trackers, new ArrayList<>(), new ArrayList<>());
    }

    /** Adds a column a source measures (evaluated once per sample, in the order added). */
    public void addColumn(SeriesColumn<Object> column) {
        columns.add(column);
    }

    /** Gives {@code extension} to the peers {@code appliesTo} accepts (peers added after the sources are installed). */
    public void addExtension(Extension extension, Predicate<PeerSpec> appliesTo) {
        extensions.add(new PeerExtension(extension, appliesTo));
    }

    /** The extensions of a peer, in the order they were added (which gives their BEP 10 ids). */
    public List<Extension> extensionsFor(PeerSpec peer) {
        List<Extension> out = new ArrayList<>();
        for (PeerExtension e : extensions) {
            if (e.appliesTo().test(peer)) {
                out.add(e.extension());
            }
        }
        return out;
    }
}
