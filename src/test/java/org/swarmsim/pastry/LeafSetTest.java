package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;

class LeafSetTest {
    //                                       0     1     2     3     4     5     6     7
    private final StateFixture f = new StateFixture("80", "81", "82", "83", "7f", "7e", "7d", "f0");

    private LeafSet twoPerSide() {
        LeafSet l = new LeafSet(f.ids, 0, 2);
        for (int n = 1; n < 8; n++) {
            l.offer(n, 0);
        }
        return l;
    }

    @Test
    void keepsTheNearestOnEachSideNearestFirstAndPushesOutTheFarthest() {
        LeafSet l = twoPerSide();
        assertEquals(2, l.largerCount());
        assertEquals(1, l.larger(0));
        assertEquals(2, l.larger(1));
        assertEquals(4, l.smaller(0));
        assertEquals(5, l.smaller(1));
        assertArrayEquals(new int[] {1, 2, 4, 5}, l.members());
        assertFalse(l.offer(3, 0), "83 is farther than 82 on the larger side");
        assertEquals(2, l.remove(5), "7e left the smaller side");
        assertTrue(l.offer(6, 0), "7d now fits");
        assertEquals(6, l.smaller(1));
    }

    @Test
    void coversTheArcBetweenItsFarthestMembersAndDeliversToTheNumericallyClosest() {
        LeafSet l = twoPerSide();
        assertTrue(l.covers(StateFixture.id("8180").hi(), 0));
        assertTrue(l.covers(StateFixture.id("7e").hi(), 0));
        assertFalse(l.covers(StateFixture.id("8201").hi(), 0));
        assertFalse(l.covers(StateFixture.id("10").hi(), 0));
        assertEquals(1, l.closest(StateFixture.id("8101").hi(), 0));
        assertEquals(0, l.closest(StateFixture.id("8010").hi(), 0), "the owner itself");
        assertEquals(4, l.closest(StateFixture.id("7f70").hi(), 0));
        assertEquals(0, l.closest(StateFixture.id("7f80").hi(), 0), "a tie between 7f and 80: the clockwise one");
    }

    @Test
    void aSmallRingWrapsAndIsCoveredEverywhere() {
        StateFixture small = new StateFixture("10", "50", "90");
        LeafSet l = new LeafSet(small.ids, 0, 4);
        l.offer(1, 0);
        l.offer(2, 0);
        assertTrue(l.wraps());
        assertEquals(2, l.size());
        assertTrue(l.covers(NodeId.ZERO.hi(), 0));
        assertEquals(0, l.closest(StateFixture.id("e0").hi(), 0), "e0 is 0x30 from 10 across zero, 0x50 from 90");
    }

    @Test
    void aSilentMemberIsFoundByTheTimeItWasLastHeardFrom() {
        LeafSet l = twoPerSide();
        l.heardAll(100);
        l.heard(2, 500);
        assertEquals(1, l.silentSince(200));
        l.heard(1, 500);
        l.heard(4, 500);
        l.heard(5, 500);
        assertEquals(-1, l.silentSince(200));
    }
}
