package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reproduce tit-for-tat-fairness --quick}: slow classes upload less than they download,
 * fast classes more (Bharambe et al.), and free-riders finish later than compliant peers.
 */
class TitForTatFairnessReproductionTest {
    @Test
    void fastClassesSubsidiseSlowOnesAndFreeRidersFinishLater(@TempDir Path tmp) {
        ComparisonTable table = QuickRuns.run("tit-for-tat-fairness", tmp);
        List<Comparison> rows = table.rows();
        assertEquals(7, rows.size());
        assertTrue(table.allPass(), table.toText());
        double c1 = rows.stream().filter(c -> c.metric().equals("up_down_c1")).findFirst().orElseThrow().mean();
        double c7 = rows.stream().filter(c -> c.metric().equals("up_down_c7")).findFirst().orElseThrow().mean();
        assertTrue(c7 > 1.3 * c1, "c7 " + c7 + " vs c1 " + c1);
    }
}
