package org.swarmsim.scenario;

import java.util.List;
import java.util.Locale;

/**
 * What a scenario simulates (its top-level {@code kind}): a BitTorrent {@code swarm} (the default,
 * with torrent, population, tracker, protocol and discovery) or {@code dht_lookups}, a Kademlia
 * network alone answering random lookups (described by the {@code dht} section).
 */
public enum ScenarioKind {
    /** A BitTorrent swarm: the default. */
    SWARM,
    /** Kademlia lookup experiments: nodes join, optionally churn, and look up random ids. */
    DHT_LOOKUPS;

    /** The names as written in a scenario, in declaration order. */
    public static final List<String> NAMES = List.of("swarm", "dht_lookups");

    /** The name as written in a scenario: {@code swarm} or {@code dht_lookups}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name} as written in a scenario. */
    public static ScenarioKind of(String name) {
        for (ScenarioKind k : values()) {
            if (k.yamlName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown scenario kind '" + name + "' (allowed: " + NAMES + ")");
    }
}
