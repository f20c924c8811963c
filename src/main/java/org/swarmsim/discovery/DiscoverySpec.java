package org.swarmsim.discovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code discovery}: the sources the peers find each other through, installed in the order given
 * (default {@code [tracker]}), and every registered source's parameters (defaults where the
 * scenario gives none, so that a {@code --set discovery.sources=[dht]} keeps them).
 *
 * @param sources names from {@link DiscoverySources}, at least one, no repeats
 * @param params  source name to its parameters, for every source that has some, in registry order
 */
public record DiscoverySpec(List<String> sources, Map<String, Object> params) {
    public DiscoverySpec {
        sources = List.copyOf(sources);
        if (sources.isEmpty() || sources.stream().distinct().count() != sources.size()) {
            throw new IllegalArgumentException("discovery needs at least one source and no source twice: " + sources);
        }
        for (String s : sources) {
            if (DiscoverySources.named(s) == null) {
                throw new IllegalArgumentException("unknown discovery source '" + s + "' (allowed: "
                        + DiscoverySources.names() + ")");
            }
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Tracker only, every source's defaults. */
    public static DiscoverySpec defaults() {
        return new DiscoverySpec(List.of("tracker"), defaultParams());
    }

    /** The default parameters of every source that has parameters. */
    static Map<String, Object> defaultParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        for (DiscoverySource<?> s : DiscoverySources.all()) {
            if (!s.keys().isEmpty()) {
                p.put(s.name(), s.defaults());
            }
        }
        return p;
    }

    public boolean uses(String source) {
        return sources.contains(source);
    }

    /** Installs every listed source on the swarm being built, in order. */
    public void installAll(SwarmSetup setup) {
        for (String name : sources) {
            install(DiscoverySources.named(name), setup);
        }
    }

    private <P> void install(DiscoverySource<P> source, SwarmSetup setup) {
        @SuppressWarnings("unchecked")
        P p = (P) params.get(source.name());
        source.install(p != null ? p : source.defaults(), setup);
    }
}
