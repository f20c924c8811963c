package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce rarest-vs-random --quick}: with a slow seed, random selection is slower, leaves
 * a piece held only by the seed more of the time, and keeps leechers less interested in their
 * neighbours than rarest first. Legout et al.'s interest close to 1 holds in a steady-state
 * torrent; in the seed-bound flash crowd (their transient state) it is much lower, as they say
 * of transient torrents.
 */
class RarestVsRandomReproductionTest {
    private static Comparison row(List<Comparison> rows, String point, String metric) {
        return rows.stream().filter(c -> c.point().equals(point) && c.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void randomSelectionIsSlowerLosesPiecesMoreOftenAndIsLessInterestingThanRarestFirst() {
        ComparisonTable table = QuickRuns.table("rarest-vs-random");
        List<Comparison> rows = table.rows();
        assertEquals(6, rows.size());
        Comparison time = row(rows, "random", "mean_download_s");
        assertTrue(time.pass() && time.ratio() > 1.05, time.toString());
        Comparison missing = row(rows, "random", "piece_missing_fraction");
        assertTrue(missing.pass() && missing.ratio() > 1.0, missing.toString());
        Comparison interestRandom = row(rows, "random", "interest_fraction");
        assertTrue(interestRandom.pass() && interestRandom.ratio() < 1.0, interestRandom.toString());
        Comparison steady = row(rows, "steady-rarest_first", "interest_fraction");
        assertTrue(steady.pass() && steady.mean() >= 0.9 && steady.mean() <= 1, steady.toString());
        Comparison transientRarest = row(rows, "rarest_first", "interest_fraction");
        assertTrue(transientRarest.pass() && transientRarest.mean() < 0.75 * steady.mean(), transientRarest.toString());
        assertTrue(table.allPass(), table.toString());
    }
}
