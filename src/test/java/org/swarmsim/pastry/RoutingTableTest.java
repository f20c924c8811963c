package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStreams;

class RoutingTableTest {
    //                                       0       1       2       3       4       5
    private final StateFixture f = new StateFixture("a3f0", "5000", "5100", "a700", "a3e0", "a3f1");

    @Test
    void placesEachNodeAtTheRowOfTheSharedPrefixAndTheColumnOfItsNextDigit() {
        RoutingTable t = new RoutingTable(f.ids, 0, 4, NeighbourSelection.CLOSEST);
        assertEquals(0 * 16 + 5, t.slotOf(1));
        assertEquals(1 * 16 + 7, t.slotOf(3));
        assertEquals(2 * 16 + 0xe, t.slotOf(4));
        assertEquals(3 * 16 + 1, t.slotOf(5));
        assertEquals(-1, t.slotOf(0), "the owner has no slot");
        for (int n = 1; n <= 5; n++) {
            t.offer(n, StateFixture.BY_ADDRESS);
        }
        assertEquals(4, t.filled(), "5000 and 5100 compete for row 0, column 5");
        assertEquals(4, t.rows());
        assertEquals(1, t.get(0, 5), "proximity keeps the nearer (address 1 is 1 ms away, address 2 is 2 ms)");
        assertEquals(RoutingTable.EMPTY, t.get(0, 0xa), "the owner's own column stays empty");
        assertEquals(1, t.filledIn(0));
    }

    @Test
    void proximitySelectionReplacesAnEntryOnlyByANearerCandidate() {
        RoutingTable t = new RoutingTable(f.ids, 0, 4, NeighbourSelection.CLOSEST);
        assertTrue(t.offer(2, StateFixture.BY_ADDRESS));
        assertTrue(t.offer(1, StateFixture.BY_ADDRESS), "address 1 is nearer than 2");
        assertFalse(t.offer(2, StateFixture.BY_ADDRESS));
        assertEquals(1, t.get(0, 5));
        assertEquals(5, t.remove(1));
        assertEquals(RoutingTable.EMPTY, t.get(0, 5));
        assertEquals(-1, t.remove(1), "already gone");
    }

    @Test
    void randomSelectionKeepsEachDistinctCandidateWithEqualProbabilityHoweverOftenItIsOffered() {
        StateFixture many = new StateFixture("a", "51", "52", "53", "54");
        int[] kept = new int[5];
        var ids = new RandomStreams(3).stream("owners");
        for (int trial = 0; trial < 8000; trial++) {
            many.ids.put(0, StateFixture.id("a" + Long.toHexString(ids.nextLong() >>> 8)));
            RoutingTable t = new RoutingTable(many.ids, 0, 4, NeighbourSelection.RANDOM);
            for (int n = 1; n <= 4; n++) {
                t.offer(n, StateFixture.BY_ADDRESS);
            }
            int choice = t.get(0, 5);
            for (int again = 0; again < 3; again++) {              // offered again, in another order
                for (int n = 4; n >= 1; n--) {
                    t.offer(n, StateFixture.BY_ADDRESS);
                }
            }
            assertEquals(choice, t.get(0, 5), "offering the same candidates again changes nothing");
            kept[choice]++;
        }
        for (int n = 1; n <= 4; n++) {
            assertEquals(2000, kept[n], 155, "candidate " + n + " kept " + kept[n] + " times of 8000 (4 sd = 155)");
        }
    }
}
