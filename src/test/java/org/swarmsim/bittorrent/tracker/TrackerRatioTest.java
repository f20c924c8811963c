package org.swarmsim.bittorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.wire.PeerId;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/** A private tracker's ratio rule: refused below the ratio past the grace, seeds always served, a recovered ratio served again. */
class TrackerRatioTest {
    private static final InfoHash HASH = InfoHash.of(new byte[20]);
    private static final long MB = 1_000_000;

    private static Tracker tracker() {
        Simulation sim = new Simulation();
        Network network = new Network(sim, new ConstantLatency(SimTime.millis(10)));
        Tracker t = new Tracker(network, network.addNode("tracker", 1_000_000, 1_000_000),
                new RandomStreams(7).stream("tracker"), 1800, 30, 50, false);
        t.requireRatio(0.5, 10 * MB);
        return t;
    }

    private static AnnounceResponse announce(Tracker t, int node, long up, long down, long left) {
        return t.handle(new AnnounceRequest("http://tracker.sim/announce", HASH, PeerId.forNode(node), 6881,
                up, down, left, TrackerEvent.NONE, 50, true), node);
    }

    @Test
    void belowTheRatioPastTheGraceIsRefusedAndDroppedFromThePeerLists() {
        Tracker t = tracker();
        assertFalse(announce(t, 1, 0, 10 * MB, 100).isFailure(), "within the grace: served");
        assertFalse(announce(t, 2, 6 * MB, 12 * MB, 100).isFailure(), "ratio 0.5 exactly: served");
        assertEquals(2, t.leechers());
        AnnounceResponse refused = announce(t, 1, 0, 10 * MB + 1, 100);
        assertTrue(refused.isFailure());
        assertTrue(refused.failureReason().startsWith("ratio too low: 0.000, the minimum is 0.500"), refused.failureReason());
        assertEquals(1, t.refused());
        assertEquals(1, t.leechers(), "the refused leecher left the lists");
        assertTrue(announce(t, 2, 0, 1, 100).peers().isEmpty(), "nobody hears of the refused leecher");
        assertFalse(announce(t, 3, 0, 50 * MB, 0).isFailure(), "a seed is served whatever its ratio");
        assertFalse(announce(t, 1, 6 * MB, 11 * MB, 100).isFailure(), "ratio recovered: served again");
        assertEquals(1, t.refused());
    }

    @Test
    void aRatioRuleNeedsAPositiveFiniteRatio() {
        Tracker t = tracker();
        assertThrows(IllegalArgumentException.class, () -> t.requireRatio(0, 0));
        assertThrows(IllegalArgumentException.class, () -> t.requireRatio(Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> t.requireRatio(1, -1));
    }
}
