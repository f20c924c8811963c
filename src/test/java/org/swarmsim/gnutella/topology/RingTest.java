package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cycle: every degree 2, and hop distances the shorter way round. */
class RingTest {
    @Test
    void aRingOfNNodesHasNLinksAndEveryDegreeTwo() {
        for (int n : new int[] {3, 4, 7, 1000}) {
            Topology t = Ring.generate(n);
            assertEquals(n, t.nodes());
            assertEquals(n, t.links());
            TopologyAssertions.assertSimple(t);
            TopologyAssertions.assertRegular(t, 2);
            assertEquals(n, t.largestComponent());
        }
    }

    @Test
    void distancesAreTheShorterWayRound() {
        for (int n : new int[] {3, 10, 11}) {
            Topology t = Ring.generate(n);
            for (int s = 0; s < n; s++) {
                int[] d = t.distancesFrom(s);
                for (int w = 0; w < n; w++) {
                    int gap = Math.abs(s - w);
                    assertEquals(Math.min(gap, n - gap), d[w], "n=" + n + " from " + s + " to " + w);
                }
            }
        }
    }

    @Test
    void fewerThanThreeNodesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ring.generate(2));
        assertTrue(e.getMessage().contains("n (nodes) must be >= 3, got 2"), e.getMessage());
    }
}
