package org.swarmsim.bittorrent.tracker;

/**
 * How a simulated tracker is set up, with the defaults every swarm uses unless a scenario says
 * otherwise ({@link #defaults()}): its node's capacities, the intervals it tells clients, the
 * peers per answer and whom it returns to seeds.
 *
 * @param uploadBytesPerSecond   the tracker node's upload capacity (100 MB/s: never the bottleneck)
 * @param downloadBytesPerSecond its download capacity (100 MB/s)
 * @param intervalSeconds        re-announce interval told to clients (1800 s, common tracker default)
 * @param minIntervalSeconds     minimum interval told to clients (30 s)
 * @param maxNumwant             peers per answer at most (50, what the mainline client asks for)
 * @param seedersGetLeechersOnly whether a seed's announce is answered with leechers only (true: chihaya,
 *                               XBT Tracker, Ocelot; false: opentracker)
 * @param minRatio               a private tracker's ratio rule: a leecher whose announced uploaded /
 *                               downloaded is below this, once it has downloaded more than
 *                               {@code ratioGraceBytes}, is refused (0: no rule)
 * @param ratioGraceBytes        what a leecher may download before the rule applies
 */
public record TrackerConfig(long uploadBytesPerSecond, long downloadBytesPerSecond, int intervalSeconds,
                            int minIntervalSeconds, int maxNumwant, boolean seedersGetLeechersOnly, double minRatio,
                            long ratioGraceBytes) {
    /** A tracker without a ratio rule. */
    public TrackerConfig(long uploadBytesPerSecond, long downloadBytesPerSecond, int intervalSeconds,
                         int minIntervalSeconds, int maxNumwant, boolean seedersGetLeechersOnly) {
        this(uploadBytesPerSecond, downloadBytesPerSecond, intervalSeconds, minIntervalSeconds, maxNumwant,
                seedersGetLeechersOnly, 0, 0);
    }

    public TrackerConfig {
        if (!(minRatio >= 0) || Double.isInfinite(minRatio) || ratioGraceBytes < 0) {
            throw new IllegalArgumentException("the minimum ratio must be a finite number >= 0 and the grace >= 0 bytes");
        }
        if (uploadBytesPerSecond <= 0 || downloadBytesPerSecond <= 0 || intervalSeconds < 1 || minIntervalSeconds < 0
                || maxNumwant < 1) {
            throw new IllegalArgumentException("tracker capacities must be positive, the interval >= 1 s, the minimum "
                    + "interval >= 0 s and numwant >= 1");
        }
    }

    /** The defaults: 100 MB/s both ways, 30 min interval, 30 s minimum, 50 peers, leechers only to seeds. */
    public static TrackerConfig defaults() {
        return new TrackerConfig(100_000_000, 100_000_000, 1800, 30, 50, true);
    }

    /** The same with another announce interval. */
    public TrackerConfig withIntervalSeconds(int seconds) {
        return new TrackerConfig(uploadBytesPerSecond, downloadBytesPerSecond, seconds, minIntervalSeconds, maxNumwant,
                seedersGetLeechersOnly, minRatio, ratioGraceBytes);
    }

    /** The same with another number of peers per answer. */
    public TrackerConfig withMaxNumwant(int numwant) {
        return new TrackerConfig(uploadBytesPerSecond, downloadBytesPerSecond, intervalSeconds, minIntervalSeconds, numwant,
                seedersGetLeechersOnly, minRatio, ratioGraceBytes);
    }

    /** The same with another answer to seeds. */
    public TrackerConfig withSeedersGetLeechersOnly(boolean leechersOnly) {
        return new TrackerConfig(uploadBytesPerSecond, downloadBytesPerSecond, intervalSeconds, minIntervalSeconds,
                maxNumwant, leechersOnly, minRatio, ratioGraceBytes);
    }

    /** The same with a private tracker's ratio rule ({@code minRatio} 0: none). */
    public TrackerConfig withRatioRule(double ratio, long graceBytes) {
        return new TrackerConfig(uploadBytesPerSecond, downloadBytesPerSecond, intervalSeconds, minIntervalSeconds,
                maxNumwant, seedersGetLeechersOnly, ratio, graceBytes);
    }
}
