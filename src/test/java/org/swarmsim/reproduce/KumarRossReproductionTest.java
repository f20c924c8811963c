package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce kumar-ross --quick}: the last completion is never below the Kumar-Ross bound
 * in any run, in any regime, and within 1.5 times it on average.
 */
class KumarRossReproductionTest {
    @Test
    void lastCompletionIsNeverBelowTheMinimumDistributionTimeAndCloseToIt() {
        ComparisonTable table = QuickRuns.table("kumar-ross");
        Path measures = QuickRuns.get("kumar-ross").dir().resolve("measures.csv");
        assertEquals(14, table.rows().size());
        for (Comparison c : table.rows()) {
            assertTrue(c.ratio() >= 1.0, c.point() + " below the bound: " + c.ratio());
        }
        for (String line : QuickRuns.lines(measures)) {
            if (!line.startsWith("dir,")) {
                double ratio = QuickRuns.column(measures, line, "ratio");
                assertTrue(ratio >= 1.0, "a run is below the bound: " + line);
            }
        }
        assertTrue(table.allPass(), table.toText());
    }

    @Test
    void theQuickGridCoversTheThreeRegimesBothUploadMixesAndBothPickers() {
        var points = new KumarRossExperiment().points(true);
        assertEquals(3, points.stream().map(p -> p.parameter("regime")).distinct().count());
        assertEquals(2, points.stream().map(p -> p.parameter("uploads")).distinct().count());
        assertEquals(2, points.stream().map(p -> p.parameter("picker")).distinct().count());
    }
}
