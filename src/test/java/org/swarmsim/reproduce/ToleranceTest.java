package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToleranceTest {
    @Test
    void aRatioToleranceAcceptsExactlyItsInterval() {
        Tolerance t = Tolerance.ratio(1.0, 1.5);
        assertTrue(t.accepts(10, 10));
        assertTrue(t.accepts(15, 10));
        assertFalse(t.accepts(9.99, 10));
        assertFalse(t.accepts(15.01, 10));
        assertFalse(t.accepts(Double.NaN, 10));
        assertEquals("ratio in [1, 1.5]", t.describe());
    }

    @Test
    void anAbsoluteToleranceWorksForAPredictionOfZero() {
        Tolerance t = Tolerance.absolute(0.1);
        assertTrue(t.accepts(0.05, 0));
        assertTrue(t.accepts(-0.1, 0));
        assertFalse(t.accepts(0.11, 0));
        assertEquals("|sim-pred| <= 0.1", t.describe());
    }

    @Test
    void aBoundCheckedInEveryRunFailsIfOneRunIsBelowEvenWhenTheMeanIsAbove() {
        ExperimentPoint p = ExperimentPoint.builder("x.yaml").param("N", 10).build(3);
        PointResult r = new PointResult(p, List.of(Map.of("t", 12.0), Map.of("t", 9.0), Map.of("t", 12.0)));
        Comparison c = Comparison.of(r, "t", 10, Tolerance.ratio(1.0, 1.5).inEveryRun());
        assertEquals(11.0, c.mean(), 1e-12);
        assertFalse(c.pass());
        Comparison lenient = Comparison.of(r, "t", 10, Tolerance.ratio(1.0, 1.5));
        assertTrue(lenient.pass());
        assertEquals("ratio in [1, 1.5]; every run", Tolerance.ratio(1, 1.5).inEveryRun().describe());
    }

    @Test
    void theComparisonCsvHasOneColumnPerParameterAndTheVerdict() {
        ExperimentPoint a = ExperimentPoint.builder("x.yaml").param("N", 10).param("picker", "random").build(2);
        PointResult r = new PointResult(a, List.of(Map.of("t", 10.0), Map.of("t", 12.0)));
        ComparisonTable table = new ComparisonTable(List.of(Comparison.of(r, "t", 10, Tolerance.atLeast(1))));
        String[] lines = table.toCsv().split("\n");
        assertEquals("point,N,picker,metric,predicted,sim_mean,ci95_low,ci95_high,n,ratio,tolerance,pass", lines[0]);
        assertTrue(lines[1].startsWith("10-random,10,random,t,10,11,"), lines[1]);
        assertTrue(lines[1].endsWith(",2,1.1,ratio >= 1,true"), lines[1]);
        assertTrue(table.allPass());
        assertTrue(table.toText().contains("all 1 comparisons pass"));
    }
}
