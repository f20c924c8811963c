package org.swarmsim.bittorrent.choker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swarmsim.bittorrent.choker.TitForTatChokerTest.ROUND;
import static org.swarmsim.bittorrent.choker.TitForTatChokerTest.S;
import static org.swarmsim.bittorrent.choker.TitForTatChokerTest.keys;
import static org.swarmsim.bittorrent.choker.TitForTatChokerTest.optimisticHolder;
import static org.swarmsim.bittorrent.choker.TitForTatChokerTest.peers;
import static org.swarmsim.bittorrent.choker.TitForTatChokerTest.rng;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;

class SeedChokerTest {

    @Test
    void oldSeedRuleUnchokesThePeersWeUploadTheMostTo() {
        List<ChokeCandidate> cs = peers(8);
        for (int i = 0; i < 8; i++) {
            cs.get(i).bytesToPeerInWindow(1000 * (8 - i)).bytesFromPeerInWindow(1000 * i).snubbed(i == 0);
        }
        new UploadRateSeedChoker(ChokerConfig.defaults()).rechoke(0, cs, rng(1));
        TreeSet<Integer> regular = keys(cs, false);
        int optimistic = optimisticHolder(cs);
        regular.remove(optimistic);
        assertEquals(new TreeSet<>(List.of(0, 1, 2)), regular, "by upload to them; snubbing does not matter");
        assertTrue(optimistic >= 3);
    }

    @Test
    void legoutRuleKeepsTheMostRecentlyUnchokedPeersNotTheFastest() {
        // four peers unchoked 40, 30, 20 and 10 s ago, all downloading (pending requests);
        // the oldest is by far the fastest downloader
        List<ChokeCandidate> cs = peers(8);
        long now = 100 * S;
        for (int i = 0; i < 4; i++) {
            cs.get(i).unchoked(true).hasPendingRequests(true).lastUnchokedAtNanos(now - (40 - 10 * i) * S)
                    .bytesToPeerInWindow(i == 0 ? 10_000_000 : 1000);
        }
        cs.get(3).optimistic(true);
        new LegoutSeedChoker(ChokerConfig.defaults()).rechoke(now, cs, rng(2));
        assertFalse(cs.get(0).unchoked(), "the oldest SKU peer makes room for the new SRU peer");
        assertTrue(cs.get(1).unchoked() && cs.get(2).unchoked() && cs.get(3).unchoked());
        int sru = optimisticHolder(cs);
        assertTrue(sru >= 4, "the SRU peer was choked before: " + sru);
        assertEquals(now, cs.get(sru).lastUnchokedAtNanos());
        assertEquals(100 * S - 20 * S, cs.get(2).lastUnchokedAtNanos(), "kept peers keep their unchoke time");

        List<ChokeCandidate> same = peers(8);
        for (int i = 0; i < 4; i++) {
            same.get(i).unchoked(true).hasPendingRequests(true).lastUnchokedAtNanos(now - (40 - 10 * i) * S)
                    .bytesToPeerInWindow(i == 0 ? 10_000_000 : 1000);
        }
        new UploadRateSeedChoker(ChokerConfig.defaults()).rechoke(now, same, rng(2));
        assertTrue(same.get(0).unchoked(), "the old rule keeps the fastest peer");
    }

    @Test
    void unchokedPeersThatStoppedRequestingFallBehind() {
        List<ChokeCandidate> cs = peers(6);
        long now = 100 * S;
        for (int i = 0; i < 4; i++) {
            cs.get(i).unchoked(true).lastUnchokedAtNanos(now - 60 * S + i).hasPendingRequests(i != 3)
                    .bytesToPeerInWindow(0);
        }
        cs.get(4).bytesToPeerInWindow(500); // choked, but we uploaded to it recently
        new LegoutSeedChoker(ChokerConfig.defaults()).rechoke(now, cs, rng(3));
        TreeSet<Integer> kept = keys(cs, false);
        kept.remove(optimisticHolder(cs));
        assertEquals(new TreeSet<>(List.of(0, 1, 2)), kept,
                "peers with pending requests first; peer 3 was unchoked a minute ago and requests nothing");
    }

