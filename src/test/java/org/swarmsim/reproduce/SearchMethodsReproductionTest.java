package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce search-methods --quick}: on a random 4-regular overlay of 2,000 servents, 16
 * checking walkers cost over ten times fewer messages than a TTL-7 flood and arrive later, the
 * expanding ring costs a fraction of the flood, a single walker's steps follow random probing's
 * truncated geometric law, and the three allocations' search sizes follow Cohen and Shenker's
 * closed forms, square root below uniform.
 */
class SearchMethodsReproductionTest {
    @Test
    void everyComparisonPassesAndTheRowsAreTheOnesTheScenarioHeaderLists() {
        ComparisonTable table = QuickRuns.table("search-methods");
        assertTrue(table.allPass(), table.toText());
        List<String> metrics = table.rows().stream().map(c -> c.point() + " " + c.metric()).toList();
        assertEquals(List.of("lv flood_success", "lv walkers_success", "lv flood_over_walkers_messages",
                "lv ring_over_flood_messages", "lv walkers_over_flood_first_hit_s", "walk-r10 walker_messages",
                "walk-r20 walker_messages", "walk-r40 walker_messages", "cs-uniform walker_messages",
                "cs-proportional walker_messages", "cs-square_root walker_messages",
                "cs-square_root/cs-uniform square_root_over_uniform_messages"), metrics);
    }

    @Test
    void aWalkerNeedsMoreStepsForRarerObjectsAsNOverRPredicts() {
        ComparisonTable table = QuickRuns.table("search-methods");
        double r10 = row(table, "walk-r10").mean();
        double r20 = row(table, "walk-r20").mean();
        double r40 = row(table, "walk-r40").mean();
        assertTrue(r10 > r20 && r20 > r40, r10 + " " + r20 + " " + r40);
        // doubling the replicas about halves the steps (less where the TTL of 255 truncates the walk)
        assertTrue(r20 / r40 > 1.6 && r20 / r40 < 2.2, "r20/r40 " + r20 / r40);
    }

    @Test
    void squareRootReplicationSearchesFasterThanUniformAndProportional() {
        ComparisonTable table = QuickRuns.table("search-methods");
        double uniform = row(table, "cs-uniform").mean();
        double proportional = row(table, "cs-proportional").mean();
        double sqrt = row(table, "cs-square_root").mean();
        assertTrue(sqrt < uniform && sqrt < proportional, sqrt + " vs " + uniform + ", " + proportional);
        assertEquals(uniform, proportional, 0.15 * uniform, "uniform and proportional give about m / rho both");
    }

    private static Comparison row(ComparisonTable t, String point) {
        return t.rows().stream().filter(c -> c.point().equals(point)).findFirst().orElseThrow();
    }
}
