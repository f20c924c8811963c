package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce small-world --quick}: greedy routing reaches the true home every time; on
 * Kleinberg's lattice the hop exponent at r = 0 is 2/3, the exponents respect Kleinberg's lower
 * bounds, and hops grow polylogarithmically at r = 2 and faster at r = 0 and 3; on Symphony's ring
 * hops grow like log^2 n and fall with the number of long links.
 */
class SmallWorldReproductionTest {
    @Test
    void everyComparisonPassesAndEveryLocateReachesItsHome() {
        ComparisonTable table = QuickRuns.table("small-world");
        for (Comparison c : table.rows()) {
            if (c.metric().equals("success_rate")) {
                assertEquals(1.0, c.mean(), 0.0, c.point());
            }
        }
        assertTrue(table.allPass(), table.toText());
    }

    @Test
    void theExponentIsSmallestNearRTwoAndLargeAwayFromIt() {
        ComparisonTable table = QuickRuns.table("small-world");
        double r0 = exponent(table, "kleinberg-r0-fit");
        double r15 = exponent(table, "kleinberg-r1.5-fit");
        double r3 = exponent(table, "kleinberg-r3-fit");
        assertEquals(2.0 / 3, r0, 0.1, "r = 0: n^(2/3)");
        assertTrue(r15 < r0 && r15 < r3, "the exponent dips between r = 0 and r = 3: " + r0 + ", " + r15 + ", " + r3);
        assertTrue(r3 > 0.7, "r = 3: long links too short, almost lattice walking: " + r3);
    }

    @Test
    void symphonyHopsFallWithMoreLongLinks() {
        ComparisonTable table = QuickRuns.table("small-world");
        List<Comparison> k = table.rows().stream().filter(c -> c.metric().equals("hops_exponent_in_k")).toList();
        assertEquals(3, k.size());
        for (Comparison c : k) {
            assertTrue(c.mean() < -0.6 && c.mean() > -1.1, c.point() + ": " + c.mean());
        }
    }

    private static double exponent(ComparisonTable table, String point) {
        return table.rows().stream().filter(c -> c.point().equals(point)).findFirst().orElseThrow().mean();
    }
}
