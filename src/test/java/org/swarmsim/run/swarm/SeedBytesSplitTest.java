package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * {@code bytes_from_initial_seeds}, {@code bytes_from_completed} and {@code bytes_from_leechers}: who
 * a leecher's bytes came from, by what the sender was when it sent them, in swarms of one seed and
 * two leechers small enough to reason about by hand.
 */
class SeedBytesSplitTest {
    private static final long SIZE = 1024 * 1024;

    @TempDir
    Path tmp;

    private SwarmResult run(String... arrivals) throws IOException {
        Path times = Files.writeString(tmp.resolve("arrivals.txt"), String.join("\n", arrivals) + "\n");
        String yaml = String.join("\n",
                "name: split",
                "duration: 5min",
                "network: {latency: 10ms}",
                "torrent: {size: 1MiB}",
                "population:",
                "  seeds: {count: 1, upload: 200KB/s}",
                "  leechers: {arrival: trace, file: " + times.getFileName() + ", lingering: forever}",
                "metrics: {sample_interval: 5s}",
                "");
        Scenario s = Scenarios.parse(yaml, "split.yaml", tmp, List.of());
        return SwarmRun.run(s, RunRequest.of(0));
    }

    @Test
    void aLeecherJoiningAfterTheFirstCompletedGetsItsBytesFromTheSeedAndTheCompletedLeecherOnly() throws IOException {
        SwarmResult r = run("0s", "60s");
        PeerRecord seed = r.peers().get(0);
        PeerRecord first = r.peers().get(1);
        PeerRecord second = r.peers().get(2);
        assertTrue(seed.initialSeed() && first.completed() && second.completed(), r.peers().toString());
        assertTrue(first.completionS() < 60, "the first leecher completed before the second joined: " + first);
        assertTrue(first.bytesDownloaded() >= SIZE, "the whole file, and any end-game duplicates: " + first);
        assertEquals(first.bytesDownloaded(), first.bytesFromInitialSeeds(), "alone with the seed, all from it");
        assertEquals(0, first.bytesFromCompleted());
        assertEquals(0, first.bytesFromLeechers());
        assertTrue(second.bytesDownloaded() >= SIZE, second.toString());
        assertEquals(second.bytesDownloaded(), second.bytesFromInitialSeeds() + second.bytesFromCompleted());
        assertEquals(0, second.bytesFromLeechers(), "the only other leecher had completed when it sent");
        assertTrue(second.bytesFromCompleted() > 0, "the completed leecher uploaded as a seed: " + second);
        assertEquals(first.bytesUploaded(), second.bytesFromCompleted());
        assertEquals(seed.bytesUploaded(), first.bytesFromInitialSeeds() + second.bytesFromInitialSeeds());
        assertSummaryAddsUp(r);
    }

    @Test
    void twoLeechersArrivingTogetherSplitTheirBytesBetweenTheSeedAndEachOther() throws IOException {
        SwarmResult r = run("0s", "0s");
        PeerRecord seed = r.peers().get(0);
        List<PeerRecord> leechers = r.peers().subList(1, 3);
        long fromInitial = 0;
        long fromOthers = 0;
        long uploadedByLeechers = 0;
        for (PeerRecord p : leechers) {
            assertTrue(p.completed(), p.toString());
            assertTrue(p.bytesDownloaded() >= SIZE, p.toString());
            assertEquals(p.bytesDownloaded(), p.bytesFromInitialSeeds() + p.bytesFromCompleted() + p.bytesFromLeechers(),
                    p.toString());
            fromInitial += p.bytesFromInitialSeeds();
            fromOthers += p.bytesFromCompleted() + p.bytesFromLeechers();
            uploadedByLeechers += p.bytesUploaded();
        }
        assertEquals(seed.bytesUploaded(), fromInitial, "the initial seed's bytes are what it uploaded");
        assertEquals(uploadedByLeechers, fromOthers);
        assertTrue(leechers.get(0).bytesFromLeechers() + leechers.get(1).bytesFromLeechers() > 0,
                "downloading together, they traded pieces");
        assertEquals(0, seed.bytesDownloaded());
        assertSummaryAddsUp(r);
    }

    private static void assertSummaryAddsUp(SwarmResult r) {
        Summary s = r.summary(0.0);
        assertEquals(s.number("downloaded_bytes_total"), s.number("bytes_from_initial_seeds_total")
                + s.number("bytes_from_completed_total") + s.number("bytes_from_leechers_total"));
        assertEquals(r.peers().stream().mapToLong(PeerRecord::bytesDownloaded).sum(), s.number("downloaded_bytes_total"));
        assertEquals(s.number("uploaded_bytes_total"), s.number("downloaded_bytes_total"));
    }
}
