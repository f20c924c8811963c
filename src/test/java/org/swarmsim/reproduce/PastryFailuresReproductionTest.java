package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce pastry-failures --quick}: 10% of 2,000 nodes fail at once; every lookup still
 * reaches its live root; without routing-table repair the hops rise and stay up; with it they
 * come back.
 */
class PastryFailuresReproductionTest {
    @Test
    void deliveryStaysAtOneAndRepairBringsTheHopsBack() {
        ComparisonTable table = QuickRuns.table("pastry-failures");
        assertEquals(5, table.rows().size());
        assertTrue(table.allPass(), table.toText());
    }

    @Test
    void bothPointsShareTheNetworkAndTheFailedNodes() {
        Path measures = QuickRuns.get("pastry-failures").dir().resolve("measures.csv");
        List<String> lines = QuickRuns.lines(measures);
        assertEquals(1 + 2 * 2, lines.size());
        for (int rep = 0; rep < 2; rep++) {
            String repair = lines.get(1 + rep);
            String none = lines.get(3 + rep);
            assertEquals(QuickRuns.column(measures, repair, "hops_before"), QuickRuns.column(measures, none, "hops_before"),
                    "before the failure the two points are the same run");
            assertEquals(200, QuickRuns.column(measures, repair, "failed_nodes"), 0.0, "10% of 2,000");
            assertTrue(QuickRuns.column(measures, repair, "table_repairs_done") > 0);
            assertEquals(0, QuickRuns.column(measures, none, "table_repairs_done"), 0.0);
        }
    }
}
