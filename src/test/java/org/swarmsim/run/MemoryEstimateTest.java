package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    @Test
    void theHeapToGiveIsTheLiveSetAndHalfAgainPlusTheBase() {
        MemoryEstimate e = new MemoryEstimate(100 * MIB, 1000, "1,000 peers");
        assertEquals(MemoryEstimate.BASE_BYTES + 150 * MIB, e.heapBytes());
        assertFalse(e.exceeds(e.heapBytes()));
        assertTrue(e.exceeds(e.heapBytes() - 1));
    }

    @Test
    void theSuggestedXmxIsRoundedUpToQuarterGibibytesThenWholeOnes() {
        assertEquals("-Xmx256m", new MemoryEstimate(10 * MIB, 10, "x").xmx());
        assertEquals("-Xmx512m", new MemoryEstimate(200 * MIB, 10, "x").xmx());
        assertEquals("-Xmx2g", new MemoryEstimate(GIB, 10, "x").xmx(), "1.5 GiB + 24 MiB rounds up to 2 GiB");
        assertEquals("-Xmx16g", new MemoryEstimate(10 * GIB, 10, "x").xmx(), "15 GiB + 24 MiB rounds up to 16 GiB");
    }

    @Test
    void thePopulationThatFitsScalesTheCostPerMember() {
        MemoryEstimate e = new MemoryEstimate(1000 * MIB, 1_000_000, "a million nodes");
        // 1,000 MiB x 1.5 / 1e6 = 1,572.864 bytes of heap per node
        long fit = e.populationFitting(4 * GIB);
        assertEquals((long) ((4 * GIB - MemoryEstimate.BASE_BYTES) / (1500 * MIB / 1e6)), fit);
        assertTrue(e.warning(GIB).contains("or simulate at most about 666,666."), e.warning(GIB));
        assertFalse(e.warning(8 * GIB).contains("at most"), "no smaller population to suggest when it fits");
    }

    @Test
    void theWarningSaysWhatItNeedsWhatTheJvmHasAndWhatToChange() {
        String w = new MemoryEstimate(10 * GIB, 10_000_000, "10,000,000 nodes").warning(4 * GIB);
        assertEquals("warning: this scenario needs about 15.0 GiB of heap (10,000,000 nodes) but this JVM's maximum heap"
                + " is 4.0 GiB; it may run out of memory (exit 4). Give it more (JAVA_OPTS=-Xmx16g swarmsim ..., or java"
                + " -Xmx16g -jar ...) or simulate at most about 2,651,041.", w);
    }

    @Test
    void copiesThatFitAreHowManyRunsASweepCanHoldAtOnce() {
        MemoryEstimate e = new MemoryEstimate(100 * MIB, 1000, "x");
        assertEquals(2, e.copiesFitting(MemoryEstimate.BASE_BYTES + 300 * MIB));
        assertEquals(1, e.copiesFitting(MemoryEstimate.BASE_BYTES + 299 * MIB));
        assertEquals(0, e.copiesFitting(MemoryEstimate.BASE_BYTES + 149 * MIB));
    }
}
