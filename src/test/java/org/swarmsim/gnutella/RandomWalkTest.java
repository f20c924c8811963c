package org.swarmsim.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RandomWalkTest {
    @Test
    void walkersThatFindNothingTakeExactlyTtlStepsEach() {
        SmallOverlay o = new SmallOverlay(SmallOverlay.grid(5, 5, true), GnutellaConfig.defaults(), null);
        Requester.start(o.servents[12], 0, 1, new SearchMethod.RandomWalk(4, 9, 0));
        o.settle();
        assertEquals(4 * 9, o.counts.queries);
        assertEquals(o.counts.queries, o.counts.reached + o.counts.duplicates);
    }

    @Test
    void onARingTwoWalkersGoOppositeWaysAndNeverTurnBack() {
        SmallOverlay o = new SmallOverlay(SmallOverlay.ring(21), GnutellaConfig.defaults(), null);
        Requester.start(o.servents[0], 0, 1, new SearchMethod.RandomWalk(2, 10, 0));
        o.settle();
        assertEquals(20, o.counts.queries);
        assertEquals(20, o.counts.reached, "the requester's two neighbours each got a walker, and no walker went back");
        assertEquals(0, o.counts.duplicates);
    }

    @Test
    void aWalkerStopsWhereItFindsTheObjectAndTheOthersStopAtTheirNextCheck() {
        int[][] libraries = new int[25][0];
        libraries[13] = new int[] {1};
        libraries[7] = new int[] {1};
        SmallOverlay o = new SmallOverlay(SmallOverlay.grid(5, 5, true), GnutellaConfig.defaults(), libraries);
        Requester.start(o.servents[0], 0, 1, new SearchMethod.RandomWalk(4, 200, 2));
        o.settle();
        assertTrue(o.counts.hits >= 1);
        assertTrue(o.counts.queries < 4 * 200, "walkers stopped early: " + o.counts.queries + " steps");
    }

    @Test
    void withoutChecksTheOtherWalkersGoOnToTheirTtl() {
        int[][] libraries = new int[25][0];
        libraries[1] = new int[] {1};
        SmallOverlay o = new SmallOverlay(SmallOverlay.grid(5, 5, true), GnutellaConfig.defaults(), libraries);
        Requester.start(o.servents[0], 0, 1, new SearchMethod.RandomWalk(4, 30, 0));
        o.settle();
        // one step to each of the four neighbours; the walker at servent 1 stops there, and the three others walk
        // until their TTL is spent or they too come to servent 1 (which answers a GUID only once)
        assertEquals(1, o.counts.hits);
        assertTrue(o.counts.queries <= 1 + 3 * 30 && o.counts.queries > 30, "steps " + o.counts.queries);
    }
}
