package org.swarmsim.discovery;

import java.util.List;
import org.swarmsim.scenario.Registry;

/**
 * The discovery sources a scenario may list in {@code discovery.sources}, in the order messages and
 * documentation list them. Adding a source (finder networks, peer exchange) is one registration here.
 */
public final class DiscoverySources {
    /** Sources by name. */
    public static final Registry<Void, DiscoverySource<?>> REGISTRY = new Registry<Void, DiscoverySource<?>>("discovery source")
            .register(TrackerSource.INSTANCE.name(), TrackerSource.INSTANCE.description(),
                    List.of("discovery.sources=[tracker]"), v -> TrackerSource.INSTANCE)
            .register(DhtSource.INSTANCE.name(), DhtSource.INSTANCE.description(),
                    List.of("discovery.sources=[dht]", "discovery.dht.bootstrap_nodes=2"), v -> DhtSource.INSTANCE)
            .register(FindersSource.INSTANCE.name(), FindersSource.INSTANCE.description(),
                    List.of("discovery.sources=[finders]", "discovery.finders.count=8"), v -> FindersSource.INSTANCE)
            .register(PexSource.INSTANCE.name(), PexSource.INSTANCE.description(),
                    List.of("discovery.sources=[tracker, pex]", "discovery.pex.variant=libtorrent"), v -> PexSource.INSTANCE)
            .register(TexSource.INSTANCE.name(), TexSource.INSTANCE.description(),
                    List.of("discovery.sources=[tracker, tex]", "discovery.tex.interval=1min"), v -> TexSource.INSTANCE);

    private DiscoverySources() {
    }

    /** Every source, in registration order. */
    public static List<DiscoverySource<?>> all() {
        return REGISTRY.names().stream().<DiscoverySource<?>>map(DiscoverySources::named).toList();
    }

    /** The names, in order. */
    public static List<String> names() {
        return REGISTRY.names();
    }

    /** The source called {@code name}, or null. */
    public static DiscoverySource<?> named(String name) {
        return REGISTRY.contains(name) ? REGISTRY.create(name, null) : null;
    }
}
