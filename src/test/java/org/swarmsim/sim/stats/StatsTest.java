package org.swarmsim.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void tallyOfOneToTenHasTextbookMomentsAndInterval() {
        Tally t = new Tally("x");
        for (int i = 1; i <= 10; i++) {
            t.add(i);
        }
        assertEquals(10, t.count());
        assertEquals(5.5, t.mean(), 1e-12);
        assertEquals(55.0 / 6.0, t.variance(), 1e-12);       // sum (i - 5.5)^2 / 9
        assertEquals(1, t.min());
        assertEquals(10, t.max());
        // t(0.975, 9) = 2.2621571627; sd = sqrt(55/6); half-width = t * sd / sqrt(10).
        ConfidenceInterval ci = t.confidenceInterval(0.95);
        assertEquals(2.2621571627 * Math.sqrt(55.0 / 6.0) / Math.sqrt(10), ci.halfWidth(), 1e-8);
        assertTrue(ci.contains(5.5));
        assertEquals(5.5 - ci.halfWidth(), ci.lower(), 1e-12);
    }

    @Test
    void tallyIntervalIsUndefinedWithoutEnoughData() {
        Tally t = new Tally();
        assertTrue(Double.isNaN(t.confidenceInterval(0.95).mean()));
        t.add(3);
        assertEquals(Double.POSITIVE_INFINITY, t.confidenceInterval(0.95).halfWidth());
        assertThrows(IllegalArgumentException.class, () -> t.confidenceInterval(1.0));
        assertThrows(IllegalArgumentException.class, () -> t.add(Double.NaN));
    }

    @Test
    void timeWeightedAverageWeightsEachValueByHowLongItHeld() {
        TimeWeightedAverage avg = new TimeWeightedAverage(0, 0);
        avg.update(10, 4);      // 0 for 10 ns
        avg.update(20, 1);      // 4 for 10 ns
        // then 1 for 20 ns: (0*10 + 4*10 + 1*20) / 40 = 1.5
        assertEquals(1.5, avg.average(40), 1e-12);
        assertEquals(60e-9, avg.integralSeconds(40), 1e-18);
        assertEquals(0, avg.min());
        assertEquals(4, avg.max());
        avg.add(40, 2);         // value 3 from 40
        avg.reset(40);          // warm-up ends: only the future counts
        assertEquals(3, avg.average(50), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> avg.update(30, 0));
    }
}
