package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code reproduce pex-discovery --quick}: with a tracker alone no peer comes to know 90% of the
 * swarm, with tracker + PEX nearly every peer does; PEX multiplies what the DHT alone finds; PEX
 * costs under 1% of the payload, and downloads are no slower.
 */
class PexDiscoveryReproductionTest {
    @Test
    void everyComparisonPasses() {
        ComparisonTable table = QuickRuns.table("pex-discovery");
        assertEquals(4 + 1 + 1 + 2 + 2 + 1, table.rows().size(), table.toText());
        assertTrue(table.allPass(), table.toText());
    }
}
