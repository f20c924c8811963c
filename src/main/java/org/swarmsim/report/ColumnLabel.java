package org.swarmsim.report;

import java.util.Locale;
import java.util.Map;

/**
 * Human labels for snake_case column and summary key names: {@code download_time_mean_s} becomes
 * "Mean download time", {@code bytes_from_seeds_total} "Total bytes from seeds". The unit suffix
 * is dropped (values carry their unit, see {@link ReadableNumber}); the page keeps the exact name
 * in a tooltip.
 */
public final class ColumnLabel {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("wall_s", "Wall-clock time"),
            Map.entry("sim_end_s", "Simulated end"),
            Map.entry("events", "Kernel events"),
            Map.entry("seed", "Seed"),
            Map.entry("replication", "Replication"),
            Map.entry("share_ratio", "Share ratio (up/down)"),
            Map.entry("peers_total", "Peers (seeds and leechers)"),
            Map.entry("peers_completed", "Leechers completed"),
            Map.entry("behaviour_download_time_mean_s", "Mean leecher download time"));
    private static final Map<String, String> ACRONYMS = Map.of(
            "pex", "PEX", "tex", "TEX", "mse", "MSE", "dht", "DHT", "rtt", "RTT", "ci95", "95% CI");
    private static final Map<String, String> STATISTICS = Map.of(
            "mean", "Mean", "p50", "Median", "p95", "95th percentile", "p99", "99th percentile",
            "max", "Max", "min", "Min", "total", "Total", "sd", "Standard deviation");

    private ColumnLabel() {
    }

    /** The human label of {@code name}. */
    public static String of(String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            return of(name.substring(0, colon)) + ", " + name.substring(colon + 1);  // a per-category sweep metric
        }
        String named = NAMED.get(name);
        if (named != null) {
            return named;
        }
        String base = name;
        for (String suffix : new String[] {"_Bps", "_bps", "_s"}) {
            if (base.endsWith(suffix) && base.length() > suffix.length()) {
                base = base.substring(0, base.length() - suffix.length());
                break;
            }
        }
        String[] words = base.split("_");
        String statistic = STATISTICS.get(words[words.length - 1]);
        StringBuilder sb = new StringBuilder();
        int last = statistic != null && words.length > 1 ? words.length - 1 : words.length;
        if (last != words.length && last > 1 && words[last - 1].equals("s")) {
            last--; // first_hit_s_mean: the unit before the statistic
        }
        if (statistic != null && last < words.length) {
            sb.append(statistic).append(' ');
        }
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(ACRONYMS.getOrDefault(words[i], words[i]));
        }
        String text = sb.toString();
        return statistic == null || last == words.length ? text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) : text;
    }
}
