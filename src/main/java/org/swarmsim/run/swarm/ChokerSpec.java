package org.swarmsim.run.swarm;

import org.swarmsim.bittorrent.choker.ActiveSet;
import org.swarmsim.bittorrent.choker.ChokerConfig;

/**
 * {@code protocol.choker}. Defaults are the client's ({@link ChokerConfig#defaults()}, the
 * reference BitTorrent client's): 3 regular unchoke slots by download rate plus 1 optimistic,
 * re-choke every 10 s, rotate the optimistic unchoke every 30 s, rates averaged over a 20 s
 * window; seeds unchoke the peers they upload to fastest ({@code upload_rate}; {@code legout} is
 * Legout et al.'s round-robin seed rule). The optimistic interval is a whole number of re-choke
 * intervals and at least one slot is given. {@code active_set: azureus} gives each peer
 * ⌊√(0.6 · upload KiB/s)⌋ slots in all (Azureus 2.5, {@link ActiveSet}) instead of
 * {@code regular_slots + optimistic_slots}.
 */
public record ChokerSpec(String policy, int regularSlots, int optimisticSlots, long rechokeIntervalNanos,
        long optimisticIntervalNanos, long windowNanos, String seedRule, ActiveSet activeSet) {
    private static final ChokerConfig CLIENT = ChokerConfig.defaults();

    public static final String DEFAULT_POLICY = "tit_for_tat";
    public static final int DEFAULT_REGULAR_SLOTS = CLIENT.regularSlots();
    public static final int DEFAULT_OPTIMISTIC_SLOTS = CLIENT.optimisticSlots();
    public static final long DEFAULT_RECHOKE_INTERVAL_NANOS = CLIENT.rechokeIntervalNanos();
    public static final long DEFAULT_OPTIMISTIC_INTERVAL_NANOS = CLIENT.rechokeIntervalNanos() * CLIENT.optimisticEveryRounds();
    public static final long DEFAULT_WINDOW_NANOS = CLIENT.rateWindowNanos();
    public static final String DEFAULT_SEED_RULE = "upload_rate";
    public static final ActiveSet DEFAULT_ACTIVE_SET = ActiveSet.FIXED;

    public ChokerSpec {
        if (regularSlots < 0 || optimisticSlots < 0 || regularSlots + optimisticSlots < 1 || rechokeIntervalNanos <= 0
                || optimisticIntervalNanos <= 0 || windowNanos <= 0
                || optimisticIntervalNanos % rechokeIntervalNanos != 0 || activeSet == null) {
            throw new IllegalArgumentException("choker slots must be >= 0 with at least one in all, intervals > 0, "
                    + "and the optimistic interval a multiple of the rechoke interval");
        }
    }

    /** The reference choker. */
    public static ChokerSpec defaults() {
        return new ChokerSpec(DEFAULT_POLICY, DEFAULT_REGULAR_SLOTS, DEFAULT_OPTIMISTIC_SLOTS,
                DEFAULT_RECHOKE_INTERVAL_NANOS, DEFAULT_OPTIMISTIC_INTERVAL_NANOS, DEFAULT_WINDOW_NANOS,
                DEFAULT_SEED_RULE, DEFAULT_ACTIVE_SET);
    }

    /** Re-choke rounds an optimistic unchoke lasts. */
    public int optimisticRounds() {
        return (int) (optimisticIntervalNanos / rechokeIntervalNanos);
    }
}
