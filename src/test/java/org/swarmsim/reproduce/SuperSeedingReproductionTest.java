package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code reproduce super-seeding --quick}: everyone completes; with many pieces a leecher the
 * super-seed uploads about one copy before the first completion; at every piece count it uploads
 * less than the legout seed before the first completion and in all, and the leechers finish sooner.
 */
class SuperSeedingReproductionTest {
    @Test
    void everyComparisonPasses() {
        ComparisonTable table = QuickRuns.table("super-seeding");
        assertEquals(6 + 2 + 3 * 3, table.rows().size(), table.toText());
        assertTrue(table.allPass(), table.toText());
    }
}
