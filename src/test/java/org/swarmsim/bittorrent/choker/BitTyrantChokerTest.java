package org.swarmsim.bittorrent.choker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** BitTyrant's estimator rules (Piatek et al. 2007, section 4.2) on compact fixtures. */
class BitTyrantChokerTest {
    private static final long SECOND = 1_000_000_000L;
    private static final ChokerConfig CONFIG = ChokerConfig.defaults();   // window 20 s, 4 slots
    private static final double WINDOW_S = CONFIG.rateWindowNanos() / 1e9;

    private static RandomStream rng() {
        return new RandomStreams(7).stream("choker");
    }

    private static ChokeCandidate peer(int key) {
        return new ChokeCandidate(key).interested(true).connectedAtNanos(0);
    }

    @Test
    void uploadRisesTwentyPercentPerUnreciprocatedRoundAndFallsTenPercentOnceReciprocatedThreeRounds() {
        BitTyrantChoker choker = new BitTyrantChoker(CONFIG, 400_000);
        ChokeCandidate p = peer(1);
        List<ChokeCandidate> cs = List.of(p);
        RandomStream rng = rng();
        choker.rechoke(10 * SECOND, cs, rng);
        assertTrue(p.unchoked(), "the only interested peer is unchoked");
        assertEquals(100_000, choker.upload(1), 1e-6, "u_p starts at the equal split 400000 / 4");
        assertEquals(100_000, p.uploadCapBytesPerSecond(), "upload to it capped at u_p");
        choker.rechoke(20 * SECOND, cs, rng);   // it did not unchoke us
        assertEquals(120_000, choker.upload(1), 1e-6);
        p.unchokingUs(true);
        choker.rechoke(30 * SECOND, cs, rng);
        choker.rechoke(40 * SECOND, cs, rng);
        assertEquals(120_000, choker.upload(1), 1e-6, "two reciprocated rounds: no change yet");
        choker.rechoke(50 * SECOND, cs, rng);
        assertEquals(108_000, choker.upload(1), 1e-6, "third reciprocated round: -10%");
        choker.rechoke(60 * SECOND, cs, rng);
        assertEquals(97_200, choker.upload(1), 1e-6, "still reciprocating over the last three rounds: -10% again");
        p.unchokingUs(false);
        choker.rechoke(70 * SECOND, cs, rng);
        assertEquals(116_640, choker.upload(1), 1e-6, "choked us again: +20%");
        assertEquals(116_640, p.uploadCapBytesPerSecond());
    }

    @Test
    void unchokesByDownloadPerUploadNotByDownloadUntilTheUploadsReachTheCapacity() {
        BitTyrantChoker choker = new BitTyrantChoker(CONFIG, 100_000);
        // d_p observed (bytes in the window) and u_p from announced progress (equal split = gained / 40 s / 4)
        double[][] du = {{60_000, 60_000}, {30_000, 10_000}, {45_000, 30_000}, {50_000, 100_000}};
        List<ChokeCandidate> cs = new ArrayList<>();
        for (int k = 0; k < du.length; k++) {
            cs.add(peer(k).interested(false));
        }
        RandomStream rng = rng();
        choker.rechoke(0, cs, rng);   // first sight: nobody interested yet
        for (int k = 0; k < du.length; k++) {
            cs.get(k).interested(true).bytesFromPeerInWindow((long) (du[k][0] * WINDOW_S))
                    .bytesPeerHas((long) (du[k][1] * 4 * 40));
        }
        choker.rechoke(40 * SECOND, cs, rng);
        // ratios 1.0, 3.0, 1.5, 0.5: peer 1 (u 10k), peer 2 (30k), peer 0 (60k) reach 100k; peer 3 is left out
        // although it uploads to us faster than peers 1 and 2
        assertTrue(cs.get(1).unchoked() && cs.get(2).unchoked() && cs.get(0).unchoked());
        assertFalse(cs.get(3).unchoked());
        assertEquals(10_000, cs.get(1).uploadCapBytesPerSecond(), 1);
        assertEquals(30_000, cs.get(2).uploadCapBytesPerSecond(), 1);
        assertEquals(60_000, cs.get(0).uploadCapBytesPerSecond(), 1);
        assertEquals(0, cs.get(3).uploadCapBytesPerSecond(), "a choked peer has no cap");
        assertEquals(50_000, choker.download(3), 1e-6);
        assertTrue(cs.stream().noneMatch(ChokeCandidate::optimistic), "no optimistic unchoke");
    }

