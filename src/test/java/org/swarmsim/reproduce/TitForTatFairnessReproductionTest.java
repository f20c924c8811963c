package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce tit-for-tat-fairness --quick}: slow classes upload less than they download,
 * fast classes more (Bharambe et al.), and free-riders finish later than compliant peers.
 */
class TitForTatFairnessReproductionTest {
    @Test
    void fastClassesSubsidiseSlowOnesAndFreeRidersFinishLater() {
        ComparisonTable table = QuickRuns.table("tit-for-tat-fairness");
        List<Comparison> rows = table.rows();
        assertEquals(7, rows.size());
        assertTrue(table.allPass(), table.toText());
        double c1 = rows.stream().filter(c -> c.metric().equals("up_down_c1")).findFirst().orElseThrow().mean();
        double c7 = rows.stream().filter(c -> c.metric().equals("up_down_c7")).findFirst().orElseThrow().mean();
        assertTrue(c7 > 1.3 * c1, "c7 " + c7 + " vs c1 " + c1);
    }
}
