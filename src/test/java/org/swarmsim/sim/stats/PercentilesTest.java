package org.swarmsim.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles. */
class PercentilesTest {
    @Test
    void nearestRankPercentilesOfOneToTwentyAreKnownValues() {
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = i + 1;
        }
        assertEquals(10, Percentiles.nearestRank(v, 50));
        assertEquals(19, Percentiles.nearestRank(v, 95));
        assertEquals(20, Percentiles.nearestRank(v, 100));
        assertEquals(1, Percentiles.nearestRank(v, 0));
        assertEquals(1, Percentiles.nearestRank(v, 5));
        assertEquals(2, Percentiles.nearestRank(v, 5.01));
        assertEquals(7, Percentiles.nearestRank(new double[] {7}, 95));
        assertTrue(Double.isNaN(Percentiles.nearestRank(new double[0], 50)));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(v, 101));
    }
}
