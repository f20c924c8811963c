package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code reproduce finder-discovery --quick}: the swarm completes whichever source finds its peers;
 * finders find the first peer about as fast as a tracker, faster than the DHT and with fewer
 * messages, and still lead every peer to the swarm with 10% of the finders failed.
 */
class FinderDiscoveryReproductionTest {
    @Test
    void everyComparisonPasses() {
        ComparisonTable table = QuickRuns.table("finder-discovery");
        assertEquals(4 + 4, table.rows().size(), table.toText());
        assertTrue(table.allPass(), table.toText());
    }

    @Test
    void findersSpendFewerMessagesThanTheDhtButMoreThanATracker() {
        ComparisonTable table = QuickRuns.table("finder-discovery");
        Comparison vsDht = table.rows().stream().filter(c -> c.metric().equals("messages_vs_dht")).findFirst()
                .orElseThrow();
        assertTrue(vsDht.mean() < 0.6, "finder messages per peer over the DHT's: " + vsDht.mean());
    }
}
