package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The trackers of a swarm (BEP 12 multi-tracker torrents): how many, their tiers in the
 * announce-list, when each goes offline, and whether every peer's announce-list holds them all (a
 * .torrent's announce-list) or only one each (peer i knows tracker i mod count: peers that came
 * from different magnet links or .torrent files, whom tracker exchange can bring together).
 *
 * @param tiers           tier sizes, in order; they sum to the number of trackers
 * @param offlineAtNanos  per tracker, when it goes down ({@link Long#MAX_VALUE}: never)
 * @param eachPeerKnowsOne whether peer i's announce-list is tracker i mod count alone
 */
public record TrackerPlan(List<Integer> tiers, List<Long> offlineAtNanos, boolean eachPeerKnowsOne) {
    public TrackerPlan {
        tiers = List.copyOf(tiers);
        offlineAtNanos = List.copyOf(offlineAtNanos);
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
        return new TrackerPlan(List.of(1), List.of(offlineAtNanos), false);
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
