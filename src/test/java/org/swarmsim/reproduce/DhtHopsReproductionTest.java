package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.run.swarm.SyntheticRun;

/**
 * {@code reproduce dht-hops --quick}: in a static Kademlia network of 500..4,000 nodes every
 * lookup succeeds, the mean rounds stay below log2 N, no lookup takes more than ceil(log2 N)
 * rounds, and the mean rounds grow with log2 N at between half and all of 1/log2 k per doubling.
 */
class DhtHopsReproductionTest {
    @Test
    void lookupRoundsStayUnderLog2NAndGrowByLessThanOneRoundPerDoubling() {
        ComparisonTable table = QuickRuns.table("dht-hops");
        assertEquals(4 * 3 + 1, table.rows().size());
        for (Comparison c : table.rows()) {
            if (c.metric().equals("rounds_mean")) {
                assertTrue(c.mean() > 1 && c.mean() < c.predicted(), c.point() + ": " + c.mean());
            }
        }
        Comparison fit = table.rows().get(table.rows().size() - 1);
        assertEquals("rounds_per_doubling", fit.metric());
        assertTrue(fit.mean() > 0 && fit.mean() < 1, "slope " + fit.mean());
        assertTrue(table.allPass(), table.toText());
    }

    @Test
    void everyRunWritesItsLookupsAndTheMeasuresHaveOneRowPerRun() {
        Path dir = QuickRuns.get("dht-hops").dir();
        assertTrue(Files.isRegularFile(dir.resolve("point-00").resolve("rep-000").resolve("lookups.csv")));
        List<String> lines = QuickRuns.lines(dir.resolve("measures.csv"));
        assertEquals(1 + 4 * 2, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            double margin = QuickRuns.column(dir.resolve("measures.csv"), line, "rounds_max_minus_ceil_log2n");
            assertTrue(margin <= DhtHopsExperiment.C, "a lookup took more than ceil(log2 N) + C rounds: " + line);
            assertTrue(QuickRuns.column(dir.resolve("measures.csv"), line, "lookups") > 100, line);
        }
    }

    @Test
    void theQuickAndFullGridsDoubleTheNetworkSizeAtLeastThreeTimes() {
        DhtHopsExperiment e = new DhtHopsExperiment();
        assertEquals(List.of("500", "1000", "2000", "4000"), e.points(true).stream().map(p -> p.parameter("N")).toList());
        assertEquals(List.of("1000", "3000", "10000", "30000", "100000"),
                e.points(false).stream().map(p -> p.parameter("N")).toList());
        assertTrue(e.points(false).stream().allMatch(p -> p.replications() == 3));
    }

    @Test
    void aSwarmRunIsRejectedWithTheReason() {
        ExperimentPoint p = new DhtHopsExperiment().points(true).get(0);
        SwarmResult swarm = new SwarmResult(SyntheticRun.timeSeries(), SyntheticRun.peers(), 1, 1, 11, 10, 1, 0);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> new DhtHopsExperiment().measure(p, null, swarm, null));
        assertTrue(ex.getMessage().contains("DhtLookupResult") && ex.getMessage().contains("SwarmResult"), ex.getMessage());
    }
}
