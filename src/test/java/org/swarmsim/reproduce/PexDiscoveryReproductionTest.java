package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code reproduce pex-discovery --quick}: with a tracker alone no peer comes to know 90% of the
 * swarm; with PEX (after a tracker or the DHT) nearly every peer does, at a cost under 1% of the
 * payload, and downloads are no slower.
 */
class PexDiscoveryReproductionTest {
    @Test
    void everyComparisonPasses() {
        ComparisonTable table = QuickRuns.table("pex-discovery");
        assertEquals(3 + 1 + 2 * 2 + 1, table.rows().size(), table.toText());
        assertTrue(table.allPass(), table.toText());
    }
}
