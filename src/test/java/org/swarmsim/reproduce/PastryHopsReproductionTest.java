package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce pastry-hops --quick}: in static Pastry networks of 500..4,000 nodes every lookup
 * reaches its root, the mean hops stay just under log_16 N, the tables fill as the closed form
 * says, and proximity neighbour selection shortens routes.
 */
class PastryHopsReproductionTest {
    @Test
    void meanHopsStayJustUnderLog16NAndEveryLookupReachesItsRoot() {
        ComparisonTable table = QuickRuns.table("pastry-hops");
        assertEquals(4 * 4 + 1 + 2, table.rows().size(), "no Figure 5 rows below 100,000 nodes");
        for (Comparison c : table.rows()) {
            if (c.metric().equals("hops_mean")) {
                assertTrue(c.mean() < c.predicted() && c.mean() > 0.9 * c.predicted(), c.point() + ": " + c.mean());
            }
            if (c.metric().equals("success_rate")) {
                assertEquals(1.0, c.mean(), 0.0, c.point());
            }
        }
        assertTrue(table.allPass(), table.toText());
    }

    @Test
    void proximityNeighbourSelectionShortensRoutesByAtLeastAHalf() {
        ComparisonTable table = QuickRuns.table("pastry-hops");
        Comparison gain = table.rows().stream().filter(c -> c.metric().equals("rdp_random_over_closest")).findFirst()
                .orElseThrow();
        assertTrue(gain.mean() >= PastryHopsExperiment.MIN_RDP_GAIN, "random / closest " + gain.mean());
        Comparison rdp = table.rows().stream().filter(c -> c.metric().equals("relative_delay_penalty")).findFirst()
                .orElseThrow();
        assertTrue(rdp.mean() > 1 && rdp.mean() < 2.1, "relative delay with proximity " + rdp.mean());
    }

    @Test
    void theFullGridReachesTheHundredThousandNodesOfFigure5() {
        PastryHopsExperiment e = new PastryHopsExperiment();
        assertEquals(List.of("1000", "3000", "10000", "30000", "100000", "10000"),
                e.points(false).stream().map(p -> p.parameter("N")).toList());
        double sum = 0;
        for (double p : PastryHopsExperiment.FIGURE5) {
            sum += p;
        }
        assertEquals(1.0, sum, 2e-4, "Figure 5's bins sum to one (to the paper's rounding)");
    }
}
