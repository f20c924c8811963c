package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The 4-neighbour grid and torus: their link counts, degrees and Manhattan distances. */
class GridTest {
    @Test
    void aGridHasRowsTimesColsMinusOnePlusRowsMinusOneTimesColsLinks() {
        Topology t = Grid.generate(4, 6, false);
        assertEquals(24, t.nodes());
        assertEquals(4 * 5 + 3 * 6, t.links());
        TopologyAssertions.assertSimple(t);
        assertEquals(2, t.degree(0), "corner");
        assertEquals(3, t.degree(1), "top edge");
        assertEquals(3, t.degree(6), "left edge");
        assertEquals(4, t.degree(7), "inside");
        assertEquals(2, t.degree(23), "far corner");
        assertEquals(24, t.largestComponent());
    }

    @Test
    void aOneRowGridIsAPath() {
        Topology t = Grid.generate(1, 5, false);
        assertEquals(4, t.links());
        assertEquals(4, t.distancesFrom(0)[4]);
        assertEquals(0, Grid.generate(1, 1, false).links());
    }

    @Test
    void aTorusHasTwiceRowsTimesColsLinksAndEveryDegreeFour() {
        Topology t = Grid.generate(3, 5, true);
        assertEquals(15, t.nodes());
        assertEquals(30, t.links());
        TopologyAssertions.assertSimple(t);
        TopologyAssertions.assertRegular(t, 4);
    }

    @Test
    void gridDistancesAreManhattanDistances() {
        int rows = 5;
        int cols = 7;
        Topology t = Grid.generate(rows, cols, false);
        for (int s = 0; s < rows * cols; s++) {
            int[] d = t.distancesFrom(s);
            for (int w = 0; w < rows * cols; w++) {
                int expected = Math.abs(s / cols - w / cols) + Math.abs(s % cols - w % cols);
                assertEquals(expected, d[w], "from " + s + " to " + w);
            }
        }
    }

    @Test
    void torusDistancesAreRingDistancesInEachDimension() {
        int rows = 4;
        int cols = 7;
        Topology t = Grid.generate(rows, cols, true);
        for (int s = 0; s < rows * cols; s++) {
            int[] d = t.distancesFrom(s);
            for (int w = 0; w < rows * cols; w++) {
                int dr = Math.abs(s / cols - w / cols);
                int dc = Math.abs(s % cols - w % cols);
                assertEquals(Math.min(dr, rows - dr) + Math.min(dc, cols - dc), d[w], "from " + s + " to " + w);
            }
        }
    }

    @Test
    void aTorusNeedsThreeRowsAndThreeColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grid.generate(2, 5, true));
        assertTrue(e.getMessage().contains("torus: rows must be >= 3, got 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Grid.generate(3, 0, false));
        assertTrue(e.getMessage().contains("grid: cols must be >= 1, got 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Grid.generate(100_000, 100_000, false));
    }
}
