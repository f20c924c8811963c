package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code reproduce fluid-steady-state --quick}: leechers, seeds and download time against Qiu and
 * Srikant's steady state in both regimes.
 */
class FluidSteadyStateReproductionTest {
    @Test
    void theFluidModelsSteadyStateMatchesInBothRegimes() {
        ComparisonTable table = QuickRuns.table("fluid-steady-state");
        assertEquals(6, table.rows().size());
        assertTrue(table.allPass(), table.toText());
        for (Comparison c : table.rows()) {
            if (c.metric().equals("download_time_s") && c.parameters().get("regime").equals("download-limited")) {
                // F/d is a hard floor: nobody downloads faster than its link.
                assertTrue(c.ratio() >= 1.0, c.toString());
            }
        }
    }

    @Test
    void theoryIsFOverUMinusTheSeedingTimeWhenUploadLimitedAndFOverDOtherwise() {
        var points = new FluidSteadyStateExperiment().points(false);
        double[] up = FluidSteadyStateExperiment.theory(points.get(0));
        assertEquals(10 * 1048576 / 100_000.0 - 30, up[2], 1e-9);
        assertEquals(0.5 * up[2], up[0], 1e-9);
        assertEquals(15, up[1], 1e-9);
        double[] down = FluidSteadyStateExperiment.theory(points.get(1));
        assertEquals(10 * 1048576 / 100_000.0, down[2], 1e-9);
    }
}
