package org.swarmsim.run.swarm;

import java.util.Objects;
import org.swarmsim.discovery.DiscoverySpec;

/**
 * The sections of a {@code kind: swarm} scenario: the content, the tracker, how peers find each
 * other, who joins when, and the client's parameters.
 */
public record SwarmSpec(TorrentSpec torrent, TrackerSpec tracker, DiscoverySpec discovery, PopulationSpec population,
                        ProtocolSpec protocol) {
    public SwarmSpec {
        Objects.requireNonNull(torrent, "torrent");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(protocol, "protocol");
    }

    /** The swarm sections of {@code scenario} (an error naming the kind if it is not a swarm). */
    public static SwarmSpec of(org.swarmsim.scenario.Scenario scenario) {
        return scenario.section(SwarmSpec.class);
    }
}
