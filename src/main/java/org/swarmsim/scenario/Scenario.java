package org.swarmsim.scenario;

/**
 * A whole experiment, validated and with every default filled in. Load one with
 * {@link ScenarioLoader}; {@link #toYaml()} writes it back in a form that loads to an equal record.
 *
 * <p>A scenario is of one {@link ScenarioKind}. A {@link ScenarioKind#SWARM swarm} has every swarm
 * section ({@code torrent}, {@code tracker}, {@code discovery}, {@code population},
 * {@code protocol}) and no {@code dht}; a {@link ScenarioKind#DHT_LOOKUPS dht_lookups} scenario
 * has a {@link DhtLookupSpec dht} section, the swarm sections are null, and its duration is
 * derived: {@code dht.nodes * dht.join_interval + dht.lookup_duration}.
 *
 * @param name what the experiment is called (used in output directory names)
 * @param seed master seed of {@code RandomStreams}
 * @param durationNanos simulated time to run
 * @param kind what is simulated
 * @param dht the DHT lookup experiment ({@code dht_lookups} only, else null)
 */
public record Scenario(String name, long seed, long durationNanos, NetworkSpec network, TorrentSpec torrent,
        TrackerSpec tracker, DiscoverySpec discovery, PopulationSpec population, ProtocolSpec protocol,
        MetricsSpec metrics, SweepSpec sweep, ScenarioKind kind, DhtLookupSpec dht) {
    public static final long DEFAULT_SEED = 1;

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("duration must be > 0: " + durationNanos);
        }
        if (kind == null || network == null || metrics == null || sweep == null) {
            throw new IllegalArgumentException("kind, network, metrics and sweep are required (defaults are filled in by the loader)");
        }
        boolean swarmSections = torrent != null && tracker != null && discovery != null && population != null
                && protocol != null;
        boolean noSwarmSections = torrent == null && tracker == null && discovery == null && population == null
                && protocol == null;
        if (kind == ScenarioKind.SWARM && (!swarmSections || dht != null)) {
            throw new IllegalArgumentException("a swarm scenario needs every swarm section and no dht section");
        }
        if (kind == ScenarioKind.DHT_LOOKUPS) {
            if (!noSwarmSections || dht == null) {
                throw new IllegalArgumentException("a dht_lookups scenario has a dht section and no swarm sections");
            }
            if (durationNanos != dht.lookupsEndNanos()) {
                throw new IllegalArgumentException("a dht_lookups scenario lasts nodes x join_interval + lookup_duration ("
                        + dht.lookupsEndNanos() + " ns), not " + durationNanos + " ns");
            }
        }
    }

    /** A swarm scenario (kind {@code swarm}). */
    public Scenario(String name, long seed, long durationNanos, NetworkSpec network, TorrentSpec torrent,
            TrackerSpec tracker, DiscoverySpec discovery, PopulationSpec population, ProtocolSpec protocol,
            MetricsSpec metrics, SweepSpec sweep) {
        this(name, seed, durationNanos, network, torrent, tracker, discovery, population, protocol, metrics, sweep,
                ScenarioKind.SWARM, null);
    }

    /** A DHT lookup scenario (kind {@code dht_lookups}); its duration is the joins plus the lookup period. */
    public static Scenario dhtLookups(String name, long seed, NetworkSpec network, DhtLookupSpec dht,
            MetricsSpec metrics, SweepSpec sweep) {
        return new Scenario(name, seed, dht.lookupsEndNanos(), network, null, null, null, null, null, metrics, sweep,
                ScenarioKind.DHT_LOOKUPS, dht);
    }

    /** True for {@code kind: dht_lookups}. */
    public boolean isDhtLookups() {
        return kind == ScenarioKind.DHT_LOOKUPS;
    }

    /** The resolved scenario as YAML: every default written out, units in human form. */
    public String toYaml() {
        return ScenarioWriter.toYaml(this);
    }
}
