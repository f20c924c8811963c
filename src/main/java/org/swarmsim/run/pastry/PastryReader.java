package org.swarmsim.run.pastry;

import java.util.List;
import org.swarmsim.pastry.NeighbourSelection;
import org.swarmsim.pastry.PastryConfig;
import org.swarmsim.scenario.Arrivals;
import org.swarmsim.scenario.ChurnSpec;
import org.swarmsim.scenario.FailureSpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.units.Duration;

/** Reads and writes the {@code pastry} section of a {@code kind: pastry} scenario ({@link PastrySpec}). */
final class PastryReader {
    static final String[] KEYS = {"nodes", "b", "leaf_set", "neighbourhood", "proximity", "hop_timeout",
        "join_interval", "join_timeout", "settle", "bootstrap_candidates", "locality_stage", "keepalive", "table_repair", "replicas",
        "workload", "churn", "failures"};
    static final List<String> PROXIMITY = List.of("closest", "random");
    private static final long DEFAULT_JOIN_INTERVAL_NANOS = 1_000_000_000L;
    private static final long DEFAULT_SETTLE_NANOS = 10_000_000_000L;
    private static final int DEFAULT_BOOTSTRAP_CANDIDATES = 32;
    private static final long DEFAULT_DURATION_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int DEFAULT_VALUE_BYTES = 1024;

    private PastryReader() {
    }

    static PastrySpec read(Fields top) {
        Fields f = top.map("pastry", KEYS);
        if (f == null) {
            if (!top.has("pastry")) {
                top.missing("pastry", "a map with " + String.join(", ", KEYS));
            }
            return null;
        }
        int before = f.problems().size();
        int nodes = (int) f.integer("nodes", null, 1, 10_000_000);
        int b = (int) f.integer("b", (long) PastryConfig.DEFAULT_B, 1, 8);
        int leafSet = leafSet(f);
        int neighbourhood = (int) f.integer("neighbourhood", (long) PastryConfig.DEFAULT_NEIGHBOURHOOD, 0, 1024);
        String proximity = f.choice("proximity", "closest", "neighbour selection", PROXIMITY);
        long hopTimeout = f.duration("hop_timeout", PastryConfig.DEFAULT_HOP_TIMEOUT_NANOS, 1);
        long joinInterval = f.duration("join_interval", DEFAULT_JOIN_INTERVAL_NANOS, 1);
        long joinTimeout = f.duration("join_timeout", PastryConfig.DEFAULT_JOIN_TIMEOUT_NANOS, 1);
        long settle = f.duration("settle", DEFAULT_SETTLE_NANOS, 0);
        int candidates = (int) f.integer("bootstrap_candidates", (long) DEFAULT_BOOTSTRAP_CANDIDATES, 1, 100_000);
        long keepalive = f.duration("keepalive", PastryConfig.DEFAULT_KEEPALIVE_NANOS, 0);
        boolean refine = f.bool("locality_stage", true);
        boolean tableRepair = f.bool("table_repair", true);
        int maxReplicas = Math.max(1, leafSet / 2 + 1);
        int replicas = (int) f.integer("replicas", (long) Math.min(PastryConfig.DEFAULT_REPLICAS, maxReplicas), 1,
                maxReplicas);
        PastrySpec.Workload workload = workload(f);
        ChurnSpec churn = ChurnSpec.read(f, "churn");
        List<PastrySpec.Failure> failures = failures(f);
        if (f.problems().size() != before) {
            return null;
        }
        if ((double) nodes * joinInterval + settle + workload.durationNanos() > Long.MAX_VALUE / 4.0) {
            f.problem(null, null, "nodes x join_interval + settle + workload.duration is too long (given " + nodes
                    + " x " + Duration.format(joinInterval) + ")");
            return null;
        }
        PastryConfig config = new PastryConfig(b, leafSet, neighbourhood,
                proximity.equals("closest") ? NeighbourSelection.CLOSEST : NeighbourSelection.RANDOM, hopTimeout,
                joinTimeout, keepalive, refine, tableRepair, replicas, PastryConfig.DEFAULT_MAX_HOPS);
        return new PastrySpec(nodes, config, joinInterval, settle, candidates, workload, churn, failures);
    }

