package org.swarmsim.bittorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.InfoHash;
import org.swarmsim.bittorrent.wire.PeerId;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/** Who the tracker returns: never the asker, seeds get leechers only unless told otherwise, counts. */
class TrackerAnswerTest {
    private static final InfoHash HASH = InfoHash.of(new byte[20]);

    private static Tracker tracker(boolean seedersGetLeechersOnly) {
        Simulation sim = new Simulation();
        Network network = new Network(sim, new ConstantLatency(SimTime.millis(10)));
        return new Tracker(network, network.addNode("tracker", 1_000_000, 1_000_000),
                new RandomStreams(7).stream("tracker"), 1800, 30, 50, seedersGetLeechersOnly);
    }

    private static AnnounceResponse announce(Tracker t, int node, long left, TrackerEvent event, int numwant) {
        return t.handle(new AnnounceRequest("http://tracker.sim/announce", HASH, PeerId.forNode(node), 6881,
                0, 0, left, event, numwant, true), node);
    }

    private static Set<Integer> ids(AnnounceResponse r) {
        Set<Integer> s = new HashSet<>();
        for (PeerAddress a : r.peers()) {
            assertTrue(s.add(a.nodeId()), "peer " + a.nodeId() + " returned twice");
        }
        return s;
    }

    /** Nodes 1..6 leechers, 7..10 seeds (10 registers as a leecher first, then completes). */
    private static Tracker populated(boolean seedersGetLeechersOnly) {
        Tracker t = tracker(seedersGetLeechersOnly);
        for (int n = 1; n <= 10; n++) {
            announce(t, n, n <= 6 || n == 10 ? 1000 : 0, TrackerEvent.STARTED, 0);
        }
        announce(t, 10, 0, TrackerEvent.COMPLETED, 0);
        return t;
    }

    @Test
    void seedsAreAnsweredWithLeechersOnlyAndLeechersWithEveryone() {
        Tracker t = populated(true);
        assertEquals(4, t.seeds());
        assertEquals(6, t.leechers());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), ids(announce(t, 7, 0, TrackerEvent.NONE, 50)));
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), ids(announce(t, 10, 0, TrackerEvent.NONE, 50)), "completed: a seed now");
        assertEquals(Set.of(2, 3, 4, 5, 6, 7, 8, 9, 10), ids(announce(t, 1, 1000, TrackerEvent.NONE, 50)));
        for (int i = 0; i < 50; i++) {
            Set<Integer> sample = ids(announce(t, 8, 0, TrackerEvent.NONE, 3));
            assertEquals(3, sample.size());
            assertTrue(Set.of(1, 2, 3, 4, 5, 6).containsAll(sample), "a seed was given " + sample);
        }
    }

    @Test
    void everyoneModeGivesSeedsToSeedsButNeverTheAsker() {
        Tracker t = populated(false);
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10), ids(announce(t, 7, 0, TrackerEvent.NONE, 50)));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Set<Integer> sample = ids(announce(t, 9, 0, TrackerEvent.NONE, 4));
            assertEquals(4, sample.size());
            assertFalse(sample.contains(9));
            seen.addAll(sample);
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 10), seen, "every other member is drawn sometime");
    }

    @Test
    void stoppedAndCompletedMoveMembersBetweenPools() {
        Tracker t = populated(true);
        announce(t, 3, 0, TrackerEvent.STOPPED, 0);
        announce(t, 8, 0, TrackerEvent.STOPPED, 0);
        announce(t, 4, 0, TrackerEvent.COMPLETED, 0);
        assertEquals(4, t.seeds());
        assertEquals(4, t.leechers());
        assertEquals(Set.of(1, 2, 5, 6), ids(announce(t, 9, 0, TrackerEvent.NONE, 50)));
        AnnounceResponse r = announce(t, 5, 1000, TrackerEvent.NONE, 50);
        assertEquals(Set.of(1, 2, 4, 6, 7, 9, 10), ids(r));
        assertEquals(4, r.complete());
        assertEquals(4, r.incomplete());
        assertEquals(List.of(), announce(t, 11, 0, TrackerEvent.STOPPED, 0).peers(), "unknown peer stopping");
    }
}
