package org.swarmsim.run.swarm;

import java.util.List;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.discovery.TrackerPlan;
import org.swarmsim.sim.SimTime;

/**
 * {@code tracker}. Defaults are the simulated tracker's ({@link TrackerConfig#defaults()}, common
 * trackers'): announce {@code interval} 30 min and {@code numwant} 50 peers per answer (the
 * mainline client's request). {@code offline_at}: the time the tracker goes down; absent means
 * never ({@link #NEVER}). {@code seeders_receive}: {@code leechers} (default: a seed's announce is
 * answered with leechers only, as chihaya, XBT Tracker and Ocelot do) or {@code everyone}
 * (opentracker). {@code min_ratio} (default 0: none) and {@code ratio_grace} (default 0 B): a private
 * tracker's ratio rule, refusing the announces of a leecher whose announced uploaded / downloaded
 * is below {@code min_ratio} once it has downloaded more than {@code ratio_grace}. {@code count},
 * {@code tiers}, {@code full_list} and a list for {@code offline_at}: several trackers (BEP 12),
 * see {@link TrackerPlan}.
 */
public record TrackerSpec(long intervalNanos, int numwant, TrackerPlan plan, boolean seedersGetLeechersOnly,
                          double minRatio, long ratioGraceBytes) {
    private static final TrackerConfig SERVER = TrackerConfig.defaults();

    public static final List<String> SEEDERS_RECEIVE = List.of("leechers", "everyone");
    public static final long NEVER = Long.MAX_VALUE;
    public static final long DEFAULT_INTERVAL_NANOS = SimTime.seconds(SERVER.intervalSeconds());
    public static final int DEFAULT_NUMWANT = SERVER.maxNumwant();

    /** One tracker without a ratio rule. */
    public TrackerSpec(long intervalNanos, int numwant, long offlineAtNanos, boolean seedersGetLeechersOnly) {
        this(intervalNanos, numwant, TrackerPlan.single(offlineAtNanos), seedersGetLeechersOnly, 0, 0);
    }

    public TrackerSpec {
        if (intervalNanos <= 0 || numwant < 1 || plan == null
                || plan.offlineAtNanos().stream().anyMatch(t -> t < 0)) {
            throw new IllegalArgumentException("interval > 0, numwant >= 1 and offline_at >= 0 required");
        }
    }

    /** All defaults. */
    public static TrackerSpec defaults() {
        return new TrackerSpec(DEFAULT_INTERVAL_NANOS, DEFAULT_NUMWANT, NEVER, SERVER.seedersGetLeechersOnly());
    }

    /** When the first tracker goes down ({@link #NEVER}: never). */
    public long offlineAtNanos() {
        return plan.offlineAtNanos().get(0);
    }

    /** Whether the (first) tracker goes down. */
    public boolean goesOffline() {
        return offlineAtNanos() != NEVER;
    }

    /** The simulated tracker: these settings on the default server (whole seconds of interval, at least 1). */
    public TrackerConfig config() {
        return SERVER.withIntervalSeconds((int) Math.max(1, intervalNanos / SimTime.NANOS_PER_SECOND))
                .withMaxNumwant(numwant).withSeedersGetLeechersOnly(seedersGetLeechersOnly)
                .withRatioRule(minRatio, ratioGraceBytes);
    }
}
