package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce rarest-vs-random --quick}: with a slow seed, random selection is slower and
 * keeps leechers less interested in their neighbours than rarest first; with a faster (but still
 * scarce) seed, once every piece has reached the leechers random lets pieces disappear from them
 * far more of the time (at least 3x) and takes longer to get every piece out. Legout et al.'s interest close to 1 holds in a steady-state
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
        assertEquals(7, rows.size());
        Comparison time = row(rows, "random", "mean_download_s");
        assertTrue(time.pass() && time.ratio() > 1.05, time.toString());
        Comparison loss = row(rows, "diversity-random", "piece_loss_fraction");
        assertTrue(loss.pass() && loss.mean() > 3 * loss.predicted(), loss.toString());
        Comparison out = row(rows, "diversity-random", "all_pieces_out_s");
        assertTrue(out.pass() && out.ratio() > 1.0, out.toString());
        Comparison interestRandom = row(rows, "random", "interest_fraction");
        assertTrue(interestRandom.pass() && interestRandom.ratio() < 1.0, interestRandom.toString());
        Comparison steady = row(rows, "steady-rarest_first", "interest_fraction");
        assertTrue(steady.pass() && steady.mean() >= 0.9 && steady.mean() <= 1, steady.toString());
        Comparison transientRarest = row(rows, "rarest_first", "interest_fraction");
        assertTrue(transientRarest.pass() && transientRarest.mean() < 0.75 * steady.mean(), transientRarest.toString());
        assertTrue(table.allPass(), table.toString());
    }
}
