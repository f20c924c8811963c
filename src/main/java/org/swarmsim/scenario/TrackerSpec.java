package org.swarmsim.scenario;

import java.util.List;

/**
 * {@code tracker}. Defaults follow common trackers: announce {@code interval} 30 min, and
 * {@code numwant} 50 peers per answer (the mainline client's request). {@code offline_at}: the
 * time the tracker goes down; absent means never ({@link #NEVER}). {@code seeders_receive}:
 * {@code leechers} (default: a seed's announce is answered with leechers only, as chihaya, XBT
 * Tracker and Ocelot do) or {@code everyone} (opentracker).
 */
public record TrackerSpec(long intervalNanos, int numwant, long offlineAtNanos, boolean seedersGetLeechersOnly) {
    public static final List<String> SEEDERS_RECEIVE = List.of("leechers", "everyone");
    public static final long NEVER = Long.MAX_VALUE;
    public static final long DEFAULT_INTERVAL_NANOS = 30L * 60 * 1_000_000_000L;
    public static final int DEFAULT_NUMWANT = 50;

    public TrackerSpec {
        if (intervalNanos <= 0 || numwant < 1 || offlineAtNanos < 0) {
            throw new IllegalArgumentException("interval > 0, numwant >= 1 and offline_at >= 0 required");
        }
    }

    public boolean goesOffline() {
        return offlineAtNanos != NEVER;
    }
}
