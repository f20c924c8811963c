package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.Suggestions;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.YamlNode.ListNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;

/**
 * Reads and writes a swarm's {@code discovery} section: {@code sources} (a list of registered
 * source names, or one name) and a subsection per source with parameters ({@code discovery.dht:
 * {k: 8, alpha: 3, ...}}). Deprecated but still read: {@code mode: tracker | dht | both} instead of
 * {@code sources}, and a source's keys directly under {@code discovery} ({@code discovery.k})
 * instead of in its subsection.
 */
public final class DiscoveryReader {
    /** The deprecated {@code mode} values and the sources each stands for. */
    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("tracker", List.of("tracker"));
        MODES.put("dht", List.of("dht"));
        MODES.put("both", List.of("tracker", "dht"));
    }

    private DiscoveryReader() {
    }

    /** The section at {@code top.discovery} (defaults when absent); problems go into {@code top}. */
    public static DiscoverySpec read(Fields top) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(List.of("sources", "mode"));
        for (DiscoverySource<?> s : DiscoverySources.all()) {
            if (!s.keys().isEmpty()) {
                keys.add(s.name());
                keys.addAll(s.keys());
            }
        }
        Fields f = top.map("discovery", keys.toArray(new String[0]));
        if (f == null) {
            return DiscoverySpec.defaults();
        }
        int before = f.problems().size();
        List<String> sources = sources(f);
        Map<String, Object> params = new LinkedHashMap<>();
        for (DiscoverySource<?> s : DiscoverySources.all()) {
            if (!s.keys().isEmpty()) {
                params.put(s.name(), params(s, f));
            }
        }
        return f.problems().size() == before ? new DiscoverySpec(sources, params) : DiscoverySpec.defaults();
    }

    private static List<String> sources(Fields f) {
        List<String> names = DiscoverySources.names();
        if (f.has("mode")) {
            if (f.has("sources")) {
                f.problem(f.get("mode"), "mode", "give either sources or the deprecated mode, not both");
            }
            String mode = f.choice("mode", "tracker", "discovery mode", MODES.keySet());
            return MODES.get(mode);
        }
        YamlNode n = f.get("sources");
        if (n == null) {
            return List.of("tracker");
        }
        List<YamlNode> items = n instanceof ListNode l ? l.items() : List.of(n);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String path = n instanceof ListNode ? "sources." + i : "sources";
            if (!(item instanceof ScalarNode s) || s.text().isEmpty()) {
                f.problem(item, path, "expected a source name (given " + item.describe() + "; allowed: "
                        + String.join(", ", names) + ")");
                continue;
            }
            String name = s.text();
            if (!names.contains(name)) {
                f.problem(item, path, "unknown discovery source '" + name + "' (given " + name + "; allowed: "
                        + String.join(", ", names) + Suggestions.didYouMean(name, names) + ")");
            } else if (sources.contains(name)) {
                f.problem(item, path, "source '" + name + "' is listed twice");
            } else {
                sources.add(name);
            }
        }
        if (items.isEmpty()) {
            f.problem(n, "sources", "at least one source is needed (given an empty list; allowed: "
                    + String.join(", ", names) + ")");
        }
        return sources.isEmpty() ? List.of("tracker") : sources;
    }

    /** A source's parameters from its subsection, or (deprecated) from its keys directly under discovery. */
    private static <P> P params(DiscoverySource<P> source, Fields f) {
        boolean flat = source.keys().stream().anyMatch(f::has);
        Fields sub = f.map(source.name(), source.keys().toArray(new String[0]));
        if (sub != null) {
            if (flat) {
                String key = source.keys().stream().filter(f::has).findFirst().orElseThrow();
                f.problem(f.get(key), key, "give " + source.name() + "'s parameters in discovery." + source.name()
                        + " or (deprecated) directly under discovery, not both");
            }
            return source.read(sub);
        }
        return flat ? source.read(f) : source.defaults();
    }

    /** Writes the section: the sources, then every source's parameters in its subsection. */
    public static void write(DiscoverySpec d, YamlMap discovery) {
        YamlMap.YamlList list = discovery.putList("sources");
        d.sources().forEach(list::add);
        for (DiscoverySource<?> s : DiscoverySources.all()) {
            if (d.params().containsKey(s.name())) {
                writeParams(s, d.params().get(s.name()), discovery.putMap(s.name()));
            }
        }
    }

    private static <P> void writeParams(DiscoverySource<P> source, Object params, YamlMap map) {
        @SuppressWarnings("unchecked")
        P p = (P) params;
        source.write(p, map);
    }
}
