package org.swarmsim.scenario;

import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.scenario.units.EventRate;

/** Reads the {@code dht} section of a {@code kind: dht_lookups} scenario into a {@link DhtLookupSpec}. */
final class DhtLookupReader {
    static final String[] KEYS = {"nodes", "k", "alpha", "termination", "join_interval", "lookups_per_second",
        "lookup_duration", "churn"};
    /** Top-level sections that belong to swarms only. */
    static final String[] SWARM_ONLY = {"duration", "torrent", "tracker", "discovery", "population", "protocol"};

    private DhtLookupReader() {
    }

    /** The section at {@code top.dht} (reported missing when absent). */
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
        String termination = f.choice("termination", "k_closest_answered", "termination", DhtLookupSpec.TERMINATIONS);
        long joinInterval = f.duration("join_interval", DhtLookupSpec.DEFAULT_JOIN_INTERVAL_NANOS, 0);
        double rate = perSecond(f, "lookups_per_second", DhtLookupSpec.DEFAULT_LOOKUPS_PER_SECOND);
        long lookupDuration = f.duration("lookup_duration", DhtLookupSpec.DEFAULT_LOOKUP_DURATION_NANOS, 1);
        DhtLookupSpec.Churn churn = null;
        Fields c = f.map("churn", "session", "offline");
        if (c != null) {
            DistributionSpec session = DistributionReader.read(c, "session", null, false);
            DistributionSpec offline = DistributionReader.read(c, "offline", null, false);
            if (session == null && !c.has("session")) {
                c.missing("session", "a duration distribution such as {dist: exponential, mean: 30min}");
            }
            if (offline == null && !c.has("offline")) {
                c.missing("offline", "a duration distribution such as {dist: exponential, mean: 30min}");
            }
            if (session != null && offline != null) {
                churn = new DhtLookupSpec.Churn(session, offline);
            }
        }
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

    /** A rate per second: a number, or {@code 30/min}, {@code 2/s}, {@code 100/h} (as arrival rates). */
    private static double perSecond(Fields f, String key, double fallback) {
        ScalarNode s = f.scalar(key);
        if (s == null) {
            return fallback;
        }
        String t = s.text().strip();
        double perSecond = EventRate.perSecond(t);
        if (Double.isNaN(perSecond)) {
            f.problem(s, key, "expected a positive rate (given " + t
                    + "; allowed: lookups per second such as 2, or a count per unit such as 30/min, 2/s, 100/h)");
            return fallback;
        }
        return perSecond;
    }
}
