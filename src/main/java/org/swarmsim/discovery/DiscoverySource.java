package org.swarmsim.discovery;

import java.util.List;
import org.swarmsim.metrics.FieldDoc;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;

/**
 * A way for a swarm's peers to find each other, registered under the name a scenario lists in
 * {@code discovery.sources} ({@code tracker}, {@code dht}; next finder networks and peer exchange):
 * its parameters (the keys of its subsection {@code discovery.<name>}, read, defaulted and written
 * back), and how it is installed on a swarm: the nodes it adds (a tracker, DHT bootstrap nodes),
 * the {@link org.swarmsim.bittorrent.peer.PeerSource} each peer gets, and any time-series columns
 * it measures. A new source is one implementation and one line in {@link DiscoverySources}.
 *
 * @param <P> its parameters (a record; {@code Void} when it has none)
 */
public interface DiscoverySource<P> {
    /** The name in {@code discovery.sources}. */
    String name();

    /** One line for the documentation. */
    String description();

    /** The keys of {@code discovery.<name>}; empty when the source has no parameters of its own. */
    List<String> keys();

    /** The parameters when the scenario gives none. */
    P defaults();

    /** Reads the parameters from the subsection (every key optional), reporting problems into {@code f}. */
    P read(Fields f);

    /** Writes every parameter into {@code map}. */
    void write(P params, YamlMap map);

    /** Installs the source on the swarm being built (adding its time-series columns to the setup). */
    void install(P params, SwarmSetup setup);

    /** The time-series columns {@link #install} adds, for the documentation; none by default. */
    default List<FieldDoc> columns() {
        return List.of();
    }
}
