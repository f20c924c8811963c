package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reproduce bittyrant --quick}: the comparison rows are computed with confidence intervals,
 * and an all-BitTyrant swarm is not faster than an all-compliant one. The speed-up is compared in a
 * flash crowd ({@code mixed}), in a steady state of Poisson arrivals ({@code steady}) and in that
 * steady state against Azureus' capacity-dependent active sets ({@code steady-azureus}). Those rows
 * (BitTyrant not slower than compliant peers of its class, the direction of the paper's claim) are
 * reported with the paper's prediction, not required to pass: in this model a BitTyrant peer is
 * 0-17% slower in the flash crowd and about as fast in the steady states (see
 * {@link BitTyrantExperiment} for the measured reasons). Their verdict must follow the tolerance.
 */
class BitTyrantReproductionTest {
    @Test
    void bitTyrantIsComparedWithCompliantPeersOfItsClassAndUniversalBitTyrantDoesNotHelp() {
        ComparisonTable table = QuickRuns.table("bittyrant");
        List<Comparison> rows = table.rows();
        assertEquals(4, rows.size(), table.toText());
        Comparison speed = rows.get(0);
        assertEquals("bittyrant_over_compliant", speed.metric());
        assertEquals(2, speed.n());
        assertTrue(speed.mean() > 0.3 && speed.mean() < 3, "BitTyrant / compliant download time " + speed.mean());
        assertTrue(!Double.isNaN(speed.ci95Low()) && speed.ci95Low() <= speed.mean() && speed.mean() <= speed.ci95High());
        assertEquals(1 / BitTyrantExperiment.PAPER_SPEEDUP, speed.predicted(), 1e-12, "the paper's prediction stays");
        assertEquals(speed.mean() <= 1, speed.pass(), "passes exactly when BitTyrant is not slower: " + table.toText());
        Comparison universal = rows.get(1);
        assertEquals("mean_download_ratio", universal.metric());
        assertTrue(universal.pass(), table.toText());
        Comparison steady = rows.get(2);
        assertEquals("steady", steady.point());
        assertEquals("bittyrant_over_compliant", steady.metric());
        assertEquals(2, steady.n());
        assertTrue(steady.mean() > 0.3 && steady.mean() < 3, "steady state: BitTyrant / compliant " + steady.mean());
        assertEquals(1 / BitTyrantExperiment.PAPER_SPEEDUP, steady.predicted(), 1e-12);
        assertEquals(steady.mean() <= 1, steady.pass(), table.toText());
        Comparison azureus = rows.get(3);
        assertEquals("steady-azureus", azureus.point());
        assertEquals(2, azureus.n());
        assertTrue(azureus.mean() > 0.3 && azureus.mean() < 3, "against Azureus active sets " + azureus.mean());
        assertEquals(azureus.mean() <= 1, azureus.pass(), table.toText());
    }
}
