package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;

/** The lookup state machine on a compact fixture: node "d" is at XOR distance d from target 0. */
class LookupTest {
    private static final NodeId TARGET = NodeId.of(0, 0, 0);
    private static final NodeId SELF = NodeId.of(-1L, 0, 0);

    private static NodeId at(int distance) {
        return NodeId.of(0, 0, distance);
    }

    private static Lookup lookup(Termination t, int... initial) {
        Lookup l = new Lookup(TARGET, SELF, 3, 2, t);
        for (int d : initial) {
            l.addCandidate(at(d), d, 1);
        }
        return l;
    }

    private static int next(Lookup l) {
        int i = l.nextToQuery();
        return i < 0 ? -1 : l.candidateId(i).lo();
    }

    @Test
    void paperRuleQueriesOnlyTheKClosestAlphaAtATimeAndStopsWhenTheyAllAnswered() {
        Lookup l = lookup(Termination.K_CLOSEST_ANSWERED, 40, 10, 30, 20);
        assertEquals(10, next(l));
        assertEquals(20, next(l));
        assertEquals(-1, next(l), "alpha = 2 in flight");
        assertEquals(1, l.onResponse(at(10), 0));
        l.addCandidate(at(5), 5, 2);
        l.addCandidate(at(20), 20, 2);   // duplicate: keeps depth 1
        assertEquals(5, next(l), "the closest new node in the window");
        assertEquals(-1, next(l));
        l.onResponse(at(20), 0);
        assertFalse(l.isDone(), "5 has not answered");
        l.onResponse(at(5), 0);
        assertTrue(l.isDone(), "5, 10, 20 answered: 30 and 40 are never queried");
        assertEquals(-1, next(l));
        assertEquals(3, l.messagesSent());
        assertEquals(2, l.rounds(), "5 was learned from 10");
        NodeId[] ids = new NodeId[3];
        assertEquals(3, l.result(ids, new int[3], new int[3]));
        assertEquals(at(5), ids[0]);
        assertEquals(at(20), ids[2]);
    }

    @Test
    void aTimedOutNodeLeavesTheWindowAndTheNextOneIsQueried() {
        Lookup l = lookup(Termination.K_CLOSEST_ANSWERED, 10, 20, 30, 40);
        next(l);
        next(l);
        l.onTimeout(at(10));
        assertEquals(30, next(l), "window is now 20, 30, 40");
        l.onResponse(at(20), 0);
        assertEquals(40, next(l));
        l.onResponse(at(30), 0);
        l.onResponse(at(40), 0);
        assertTrue(l.isDone());
        assertEquals(1, l.timeouts());
        assertEquals(l.onResponse(at(10), 0), -1, "an answer after the timeout is ignored");
    }

    @Test
    void strictWaitsForQueriesThatFellOutOfTheWindow() {
        Lookup l = lookup(Termination.STRICT, 10, 40);
        next(l);
        next(l);                     // 10 and 40 in flight
        l.onResponse(at(10), 0);
        l.addCandidate(at(2), 2, 2);
        l.addCandidate(at(3), 3, 2);  // window: 2, 3, 10 (40 dropped out, still in flight)
        assertEquals(2, next(l));
        assertEquals(3, next(l));
        l.onResponse(at(2), 0);
        l.onResponse(at(3), 0);
        assertFalse(l.isDone(), "40 is still out");
        l.onTimeout(at(40));
        assertTrue(l.isDone());

        Lookup paper = lookup(Termination.K_CLOSEST_ANSWERED, 10, 40);
        next(paper);
        next(paper);
        paper.onResponse(at(10), 0);
        paper.addCandidate(at(2), 2, 2);
        paper.addCandidate(at(3), 3, 2);
        next(paper);
        next(paper);
        paper.onResponse(at(2), 0);
        paper.onResponse(at(3), 0);
        assertTrue(paper.isDone(), "the paper's rule does not wait for 40");
    }

    @Test
    void noProgressStopsOnceAlphaAnswersBringNothingCloser() {
        Lookup l = lookup(Termination.NO_PROGRESS, 10, 20, 30, 40, 50);
        next(l);
        next(l);
        l.onResponse(at(10), 0);     // progress: closest answered is 10
        assertFalse(l.isDone());
        l.onResponse(at(20), 0);     // no progress 1
        next(l);                     // 30
        assertFalse(l.isDone());
        l.onResponse(at(30), 0);     // no progress 2 = alpha
        assertTrue(l.isDone());
    }

    @Test
    void getPeersAnswersAccumulateDistinctPeersAndTokens() {
        Lookup l = lookup(Termination.K_CLOSEST_ANSWERED, 10);
        next(l);
        l.onResponse(at(10), 77);
        l.addPeers(new int[] {5, 6, 5}, new int[] {6881, 6881, 6881});
        l.addPeers(new int[] {6, 7}, new int[] {6881, 9000});
        assertEquals(3, l.peerAddresses().length);
        int[] tokens = new int[3];
        l.result(new NodeId[3], new int[3], tokens);
        assertEquals(77, tokens[0]);
    }
}
