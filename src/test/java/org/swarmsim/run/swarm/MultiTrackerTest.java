package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * Multi-tracker torrents (BEP 12) in swarm runs: a backup tracker keeps a swarm going through an
 * outage, and leechers that know only the first tracker do not use it; one tier of two trackers
 * splits a swarm between them (trackers do not share peers).
 */
class MultiTrackerTest {
    private static final String YAML = String.join("\n",
            "name: trackers",
            "seed: 3",
            "duration: 40min",
            "network: {latency: 20ms, classes: [{name: dsl, share: 100%, upload: 1Mbit/s, download: 8Mbit/s}]}",
            "torrent: {size: 4MiB}",
            "tracker: {numwant: 10}",
            "population:",
            "  seeds: {count: 1, upload: 4Mbit/s}",
            "  leechers: {arrival: poisson, rate: 20/min, duration: 10min, lingering: 0s}",
            "");

    private static SwarmResult run(String... sets) {
        Scenario s = Scenarios.parse(YAML, "trackers.yaml", Path.of("."), List.of(sets));
        assertEquals(s, Scenarios.parse(s.toYaml(), "resolved.yaml", Path.of("."), List.of()), "round trip");
        return SwarmRun.run(s, RunRequest.of(0));
    }

    private static long incomplete(SwarmResult r) {
        return r.peers().stream().filter(p -> !p.initialSeed() && !p.completed()).count();
    }

    @Test
    void aBackupTrackerInTheNextTierCarriesTheSwarmThroughAnOutage() {
        SwarmResult alone = run("tracker.offline_at=5min");
        SwarmResult backed = run("tracker.count=2", "tracker.offline_at=[5min, never]");
        assertTrue(incomplete(alone) > 0, "with one tracker, leechers arriving after the outage find nobody");
        assertEquals(0, incomplete(backed), "the second tier's tracker answers once the first stops");
        assertTrue(backed.peers().stream().allMatch(p -> p.discovery().trackersKnown() == 2));
    }

    @Test
    void leechersThatKnowOnlyTheFirstTrackerStallInItsOutageAndTheSeedFailsOver() {
        SwarmResult r = run("tracker.count=2", "tracker.offline_at=[5min, never]", "tracker.full_list=0%");
        assertTrue(incomplete(r) > 0, "leechers arriving after the outage know no working tracker");
        for (PeerRecord p : r.peers()) {
            assertEquals(p.initialSeed() ? 2 : 1, p.discovery().trackersKnown(), p.toString());
        }
        SwarmResult half = run("tracker.count=2", "tracker.offline_at=[5min, never]", "tracker.full_list=50%");
        long full = half.peers().stream().filter(p -> !p.initialSeed() && p.discovery().trackersKnown() == 2).count();
        long leechers = half.peers().stream().filter(p -> !p.initialSeed()).count();
        assertTrue(full > leechers / 4 && full < 3 * leechers / 4, full + " of " + leechers + " have the full list");
    }

    @Test
    void oneTierOfTwoTrackersIsShuffledPerPeerAndSplitsTheSwarm() {
        SwarmResult r = run("tracker.count=2", "tracker.tiers=[2]");
        // each peer announces to the first tracker of its own shuffle of the tier, and trackers do not
        // share peers: the leechers that drew the other tracker than the seed never meet it
        long leechers = r.peers().stream().filter(p -> !p.initialSeed()).count();
        long stuck = incomplete(r);
        assertTrue(stuck > leechers / 4 && stuck < 3 * leechers / 4, stuck + " of " + leechers
                + " leechers drew the seedless tracker (about half expected)");
        for (PeerRecord p : r.peers()) {
            if (!p.initialSeed() && !p.completed()) {
                assertEquals(0, p.bytesDownloaded(), p + " never met anyone with a piece");
            }
        }
    }
}
