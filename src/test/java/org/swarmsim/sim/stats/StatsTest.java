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
}
