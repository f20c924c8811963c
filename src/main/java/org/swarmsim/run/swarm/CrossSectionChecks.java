package org.swarmsim.run.swarm;

import java.util.List;
import org.swarmsim.discovery.DiscoverySpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.scenario.YamlNode;

/**
 * The checks of a swarm scenario that join two sections, each reported at the key the user would
 * change: a private torrent uses its tracker only (BEP 27); tracker exchange needs the tracker, peer
 * exchange another first contact.
 */
final class CrossSectionChecks {
    private CrossSectionChecks() {
    }

    static void check(Fields top, TorrentSpec torrent, DiscoverySpec discovery) {
        List<String> sources = discovery.sources();
        if (torrent.privateFlag()) {
            if (!sources.equals(List.of("tracker"))) {
                report(top, "a private torrent (torrent.private: true, BEP 27) finds peers through its tracker only "
                        + "(given sources " + sources + "; allowed: [tracker])", "discovery", "sources", "torrent",
                        "private");
            }
        } else if (discovery.uses("tex") && !discovery.uses("tracker")) {
            report(top, "tracker exchange passes on trackers: it needs the tracker source (given sources " + sources
                    + "; allowed: tex with tracker, such as [tracker, tex])", "discovery", "sources", null, null);
        } else if (sources.equals(List.of("pex"))) {
            report(top, "peer exchange spreads what another source gave: it cannot make the first contact (given "
                    + "sources [pex]; allowed: pex with tracker, dht or finders, such as [tracker, pex])", "discovery",
                    "sources", null, null);
        }
    }

    /**
     * Reports {@code message} at {@code section.key} when the scenario has it, else at
     * {@code fallbackSection.fallbackKey}'s section (the key's own path), else at {@code section}.
     */
    private static void report(Fields top, String message, String section, String key, String fallbackSection,
                               String fallbackKey) {
        YamlNode n = at(top, section, key);
        String path = top.child(section) + "." + key;
        if (n == null && fallbackSection != null) {
            n = top.get(fallbackSection);
            path = top.child(fallbackSection) + "." + fallbackKey;
        }
        if (n == null) {
            n = top.get(section);
        }
        top.problems().add(new ScenarioException.Problem(n == null ? top.node().location() : n.location(), path,
                message));
    }

    /** The node at {@code path} below the scenario's top level, or null where a step is missing or not a map. */
    private static YamlNode at(Fields top, String... path) {
        YamlNode n = top.get(path[0]);
        for (int i = 1; i < path.length && n != null; i++) {
            n = n instanceof YamlNode.MapNode m && m.entries().containsKey(path[i]) ? m.entries().get(path[i]).value()
                    : null;
        }
        return n;
    }
}
