package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.random.RandomStreams;

/** {@code population.leechers.abort}: leechers that give up after a drawn time. */
class AbortingLeechersTest {
    private static final String YAML = String.join("\n",
            "name: aborts",
            "duration: 1h",
            "torrent: {size: 4MiB}",
            "population:",
            "  seeds: {count: 1, upload: 50KB/s}",
            "  leechers:",
            "    count: 30",
            "    abort: {dist: exponential, mean: 30s}",
            "");

    @Test
    void abortTimesAreDrawnPerLeecherAndRoundTripThroughYaml() {
        Scenario s = Scenarios.parse(YAML, "aborts.yaml", Path.of("."), List.of());
        assertEquals("exponential", SwarmSpec.of(s).population().leechers().abort().dist());
        assertEquals(s, Scenarios.parse(s.toYaml(), "resolved.yaml", Path.of("."), List.of()));
        List<PeerSpec> specs = PopulationPlan.of(s, new RandomStreams(s.seed()));
        long finite = specs.stream().filter(p -> !p.initialSeed() && p.abortAfterNanos() != PeerSpec.FOREVER).count();
        assertEquals(30, finite);
        Scenario never = Scenarios.parse(YAML.replace("    abort: {dist: exponential, mean: 30s}\n", ""), "x.yaml",
                Path.of("."), List.of());
        assertTrue(PopulationPlan.of(never, new RandomStreams(1)).stream().allMatch(p -> p.abortAfterNanos() == PeerSpec.FOREVER));
    }

    @Test
    void aSlowSwarmLosesLeechersThatAbortAndTheRunStillEnds() {
        Scenario s = Scenarios.parse(YAML, "aborts.yaml", Path.of("."), List.of());
        SwarmResult r = SwarmRun.run(s, RunRequest.of(0));
        long aborted = r.peers().stream()
                .filter(p -> !p.initialSeed() && !p.completed() && !Double.isNaN(p.leaveS()))
                .count();
        assertTrue(aborted > 0, "some leechers gave up: " + aborted);
        assertEquals(30, r.leechersDone() + aborted, "every leecher completed or left");
        for (PeerRecord p : r.peers()) {
            if (!p.completed() && !p.initialSeed()) {
                assertTrue(p.bytesDownloaded() < 4L * 1024 * 1024, p + " left before it had the file");
            }
        }
    }
}
