package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.picker.RandomSelection;
import org.swarmsim.bittorrent.picker.RarestFirstSelection;
import org.swarmsim.sim.SimTime;

/**
 * Piece selection with a seed that is the bottleneck (Bharambe, Herley, Padmanabhan, "Analyzing
 * and improving a BitTorrent network's performance mechanisms", 2006): a flash crowd of 60
 * leechers that leave on completion, a 50 KB/s seed and leechers that upload 30 KB/s. Rarest first
 * has leechers fetch from the seed the pieces nobody else has, so the seed's scarce upload
 * carries new pieces; random selection spends it on pieces the swarm already holds, and every
 * leecher finishes later.
 *
 * <p>The "pieces missing from the leechers": with that 50 KB/s seed some piece is held only by the
 * seed most of the time with either picker (the seed is slower than a leecher's share of the
 * swarm). With the seed at 200 KB/s every piece reaches the leechers within minutes, and from
 * then on random selection lets pieces disappear from them again far more of the time than rarest
 * first, which replicates the rarest pieces before their holders leave.
 */
class PieceDiversityTest {
    private static final long KB = 1000;

    /** Mean download time; fraction of 1 s samples, after every piece first reached a leecher, with one gone. */
    private record Outcome(double meanDownloadS, double lossFraction) {
    }

    private static Outcome run(boolean rarest, long seed, long seedUpload) {
        SwarmKit kit = new SwarmKit(seed, 40L * 256 * 1024, 256 * 1024, SimTime.millis(30));
        kit.builder.selection(() -> rarest ? RarestFirstSelection.INSTANCE : RandomSelection.INSTANCE);
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", seedUpload, seedUpload, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 60; i++) {
            swarm.addPeer(PeerSpec.leecher("peer", 30 * KB, 1000 * KB, 0, 0));
        }
        boolean allOut = false;
        int samples = 0;
        int missing = 0;
        while (swarm.statistics().completedLeechers() < swarm.leechersExpected() && kit.sim.now() < SimTime.hours(3)) {
            kit.sim.run(kit.sim.now() + SimTime.seconds(1));
            if (swarm.statistics().onlineLeechers() == 0) {
                continue;
            }
            boolean gone = swarm.statistics().piecesMissingAmongLeechers() > 0;
            if (allOut) {
                samples++;
                missing += gone ? 1 : 0;
            }
            allOut |= !gone;
        }
        assertEquals(60, swarm.statistics().completedLeechers());
        double mean = swarm.peers().stream().filter(p -> !p.spec().initialSeed())
                .mapToDouble(p -> p.completionNanos() / 1e9).average().orElseThrow();
        return new Outcome(mean, samples == 0 ? Double.NaN : (double) missing / samples);
    }

    @Test
    void rarestFirstMakesBetterUseOfASlowSeedThanRandomSelection() {
        double rarest = 0;
        double random = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Outcome a = run(true, seed, 50 * KB);
            Outcome b = run(false, seed, 50 * KB);
            System.out.printf(java.util.Locale.ROOT, "seed %d: mean download rarest-first %.0f s, random %.0f s%n",
                    seed, a.meanDownloadS(), b.meanDownloadS());
            rarest += a.meanDownloadS() / 5;
            random += b.meanDownloadS() / 5;
        }
        assertTrue(random > 1.1 * rarest, "random " + random + " s vs rarest-first " + rarest + " s");
    }

    @Test
    void randomSelectionLetsPiecesDisappearFromTheLeechersFarMoreOftenThanRarestFirst() {
        double rarest = 0;
        double random = 0;
        int runs = 4;
        for (long seed = 1; seed <= runs; seed++) {
            Outcome a = run(true, seed, 200 * KB);
            Outcome b = run(false, seed, 200 * KB);
            System.out.printf(java.util.Locale.ROOT, "seed %d, 200 KB/s seed: time a piece is gone from the leechers "
                    + "after all were out: rarest-first %.3f, random %.3f%n", seed, a.lossFraction(), b.lossFraction());
            rarest += a.lossFraction() / runs;
            random += b.lossFraction() / runs;
        }
        // 4 seeds: rarest-first 0.011, random 0.052 (4.8x). The reproduction's scenario (pipeline 5,
        // 40 ms, 5 s samples) gives larger fractions, 0.03 vs 0.33, but the same ordering.
        assertTrue(random > 0.03, "random loses pieces a noticeable part of the time: " + random);
        assertTrue(random > 3 * rarest, "random " + random + " vs rarest-first " + rarest);
    }
}
