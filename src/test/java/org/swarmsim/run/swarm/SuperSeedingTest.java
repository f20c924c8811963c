package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * Super-seeding (BEP 16): a slow seed that must upload the first copy of every piece sends about one
 * copy of the content before the first leecher completes (BEP 16: about 105%), markedly less than a
 * normal seed; everyone still completes.
 */
class SuperSeedingTest {
    private static final String YAML = String.join("\n",
            "name: super-seeding",
            "seed: 11",
            "duration: 2h",
            "network:",
            "  latency: {model: distribution, dist: uniform, min: 10ms, max: 100ms}",
            "  classes: [{name: dsl, share: 100%, upload: 1Mbit/s, download: 8Mbit/s}]",
            "torrent: {size: 5MiB, piece_length: 32KiB}",
            "population:",
            "  seeds: {count: 1, upload: 512kbit/s, lingering: forever}",
            "  leechers: {count: 20, at: 10s, lingering: forever}",
            "");
    private static final double CONTENT = 5 * 1024 * 1024;

    /** The seed's uploads before the first leecher completes, in copies of the content. */
    private static final class SeedUpload implements Probe, SwarmListener {
        long beforeFirst;
        boolean done;

        @Override
        public void sample(long nowNanos) {
        }

        @Override
        public void onPayload(Peer receiver, Peer sender, long bytes) {
            if (sender.spec().initialSeed() && !done) {
                beforeFirst += bytes;
            }
        }

        @Override
        public void onPeerCompleted(Peer peer) {
            done = true;
        }
    }

    private static double copiesBeforeFirstCompletion(String rule) {
        Scenario s = Scenarios.parse(YAML, "ss.yaml", Path.of("."), List.of("protocol.choker.seed_rule=" + rule));
        SeedUpload probe = new SeedUpload();
        SwarmResult r = SwarmRun.run(s, new RunRequest(0, null, null, List.of(probe)));
        assertEquals(20, r.leechersDone(), rule + ": everyone completes");
        return probe.beforeFirst / CONTENT;
    }

    @Test
    void aSuperSeedUploadsAboutOneCopyBeforeTheFirstCompletionAndANormalSeedMore() {
        double superSeed = copiesBeforeFirstCompletion("super_seeding");
        double normal = copiesBeforeFirstCompletion("legout");
        assertTrue(superSeed >= 1.0 && superSeed < 1.06, "super-seeding: " + superSeed + " copies");
        assertTrue(normal > superSeed + 0.05, "normal seed " + normal + " copies, super seed " + superSeed);
    }
}
