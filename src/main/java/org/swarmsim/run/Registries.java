package org.swarmsim.run;

import java.util.List;
import org.swarmsim.discovery.DiscoverySources;
import org.swarmsim.finders.Geometries;
import org.swarmsim.run.dhtlookups.DhtLookupsKind;
import org.swarmsim.run.swarm.SwarmPolicies;
import org.swarmsim.scenario.Arrivals;
import org.swarmsim.scenario.LatencyModels;
import org.swarmsim.scenario.Registry;

/**
 * Every registry of names a scenario may use, with the scenario field that takes them and the kind
 * of scenario they belong in: what the documentation lists ({@code swarmsim names}) and what the
 * registry tests run, entry by entry, through each entry's example.
 */
public final class Registries {
    /**
     * One registry.
     *
     * @param field where a scenario names an entry, e.g. {@code protocol.picker}
     * @param kind  the simulation kind whose scenarios use it, or null when every kind's may
     */
    public record Listed(Registry<?, ?> registry, String field, String kind) {
    }

    private static final List<Listed> ALL = List.of(
            new Listed(LatencyModels.REGISTRY, "network.latency.model", null),
            new Listed(Arrivals.REGISTRY, "population.leechers.arrival", "swarm"),
            new Listed(SwarmPolicies.BEHAVIOURS, "population.leechers.behaviours", "swarm"),
            new Listed(SwarmPolicies.PICKERS, "protocol.picker", "swarm"),
            new Listed(SwarmPolicies.CHOKERS, "protocol.choker.policy", "swarm"),
            new Listed(SwarmPolicies.SEED_RULES, "protocol.choker.seed_rule", "swarm"),
            new Listed(DiscoverySources.REGISTRY, "discovery.sources", "swarm"),
            new Listed(DhtLookupsKind.TERMINATIONS, "dht.termination", "dht_lookups"),
            new Listed(Geometries.REGISTRY, "finders.geometry", "finders"));

    private Registries() {
    }

    /** The kind whose small scenario tries this registry's entries out: its own, or {@code swarm}. */
    public static String exampleKind(Listed listed) {
        return listed.kind() == null ? "swarm" : listed.kind();
    }

    public static List<Listed> all() {
        return ALL;
    }
}
