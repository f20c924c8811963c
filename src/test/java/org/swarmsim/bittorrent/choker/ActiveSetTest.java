package org.swarmsim.bittorrent.choker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Mainline's fixed active set and Azureus' ⌊√(0.6 · KiB/s)⌋, by hand. */
class ActiveSetTest {
    private static final ChokerConfig MAINLINE = ChokerConfig.defaults();
    private static final ChokerConfig AZUREUS = MAINLINE.withActiveSet(ActiveSet.AZUREUS);

    @Test
    void azureusGrowsWithTheSquareRootOfTheUploadCapacity() {
        // 320 kbit/s = 40,000 B/s = 39.06 KiB/s: sqrt(23.4) = 4.8 -> 4
        assertEquals(4, ActiveSet.AZUREUS.size(40_000, AZUREUS));
        // 3,000 kbit/s = 375,000 B/s = 366.2 KiB/s: sqrt(219.7) = 14.8 -> 14
        assertEquals(14, ActiveSet.AZUREUS.size(375_000, AZUREUS));
        // exactly 0.6 * r = 100: 166.67 KiB/s -> 10
        assertEquals(10, ActiveSet.AZUREUS.size(1024 * 500.0 / 3, AZUREUS));
        assertEquals(2, ActiveSet.AZUREUS.size(1_000, AZUREUS), "at least one regular slot besides the optimistic");
        assertEquals(4, ActiveSet.FIXED.size(375_000, MAINLINE), "mainline: 3 + 1 whatever the capacity");
    }

    @Test
    void aPeersConfigHasTheRegularSlotsItsActiveSetLeaves() {
        assertSame(MAINLINE, MAINLINE.forUploadRate(375_000));
        ChokerConfig fast = AZUREUS.forUploadRate(375_000);
        assertEquals(13, fast.regularSlots());
        assertEquals(1, fast.optimisticSlots());
        assertEquals(14, fast.totalSlots());
        assertEquals(1, AZUREUS.forUploadRate(1_000).regularSlots());
        assertEquals(ActiveSet.AZUREUS, ActiveSet.of("azureus"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActiveSet.of("bittorrent"));
        assertEquals("unknown active set 'bittorrent' (allowed: fixed, azureus)", e.getMessage());
    }

    @Test
    void bitTyrantEstimatesEqualSplitsWithTheSwarmsActiveSetRule() {
        // a peer that gained 40 s x 375,000 B/s of pieces: its equal split is 375,000 / 14 under
        // Azureus, 375,000 / 4 under mainline; before anything is known, ours: 100,000 / 7 or / 4
        long second = 1_000_000_000L;
        for (ChokerConfig config : new ChokerConfig[] {MAINLINE, AZUREUS}) {
            BitTyrantChoker choker = new BitTyrantChoker(config, 100_000);
            ChokeCandidate fast = new ChokeCandidate(1).interested(true).connectedAtNanos(0);
            java.util.List<ChokeCandidate> cs = java.util.List.of(fast);
            choker.rechoke(0, cs, new org.swarmsim.sim.random.RandomStreams(1).stream("c"));
            int ours = config.activeSet().size(100_000, config);
            assertEquals(100_000.0 / ours, choker.download(1), 1e-6, config.activeSet() + ": the prior");
            fast.bytesPeerHas(40L * 375_000);
            choker.rechoke(40 * second, cs, new org.swarmsim.sim.random.RandomStreams(1).stream("c"));
            int theirs = config.activeSet() == ActiveSet.AZUREUS ? 14 : 4;
            assertEquals(375_000.0 / theirs, choker.download(1), 1e-6, config.activeSet() + ": its equal split");
        }
    }
}