    @Test
    void theLastPeerUnchokedMayOvershootTheCapacityAndTheRestStayChoked() {
        BitTyrantChoker choker = new BitTyrantChoker(CONFIG, 100_000);
        List<ChokeCandidate> cs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            cs.add(peer(k));
        }
        choker.rechoke(0, cs, rng());   // nothing known: every u_p is the equal split, 25000
        assertEquals(4, cs.stream().filter(ChokeCandidate::unchoked).count(), "4 x 25000 reach 100000");
        BitTyrantChoker small = new BitTyrantChoker(CONFIG, 90_000);   // 22500 each: 4 reach 90000
        List<ChokeCandidate> ds = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            ds.add(peer(k));
        }
        small.rechoke(0, ds, rng());
        assertEquals(4, ds.stream().filter(ChokeCandidate::unchoked).count());
        BitTyrantChoker odd = new BitTyrantChoker(CONFIG.withRegularSlots(2), 100_000);   // 3 slots: 33334 each
        List<ChokeCandidate> es = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            es.add(peer(k));
        }
        odd.rechoke(0, es, rng());
        assertEquals(3, es.stream().filter(ChokeCandidate::unchoked).count());
    }

    @Test
    void aPeerThatAnnouncedNothingForAWindowRanksLastAndANewConnectionOnAReusedKeyStartsAfresh() {
        BitTyrantChoker choker = new BitTyrantChoker(CONFIG, 100_000);
        ChokeCandidate stuck = peer(0).interested(false);
        ChokeCandidate moving = peer(1).interested(false);
        List<ChokeCandidate> cs = List.of(stuck, moving);
        RandomStream rng = rng();
        choker.rechoke(0, cs, rng);
        stuck.interested(true);
        moving.interested(true).bytesPeerHas(4L * 30 * 5_000);   // equal split 5000 B/s
        choker.rechoke(30 * SECOND, cs, rng);
        assertEquals(0, choker.download(0), 1e-9, "no progress in 30 s: d = 0");
        assertEquals(5_000, choker.download(1), 1e-6);
        assertTrue(moving.unchoked() && stuck.unchoked(), "capacity left over goes to the next ratio, 0 included");
        stuck.connectedAtNanos(35 * SECOND).unchoked(false);   // key 0 is a new connection now
        choker.rechoke(40 * SECOND, cs, rng);
        assertEquals(25_000, choker.download(0), 1e-6, "a new connection starts at the prior again");
        assertFalse(choker.unchokesBetweenRounds());
    }

    @Test
    void budgetFreedBetweenRoundsGoesToTheNextRatiosWithinTheCapacity() {
        BitTyrantChoker choker = new BitTyrantChoker(CONFIG, 100_000);
        List<ChokeCandidate> cs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            cs.add(peer(k));
        }
        choker.rechoke(0, cs, rng());   // every u_p is the prior 25,000: four unchoked fill the 100,000
        assertEquals(4, cs.stream().filter(ChokeCandidate::unchoked).count());
        ChokeCandidate gone = cs.stream().filter(ChokeCandidate::unchoked).findFirst().orElseThrow();
        gone.interested(false).unchoked(false).uploadCapBytesPerSecond(0);   // lost interest: choked
        assertTrue(choker.refillBudget(1, cs, rng()));
        assertEquals(4, cs.stream().filter(ChokeCandidate::unchoked).count(), "its 25,000 go to one more peer");
        assertTrue(cs.stream().filter(ChokeCandidate::unchoked).allMatch(c -> c.uploadCapBytesPerSecond() == 25_000));
        assertFalse(choker.refillBudget(2, cs, rng()), "the budget is in use: nothing changes");
    }
}