    private static int leafSet(Fields f) {
        YamlNode node = f.get("leaf_set");
        int l = (int) f.integer("leaf_set", (long) PastryConfig.DEFAULT_LEAF_SET, 2, 256);
        if (f.has("leaf_set") && l % 2 != 0) {
            f.problem(node, "leaf_set", "the leaf set has |L|/2 members on each side, so |L| must be even (given " + l
                    + "; allowed: an even integer from 2 to 256, 16 or 32 as in the paper)");
            return PastryConfig.DEFAULT_LEAF_SET;
        }
        return l;
    }

    private static PastrySpec.Workload workload(Fields f) {
        Fields w = f.map("workload", "lookups_per_second", "inserts_per_second", "gets_per_second", "duration",
                "value_bytes");
        if (w == null) {
            return new PastrySpec.Workload(1.0, 0, 0, DEFAULT_DURATION_NANOS, DEFAULT_VALUE_BYTES);
        }
        double lookups = rate(w, "lookups_per_second", 1.0);
        double inserts = rate(w, "inserts_per_second", 0.0);
        double gets = rate(w, "gets_per_second", 0.0);
        long duration = w.duration("duration", DEFAULT_DURATION_NANOS, 1);
        int value = (int) w.bytes("value_bytes", (long) DEFAULT_VALUE_BYTES, 0);
        return new PastrySpec.Workload(lookups, inserts, gets, duration, value);
    }

    /** A rate >= 0 (0 turns the process off). */
    private static double rate(Fields w, String key, double fallback) {
        if (w.has(key) && w.scalar(key) != null && isZero(w.scalar(key).text())) {
            return 0;
        }
        return Arrivals.perSecond(w, key, fallback, null, "expected a rate >= 0", "per second such as 10, or 0 for none");
    }

    private static boolean isZero(String text) {
        try {
            return Double.parseDouble(text.strip()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<PastrySpec.Failure> failures(Fields f) {
        return FailureSpec.readList(f, "failures", "nodes").stream()
                .map(x -> new PastrySpec.Failure(x.atNanos(), x.fraction())).toList();
    }

    /** Writes {@code pastry}, every default spelled out. */
    static void write(PastrySpec s, YamlMap root) {
        YamlMap p = root.putMap("pastry");
        PastryConfig c = s.config();
        p.put("nodes", s.nodes());
        p.put("b", c.bitsPerDigit());
        p.put("leaf_set", c.leafSetSize());
        p.put("neighbourhood", c.neighbourhoodSize());
        p.put("proximity", c.selection() == NeighbourSelection.CLOSEST ? "closest" : "random");
        p.put("hop_timeout", Duration.format(c.hopTimeoutNanos()));
        p.put("join_interval", Duration.format(s.joinIntervalNanos()));
        p.put("join_timeout", Duration.format(c.joinTimeoutNanos()));
        p.put("settle", Duration.format(s.settleNanos()));
        p.put("bootstrap_candidates", s.bootstrapCandidates());
        p.put("locality_stage", c.refineLocality());
        p.put("keepalive", Duration.format(c.keepaliveNanos()));
        p.put("table_repair", c.tableRepair());
        p.put("replicas", c.replicas());
        YamlMap w = p.putMap("workload");
        PastrySpec.Workload wl = s.workload();
        w.put("lookups_per_second", wl.lookupsPerSecond());
        w.put("inserts_per_second", wl.insertsPerSecond());
        w.put("gets_per_second", wl.getsPerSecond());
        w.put("duration", Duration.format(wl.durationNanos()));
        w.put("value_bytes", wl.valueBytes());
        if (s.churn() != null) {
            s.churn().writeAt(p, "churn");
        }
        FailureSpec.writeList(s.failures().stream().map(x -> new FailureSpec(x.atNanos(), x.fraction())).toList(), p,
                "failures");
    }
}
