package org.swarmsim.run.dhtlookups;

import java.util.List;
import org.swarmsim.scenario.Arrivals;
import org.swarmsim.scenario.ChurnSpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.units.Duration;

/** Reads and writes the {@code dht} section of a {@code kind: dht_lookups} scenario ({@link DhtLookupSpec}). */
final class DhtLookupReader {
    static final String[] KEYS = {"nodes", "k", "alpha", "termination", "join_interval", "lookups_per_second",
        "lookup_duration", "churn"};

    private DhtLookupReader() {
    }

    /** The section at {@code top.dht} (reported missing when absent); null after a problem. */
    static DhtLookupSpec read(Fields top) {
        Fields f = top.map("dht", KEYS);
        if (f == null) {
            if (!top.has("dht")) {
                top.missing("dht", "a map with nodes, k, alpha, termination, join_interval, lookups_per_second, "
                        + "lookup_duration, churn");
            }
            return null;
        }
        int before = f.problems().size();
        int nodes = (int) f.integer("nodes", null, 2, 10_000_000);
        int k = (int) f.integer("k", (long) DhtLookupSpec.DEFAULT_K, 1, 64);
        int alpha = (int) f.integer("alpha", (long) DhtLookupSpec.DEFAULT_ALPHA, 1, 64);
        String termination = f.choice("termination", "k_closest_answered", "termination", DhtLookupsKind.TERMINATIONS.names());
        long joinInterval = f.duration("join_interval", DhtLookupSpec.DEFAULT_JOIN_INTERVAL_NANOS, 0);
        double rate = Arrivals.perSecond(f, "lookups_per_second", DhtLookupSpec.DEFAULT_LOOKUPS_PER_SECOND, null,
                "expected a positive rate", "lookups per second such as 2");
        long lookupDuration = f.duration("lookup_duration", DhtLookupSpec.DEFAULT_LOOKUP_DURATION_NANOS, 1);
        ChurnSpec churn = ChurnSpec.read(f, "churn");
        if (f.problems().size() != before) {
            return null;
        }
        if ((double) nodes * joinInterval + lookupDuration > Long.MAX_VALUE / 2.0) {
            f.problem(null, null, "nodes x join_interval + lookup_duration is too long (given " + nodes + " x "
                    + Duration.format(joinInterval) + " + " + Duration.format(lookupDuration) + ")");
            return null;
        }
        return new DhtLookupSpec(nodes, k, alpha, termination, joinInterval, rate, lookupDuration, churn);
    }

    /** Writes {@code dht}, every default spelled out. */
    static void write(DhtLookupSpec d, YamlMap root) {
        YamlMap dht = root.putMap("dht");
        dht.put("nodes", d.nodes());
        dht.put("k", d.k());
        dht.put("alpha", d.alpha());
        dht.put("termination", d.termination());
        dht.put("join_interval", Duration.format(d.joinIntervalNanos()));
        dht.put("lookups_per_second", d.lookupsPerSecond());
        dht.put("lookup_duration", Duration.format(d.lookupDurationNanos()));
        if (d.hasChurn()) {
            d.churn().writeAt(dht, "churn");
        }
    }

    /** The section keys, in writing order. */
    static List<String> sectionKeys() {
        return List.of("dht");
    }
}
