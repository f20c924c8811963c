package org.swarmsim.metrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of one run, written as {@code summary.json} with keys in a fixed order:
 * {@value #PEERS_TOTAL}, {@value #PEERS_COMPLETED}, {@value #DOWNLOAD_TIME_MEAN_S},
 * {@value #DOWNLOAD_TIME_P50_S}, {@value #DOWNLOAD_TIME_P95_S}, {@value #DOWNLOAD_TIME_MAX_S},
 * {@value #LAST_COMPLETION_S}, {@value #UPLOADED_BYTES_TOTAL}, {@value #DOWNLOADED_BYTES_TOTAL},
 * {@value #BYTES_FROM_SEEDS_TOTAL}, {@value #BYTES_FROM_LEECHERS_TOTAL}, {@value #EVENTS},
 * {@value #WALL_S}, {@value #SEED}, then extra entries in the order they were put.
 *
 * <p>Download times are {@code completionS - joinS} over peers that completed; with none, the
 * download-time statistics are written as {@code null}. Percentiles use the <b>nearest-rank</b>
 * definition: the p-th percentile of n sorted values is the value at 1-based rank
 * {@code ceil(p / 100 * n)} (at least 1), so it is always one of the observed values.
 * {@value #WALL_S} (host seconds spent) is the only non-deterministic field.
 */
public final class RunSummary {
    public static final String PEERS_TOTAL = "peers_total";
    public static final String PEERS_COMPLETED = "peers_completed";
    public static final String DOWNLOAD_TIME_MEAN_S = "download_time_mean_s";
    public static final String DOWNLOAD_TIME_P50_S = "download_time_p50_s";
    public static final String DOWNLOAD_TIME_P95_S = "download_time_p95_s";
    public static final String DOWNLOAD_TIME_MAX_S = "download_time_max_s";
    public static final String LAST_COMPLETION_S = "last_completion_s";
    public static final String UPLOADED_BYTES_TOTAL = "uploaded_bytes_total";
    public static final String DOWNLOADED_BYTES_TOTAL = "downloaded_bytes_total";
    public static final String BYTES_FROM_SEEDS_TOTAL = "bytes_from_seeds_total";
    public static final String BYTES_FROM_LEECHERS_TOTAL = "bytes_from_leechers_total";
    public static final String EVENTS = "events";
    public static final String WALL_S = "wall_s";
    public static final String SEED = "seed";

    /** The standard keys, in output order. */
    public static final List<String> STANDARD_KEYS = List.of(PEERS_TOTAL, PEERS_COMPLETED, DOWNLOAD_TIME_MEAN_S,
            DOWNLOAD_TIME_P50_S, DOWNLOAD_TIME_P95_S, DOWNLOAD_TIME_MAX_S, LAST_COMPLETION_S, UPLOADED_BYTES_TOTAL,
            DOWNLOADED_BYTES_TOTAL, BYTES_FROM_SEEDS_TOTAL, BYTES_FROM_LEECHERS_TOTAL, EVENTS, WALL_S, SEED);

    private final LinkedHashMap<String, Object> ordered;
    private final Map<String, Object> entries;

    private RunSummary(LinkedHashMap<String, Object> ordered) {
        this.ordered = ordered;
        this.entries = Collections.unmodifiableMap(ordered);
    }

    /** Starts a summary of {@code peers}; set the run facts on the builder. */
    public static Builder builder(PeerTable peers) {
        return new Builder(peers);
    }

    /**
     * Nearest-rank percentile of values sorted ascending: the value at 1-based rank
     * {@code max(1, ceil(p / 100 * n))}. NaN for an empty array.
     *
     * @param percent in [0, 100]
     */
    public static double percentileNearestRank(double[] sortedAscending, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percent);
        }
        int n = sortedAscending.length;
        if (n == 0) {
            return Double.NaN;
        }
        // Exact integer arithmetic where possible avoids 0.95 * 20 = 19.000000000000004 -> rank 20.
        long rank = new java.math.BigDecimal(percent)
                .multiply(java.math.BigDecimal.valueOf(n))
                .divide(java.math.BigDecimal.valueOf(100))
                .setScale(0, java.math.RoundingMode.CEILING)
                .longValueExact();
        rank = Math.max(1, Math.min(n, rank));
        return sortedAscending[(int) rank - 1];
    }

    /** All entries in output order; values are Long, Double (possibly NaN), String or nested maps. */
    public Map<String, Object> entries() {
        return entries;
    }

    /** A numeric entry as a double (NaN if absent or not a number). */
    public double number(String key) {
        Object v = entries.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public long peersTotal() {
        return (Long) entries.get(PEERS_TOTAL);
    }

    public long peersCompleted() {
        return (Long) entries.get(PEERS_COMPLETED);
    }

    public long uploadedBytesTotal() {
        return (Long) entries.get(UPLOADED_BYTES_TOTAL);
    }

    public long downloadedBytesTotal() {
        return (Long) entries.get(DOWNLOADED_BYTES_TOTAL);
    }

    /** The {@code summary.json} text (ends with a newline). */
    public String toJson() {
        return JsonText.toJson(ordered) + "\n";
    }

    /** Collects the run facts that the peer table does not know. */
    public static final class Builder {
        private final PeerTable peers;
        private long events;
        private double wallS = Double.NaN;
        private long seed;
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private Builder(PeerTable peers) {
            this.peers = peers;
        }

        /** Number of events the kernel executed. */
        public Builder events(long events) {
            if (events < 0) {
                throw new IllegalArgumentException("events must be >= 0, got " + events);
            }
            this.events = events;
            return this;
        }

        /** Host (wall-clock) seconds the run took, measured by the caller. */
        public Builder wallS(double wallS) {
            this.wallS = wallS;
            return this;
        }

        /** The master seed of the run. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * An extra entry written after the standard keys (e.g. {@code scenario}, {@code replication},
         * or a nested LinkedHashMap of DHT metrics). The key must not be a standard key.
         */
        public Builder put(String key, Object value) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("summary keys must be non-blank");
            }
            if (STANDARD_KEYS.contains(key)) {
                throw new IllegalArgumentException("summary key '" + key + "' is computed by RunSummary; choose another name");
            }
            JsonText.toJson(value); // validates the value early, with a clear message
            extra.put(key, value);
            return this;
        }

        public RunSummary build() {
            List<PeerRecord> records = peers.records();
            double[] times = new double[records.size()];
            int completed = 0;
            double lastCompletion = Double.NaN;
            long fromSeeds = 0;
            long fromLeechers = 0;
            for (PeerRecord r : records) {
                if (r.completed()) {
                    times[completed++] = r.downloadTimeS();
                    lastCompletion = Double.isNaN(lastCompletion) ? r.completionS() : Math.max(lastCompletion, r.completionS());
                }
                fromSeeds = Math.addExact(fromSeeds, r.bytesFromSeeds());
                fromLeechers = Math.addExact(fromLeechers, r.bytesFromLeechers());
            }
            double[] sorted = Arrays.copyOf(times, completed);
            Arrays.sort(sorted);
            double sum = 0;
            for (double t : sorted) {
                sum += t; // ascending order: a fixed summation order, so the mean is reproducible
            }
            LinkedHashMap<String, Object> e = new LinkedHashMap<>();
            e.put(PEERS_TOTAL, (long) records.size());
            e.put(PEERS_COMPLETED, (long) completed);
            e.put(DOWNLOAD_TIME_MEAN_S, completed == 0 ? Double.NaN : sum / completed);
            e.put(DOWNLOAD_TIME_P50_S, percentileNearestRank(sorted, 50));
            e.put(DOWNLOAD_TIME_P95_S, percentileNearestRank(sorted, 95));
            e.put(DOWNLOAD_TIME_MAX_S, completed == 0 ? Double.NaN : sorted[completed - 1]);
            e.put(LAST_COMPLETION_S, lastCompletion);
            e.put(UPLOADED_BYTES_TOTAL, peers.uploadedBytesTotal());
            e.put(DOWNLOADED_BYTES_TOTAL, peers.downloadedBytesTotal());
            e.put(BYTES_FROM_SEEDS_TOTAL, fromSeeds);
            e.put(BYTES_FROM_LEECHERS_TOTAL, fromLeechers);
            e.put(EVENTS, events);
            e.put(WALL_S, wallS);
            e.put(SEED, seed);
            e.putAll(extra);
            return new RunSummary(e);
        }
    }
}
