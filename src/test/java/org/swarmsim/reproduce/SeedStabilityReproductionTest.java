package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce seed-stability --quick}: below the seed's piece rate the swarm is stable, above
 * it the leechers grow at about λ − U_s, for both pickers. The third case (stable by the theorem,
 * λ = 0.5/s against U_s = 1.95/s) grows in this simulator because the seed's upload slots stay
 * idle between rechokes; the reproduction reports it as failing, and this test pins that known
 * gap so that a fix to the choker shows up here.
 */
class SeedStabilityReproductionTest {
    @Test
    void leechersGrowAtLambdaMinusTheSeedRateAboveTheThresholdAndStayBoundedWellBelowIt() {
        ComparisonTable table = QuickRuns.table("seed-stability");
        Map<String, Comparison> byPoint = table.rows().stream().collect(Collectors.toMap(Comparison::point, c -> c));
        assertEquals(6, byPoint.size());
        for (String picker : new String[] {"rarest_first", "random"}) {
            Comparison unstable = byPoint.get("unstable-" + picker);
            Comparison stable = byPoint.get("stable-" + picker);
            Comparison near = byPoint.get("stable-near-choker-limit-" + picker);
            assertTrue(unstable.pass(), unstable.toString());
            assertTrue(stable.pass(), stable.toString());
            // Known gap, reported as a failure: growth well below the unstable case but not zero.
            assertFalse(near.pass(), near.toString());
            assertTrue(near.mean() < 0.5 * unstable.mean(), near + " vs " + unstable);
        }
        assertFalse(table.allPass());
    }
}
