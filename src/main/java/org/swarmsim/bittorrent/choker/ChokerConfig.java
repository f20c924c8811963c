package org.swarmsim.bittorrent.choker;

/**
 * The numbers of the choke algorithms, mainline defaults in {@link #defaults()}.
 *
 * @param regularSlots             peers unchoked for what they give us (leecher) or by rank (seed): 3
 * @param optimisticSlots          peers unchoked at random on top: 1
 * @param rechokeIntervalNanos     how often the peer calls {@link Choker#rechoke}: 10 s
 * @param optimisticEveryRounds    rounds an optimistic unchoke lasts (and the seed cycle length): 3 (30 s)
 * @param rateWindowNanos          window of the byte counters in {@link ChokeCandidate}: 20 s
 * @param snubTimeoutNanos         a peer that sent us no block for this long is snubbed: 60 s
 * @param newPeerWindowNanos       a peer connected less than this long ago is new: 60 s
 * @param newPeerWeight            how much likelier a new peer is to get the optimistic slot: 3
 * @param minRegularBytesInWindow  bytes a peer must have given us in the window to earn a regular
 *                                 slot as a leecher (free riders never do): 1
 * @param recentUnchokeWindowNanos Legout seed rule: an unchoked peer is ordered by its last unchoke
 *                                 time if unchoked this recently (or if it has pending requests): 20 s
 * @param activeSet                whether the regular slots are {@code regularSlots} for every peer or
 *                                 grow with its upload capacity ({@link ActiveSet}; a swarm gives each
 *                                 peer {@link #forUploadRate}): fixed
 */
public record ChokerConfig(
        int regularSlots,
        int optimisticSlots,
        long rechokeIntervalNanos,
        int optimisticEveryRounds,
        long rateWindowNanos,
        long snubTimeoutNanos,
        long newPeerWindowNanos,
        int newPeerWeight,
        long minRegularBytesInWindow,
        long recentUnchokeWindowNanos,
        ActiveSet activeSet) {

    private static final long SECOND = 1_000_000_000L;

    /** Validates the numbers. */
    public ChokerConfig {
        requireAtLeast("regularSlots", regularSlots, 0);
        requireAtLeast("optimisticSlots", optimisticSlots, 0);
        requireAtLeast("rechokeIntervalNanos", rechokeIntervalNanos, 1);
        requireAtLeast("optimisticEveryRounds", optimisticEveryRounds, 1);
        requireAtLeast("rateWindowNanos", rateWindowNanos, 1);
        requireAtLeast("snubTimeoutNanos", snubTimeoutNanos, 1);
        requireAtLeast("newPeerWindowNanos", newPeerWindowNanos, 0);
        requireAtLeast("newPeerWeight", newPeerWeight, 1);
        requireAtLeast("minRegularBytesInWindow", minRegularBytesInWindow, 0);
        requireAtLeast("recentUnchokeWindowNanos", recentUnchokeWindowNanos, 0);
        if (activeSet == null) {
            throw new IllegalArgumentException("activeSet is required (ActiveSet.FIXED for mainline's)");
        }
        if (regularSlots + optimisticSlots == 0) {
            throw new IllegalArgumentException("regularSlots + optimisticSlots must be >= 1: a peer that never unchokes uploads nothing");
        }
    }

    /** Mainline BitTorrent: 3 regular + 1 optimistic, rechoke every 10 s, optimistic every 30 s. */
    public static ChokerConfig defaults() {
        return new ChokerConfig(3, 1, 10 * SECOND, 3, 20 * SECOND, 60 * SECOND, 60 * SECOND, 3, 1, 20 * SECOND, ActiveSet.FIXED);
    }

    /** The same with {@code regularSlots} changed. */
    public ChokerConfig withRegularSlots(int slots) {
        return new ChokerConfig(slots, optimisticSlots, rechokeIntervalNanos, optimisticEveryRounds, rateWindowNanos,
                snubTimeoutNanos, newPeerWindowNanos, newPeerWeight, minRegularBytesInWindow, recentUnchokeWindowNanos,
                activeSet);
    }

    /** The same with {@code optimisticSlots} changed. */
    public ChokerConfig withOptimisticSlots(int slots) {
        return new ChokerConfig(regularSlots, slots, rechokeIntervalNanos, optimisticEveryRounds, rateWindowNanos,
                snubTimeoutNanos, newPeerWindowNanos, newPeerWeight, minRegularBytesInWindow, recentUnchokeWindowNanos,
                activeSet);
    }

    /** The same with {@code newPeerWeight} changed (1 = new peers not favoured). */
    public ChokerConfig withNewPeerWeight(int weight) {
        return new ChokerConfig(regularSlots, optimisticSlots, rechokeIntervalNanos, optimisticEveryRounds,
                rateWindowNanos, snubTimeoutNanos, newPeerWindowNanos, weight, minRegularBytesInWindow,
                recentUnchokeWindowNanos, activeSet);
    }

    /** The same with the active-set rule changed. */
    public ChokerConfig withActiveSet(ActiveSet rule) {
        return new ChokerConfig(regularSlots, optimisticSlots, rechokeIntervalNanos, optimisticEveryRounds,
                rateWindowNanos, snubTimeoutNanos, newPeerWindowNanos, newPeerWeight, minRegularBytesInWindow,
                recentUnchokeWindowNanos, rule);
    }

    /**
     * The numbers of one peer uploading at {@code uploadBytesPerSecond}: these for a fixed active
     * set, else with the regular slots its active set leaves besides the optimistic ones.
     */
    public ChokerConfig forUploadRate(double uploadBytesPerSecond) {
        if (activeSet == ActiveSet.FIXED) {
            return this;
        }
        return withRegularSlots(activeSet.size(uploadBytesPerSecond, this) - optimisticSlots);
    }

    /** Total upload slots: regular plus optimistic. */
    public int totalSlots() {
        return regularSlots + optimisticSlots;
    }

    private static void requireAtLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
    }
}
