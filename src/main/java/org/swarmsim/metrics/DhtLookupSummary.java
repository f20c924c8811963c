package org.swarmsim.metrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of a DHT lookup run, written as {@code summary.json} with keys in the
 * fixed order {@link #STANDARD_KEYS}, then extra entries in the order they were put. Computed
 * from the measured lookups of a {@link LookupTable}: rates are fractions of all lookups,
 * latencies in seconds with nearest-rank percentiles ({@link RunSummary#percentileNearestRank});
 * with no lookups the rates and means are NaN (written as {@code null}). {@value #WALL_S} is the
 * only non-deterministic field.
 */
public final class DhtLookupSummary {
    public static final String LOOKUPS_TOTAL = "lookups_total";
    public static final String SUCCESS_RATE = "success_rate";
    public static final String EXACT_RATE = "exact_rate";
    public static final String LATENCY_MEAN_S = "latency_mean_s";
    public static final String LATENCY_P50_S = "latency_p50_s";
    public static final String LATENCY_P95_S = "latency_p95_s";
    public static final String ROUNDS_MEAN = "rounds_mean";
    public static final String ROUNDS_MAX = "rounds_max";
    public static final String MESSAGES_PER_LOOKUP = "messages_per_lookup";
    public static final String TIMEOUTS_PER_LOOKUP = "timeouts_per_lookup";
    public static final String EVENTS = "events";
    public static final String WALL_S = "wall_s";
    public static final String SEED = "seed";

    /** The standard keys, in output order. */
    public static final List<String> STANDARD_KEYS = List.of(LOOKUPS_TOTAL, SUCCESS_RATE, EXACT_RATE, LATENCY_MEAN_S,
            LATENCY_P50_S, LATENCY_P95_S, ROUNDS_MEAN, ROUNDS_MAX, MESSAGES_PER_LOOKUP, TIMEOUTS_PER_LOOKUP, EVENTS,
            WALL_S, SEED);

    private final LinkedHashMap<String, Object> ordered;

    private DhtLookupSummary(LinkedHashMap<String, Object> ordered) {
        this.ordered = ordered;
    }

    /**
     * The summary of {@code lookups}.
     *
     * @param extra entries written after the standard keys (ordered; keys must not be standard)
     */
    public static DhtLookupSummary of(LookupTable lookups, long events, double wallS, long seed,
            LinkedHashMap<String, Object> extra) {
        List<LookupTable.Row> rows = lookups.rows();
        int n = rows.size();
        double[] latencies = new double[n];
        long success = 0;
        long exact = 0;
        long rounds = 0;
        int roundsMax = 0;
        long messages = 0;
        long timeouts = 0;
        for (int i = 0; i < n; i++) {
            LookupTable.Row r = rows.get(i);
            latencies[i] = r.latencyNanos() / 1e9;
            success += r.success() ? 1 : 0;
            exact += r.exact() ? 1 : 0;
            rounds += r.rounds();
            roundsMax = Math.max(roundsMax, r.rounds());
            messages += r.messages();
            timeouts += r.timeouts();
        }
        Arrays.sort(latencies);
        double sum = 0;
        for (double l : latencies) {
            sum += l; // ascending: a fixed summation order
        }
        LinkedHashMap<String, Object> e = new LinkedHashMap<>();
        e.put(LOOKUPS_TOTAL, (long) n);
        e.put(SUCCESS_RATE, ratio(success, n));
        e.put(EXACT_RATE, ratio(exact, n));
        e.put(LATENCY_MEAN_S, n == 0 ? Double.NaN : sum / n);
        e.put(LATENCY_P50_S, RunSummary.percentileNearestRank(latencies, 50));
        e.put(LATENCY_P95_S, RunSummary.percentileNearestRank(latencies, 95));
        e.put(ROUNDS_MEAN, ratio(rounds, n));
        e.put(ROUNDS_MAX, (long) roundsMax);
        e.put(MESSAGES_PER_LOOKUP, ratio(messages, n));
        e.put(TIMEOUTS_PER_LOOKUP, ratio(timeouts, n));
        e.put(EVENTS, events);
        e.put(WALL_S, wallS);
        e.put(SEED, seed);
        extra.forEach((key, value) -> {
            if (STANDARD_KEYS.contains(key)) {
                throw new IllegalArgumentException("summary key '" + key + "' is computed by DhtLookupSummary");
            }
            JsonText.toJson(value); // validates early, with a clear message
            e.put(key, value);
        });
        return new DhtLookupSummary(e);
    }

    private static double ratio(long count, int n) {
        return n == 0 ? Double.NaN : count / (double) n;
    }

    /** All entries in output order. */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(ordered);
    }

    /** A numeric entry as a double (NaN if absent or not a number). */
    public double number(String key) {
        Object v = ordered.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The {@code summary.json} text (ends with a newline). */
    public String toJson() {
        return JsonText.toJson(ordered) + "\n";
    }
}
