package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce seed-stability --quick}: below the seed's piece rate the swarm is stable, above
 * it the leechers grow at about λ − U_s, for both pickers. The third case (λ = 0.5/s as in the
 * unstable case, U_s = 1.95/s) stays bounded too.
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
            Comparison busy = byPoint.get("stable-high-lambda-" + picker);
            assertTrue(unstable.pass(), unstable.toString());
            assertTrue(stable.pass(), stable.toString());
            assertTrue(busy.pass(), busy.toString());
            assertTrue(busy.mean() < 0.1 * unstable.mean(), busy + " vs " + unstable);
        }
        assertTrue(table.allPass());
    }
}
