package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The trackers of a swarm (BEP 12 multi-tracker torrents): how many, their tiers in the
 * announce-list, when each goes offline, and the share of leechers whose announce-list holds them
 * all (they have the .torrent); the others know the first tracker only (they came from a magnet
 * link with one {@code tr}). The initial seeds, who made the torrent, know them all. Tracker
 * exchange can tell the others of the rest.
 *
 * @param tiers           tier sizes, in order; they sum to the number of trackers
 * @param offlineAtNanos  per tracker, when it goes down ({@link Long#MAX_VALUE}: never)
 * @param fullListShare   the share of leechers that know every tracker, in [0, 1]
 */
public record TrackerPlan(List<Integer> tiers, List<Long> offlineAtNanos, double fullListShare) {
    public TrackerPlan {
        tiers = List.copyOf(tiers);
        offlineAtNanos = List.copyOf(offlineAtNanos);
        if (!(fullListShare >= 0 && fullListShare <= 1)) {
            throw new IllegalArgumentException("the share of leechers with the full list must be in [0, 1]: " + fullListShare);
        }
        int sum = 0;
        for (int t : tiers) {
            if (t < 1) {
                throw new IllegalArgumentException("a tier holds at least one tracker: " + tiers);
            }
            sum += t;
        }
        if (sum < 1 || sum != offlineAtNanos.size()) {
            throw new IllegalArgumentException("tiers " + tiers + " must sum to the " + offlineAtNanos.size()
                    + " trackers (at least 1)");
        }
    }

    /** One tracker going offline at {@code offlineAtNanos} (or never). */
    public static TrackerPlan single(long offlineAtNanos) {
        return new TrackerPlan(List.of(1), List.of(offlineAtNanos), 1.0);
    }

    /** How many trackers. */
    public int count() {
        return offlineAtNanos.size();
    }

    /** The announce-list of every peer that knows all trackers: their URLs grouped by {@link #tiers}. */
    public List<List<String>> announceList(List<String> urls) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        for (int size : tiers) {
            out.add(List.copyOf(urls.subList(i, i + size)));
            i += size;
        }
        return out;
    }
}