    /**
     * The paper's cycle: in 2 rounds of 3 the first 3 peers are kept and 1 choked interested peer is
     * unchoked at random (SRU), taking the slot of the oldest kept peer; in the 3rd round the first
     * 4 are kept and nobody new is unchoked.
     */
    @Test
    void legoutRuleFollowsTheThreeRoundCycle() {
        List<ChokeCandidate> cs = peers(10);
        LegoutSeedChoker choker = new LegoutSeedChoker(ChokerConfig.defaults());
        RandomStream rng = rng(4);
        for (int round = 0; round < 60; round++) {
            long now = round * ROUND;
            TreeSet<Integer> before = keys(cs, false);
            long oldest = Long.MAX_VALUE;
            for (ChokeCandidate c : cs) {
                c.hasPendingRequests(c.unchoked());
                if (c.unchoked()) {
                    oldest = Math.min(oldest, c.lastUnchokedAtNanos());
                }
            }
            choker.rechoke(now, cs, rng);
            TreeSet<Integer> after = keys(cs, false);
            assertEquals(4, after.size());
            if (round % 3 == 2) {
                assertEquals(before, after, "round " + round + ": the first 4 are kept");
                assertEquals(-1, optimisticHolder(cs));
            } else {
                int sru = optimisticHolder(cs);
                assertFalse(before.contains(sru), "the SRU peer was choked");
                if (round > 0) {
                    TreeSet<Integer> dropped = new TreeSet<>(before);
                    dropped.removeAll(after);
                    assertEquals(1, dropped.size(), "round " + round + ": one SKU peer leaves");
                    assertEquals(oldest, cs.get(dropped.first()).lastUnchokedAtNanos(),
                            "round " + round + ": the SKU peer unchoked longest ago leaves");
                }
            }
        }
    }

    /**
     * Twelve leechers of very different download speeds (peer i takes (i+1) units per round when
     * unchoked). The Legout rule gives each about the same service time (the paper's fairness
     * argument, section 4.2.1): over 3000 rounds each peer is unchoked for about 4 * 3000 / 12 =
     * 1000 rounds, its count varying by some 8% (random SRU entries); we require every count within
     * 25% of the mean. The old rule lets the fastest peers hog the slots: there the best-served peer
     * gets more than 3 times the service of the worst.
     */
    @Test
    void legoutRuleGivesLeechersEqualServiceTimeWhereTheOldRuleDoesNot() {
        int[] legout = serviceRounds(new LegoutSeedChoker(ChokerConfig.defaults()));
        double mean = Arrays.stream(legout).average().orElseThrow();
        for (int i = 0; i < legout.length; i++) {
            assertTrue(Math.abs(legout[i] - mean) < 0.25 * mean, "peer " + i + ": " + Arrays.toString(legout));
        }
        int[] old = serviceRounds(new UploadRateSeedChoker(ChokerConfig.defaults()));
        int max = Arrays.stream(old).max().orElseThrow();
        int min = Arrays.stream(old).min().orElseThrow();
        assertTrue(max > 3 * min, "old rule " + Arrays.toString(old));
    }

    private static int[] serviceRounds(Choker choker) {
        int n = 12;
        List<ChokeCandidate> cs = peers(n);
        RandomStream rng = rng(5);
        int[] served = new int[n];
        boolean[] prev = new boolean[n];
        for (int round = 0; round < 3000; round++) {
            for (int i = 0; i < n; i++) {
                ChokeCandidate c = cs.get(i);
                // bytes sent in the last two rounds (the 20 s window)
                long units = (c.unchoked() ? 1 : 0) + (prev[i] ? 1 : 0);
                c.bytesToPeerInWindow(units * (i + 1) * 100_000L).hasPendingRequests(c.unchoked());
                prev[i] = c.unchoked();
            }
            choker.rechoke(round * ROUND, cs, rng);
            for (int i = 0; i < n; i++) {
                served[i] += cs.get(i).unchoked() ? 1 : 0;
            }
        }
        return served;
    }
}
