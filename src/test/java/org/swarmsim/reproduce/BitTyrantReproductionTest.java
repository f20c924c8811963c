package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce bittyrant --quick}: the comparison rows are computed with confidence intervals,
 * and an all-BitTyrant swarm is not faster than an all-compliant one. The speed-up row (BitTyrant
 * not slower than compliant peers of its class) is reported, not required: in this model a
 * BitTyrant peer is about 10-15% slower (see {@link BitTyrantExperiment}).
 */
class BitTyrantReproductionTest {
    @Test
    void bitTyrantIsComparedWithCompliantPeersOfItsClassAndUniversalBitTyrantDoesNotHelp() {
        ComparisonTable table = QuickRuns.table("bittyrant");
        List<Comparison> rows = table.rows();
        assertEquals(2, rows.size(), table.toText());
        Comparison speed = rows.get(0);
        assertEquals("bittyrant_over_compliant", speed.metric());
        assertEquals(2, speed.n());
        assertTrue(speed.mean() > 0.3 && speed.mean() < 3, "BitTyrant / compliant download time " + speed.mean());
        assertTrue(!Double.isNaN(speed.ci95Low()) && speed.ci95Low() <= speed.mean() && speed.mean() <= speed.ci95High());
        Comparison universal = rows.get(1);
        assertEquals("mean_download_ratio", universal.metric());
        assertTrue(universal.pass(), table.toText());
    }
}
