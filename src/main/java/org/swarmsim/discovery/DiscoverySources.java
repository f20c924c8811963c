package org.swarmsim.discovery;

import java.util.List;

/**
 * The discovery sources a scenario may list in {@code discovery.sources}, in the order messages and
 * documentation list them. Adding a source (finder networks, peer exchange) is one line here.
 */
public final class DiscoverySources {
    private static final List<DiscoverySource<?>> ALL = List.of(
            TrackerSource.INSTANCE,
            DhtSource.INSTANCE);

    private DiscoverySources() {
    }

    /** Every source. */
    public static List<DiscoverySource<?>> all() {
        return ALL;
    }

    /** The names, in order. */
    public static List<String> names() {
        return ALL.stream().map(DiscoverySource::name).toList();
    }

    /** The source called {@code name}, or null. */
    public static DiscoverySource<?> named(String name) {
        for (DiscoverySource<?> s : ALL) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
