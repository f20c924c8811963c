package org.swarmsim.scenario;

/**
 * {@code protocol.choker}. Defaults are the reference BitTorrent client's: 3 regular unchoke
 * slots by download rate plus 1 optimistic, re-choke every 10 s, rotate the optimistic unchoke
 * every 30 s, rates averaged over a 20 s window; seeds unchoke the peers they upload to fastest
 * ({@code upload_rate}; {@code legout} is Legout et al.'s round-robin seed rule).
 */
public record ChokerSpec(String policy, int regularSlots, int optimisticSlots, long rechokeIntervalNanos,
        long optimisticIntervalNanos, long windowNanos, String seedRule) {
    public static final String DEFAULT_POLICY = "tit_for_tat";
    public static final int DEFAULT_REGULAR_SLOTS = 3;
    public static final int DEFAULT_OPTIMISTIC_SLOTS = 1;
    public static final long DEFAULT_RECHOKE_INTERVAL_NANOS = 10_000_000_000L;
    public static final long DEFAULT_OPTIMISTIC_INTERVAL_NANOS = 30_000_000_000L;
    public static final long DEFAULT_WINDOW_NANOS = 20_000_000_000L;
    public static final String DEFAULT_SEED_RULE = "upload_rate";

    public ChokerSpec {
        if (regularSlots < 0 || optimisticSlots < 0 || rechokeIntervalNanos <= 0 || optimisticIntervalNanos <= 0
                || windowNanos <= 0) {
            throw new IllegalArgumentException("choker slots must be >= 0 and intervals > 0");
        }
    }

    /** The reference choker. */
    public static ChokerSpec defaults() {
        return new ChokerSpec(DEFAULT_POLICY, DEFAULT_REGULAR_SLOTS, DEFAULT_OPTIMISTIC_SLOTS,
                DEFAULT_RECHOKE_INTERVAL_NANOS, DEFAULT_OPTIMISTIC_INTERVAL_NANOS, DEFAULT_WINDOW_NANOS,
                DEFAULT_SEED_RULE);
    }
}
