package org.swarmsim.sim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.sim.stats.Tally;

class DistributionsTest {
    private final RandomStreams streams = new RandomStreams(2026);

    /** Sample mean of n draws lies within 5 standard errors of the distribution's mean. */
    private static void assertSampleMeanMatches(RealDistribution d, int n) {
        Tally t = new Tally();
        for (int i = 0; i < n; i++) {
            t.add(d.sample());
        }
        double se = Math.sqrt(d.getNumericalVariance() / n);
        assertEquals(d.getNumericalMean(), t.mean(), 5 * se, d.getClass().getSimpleName());
    }

    @Test
    void adaptedDistributionsHaveTheirTheoreticalMeans() {
        assertSampleMeanMatches(Distributions.exponential(streams.stream("exp"), 600), 50_000);
        assertSampleMeanMatches(Distributions.uniform(streams.stream("uni"), 2, 5), 50_000);
        assertSampleMeanMatches(Distributions.logNormal(streams.stream("ln"), 1, 0.5), 50_000);
        assertSampleMeanMatches(Distributions.pareto(streams.stream("par"), 1, 3.5), 50_000);
        assertSampleMeanMatches(Distributions.weibull(streams.stream("wei"), 0.7, 100), 50_000);
        RealDistribution ln = Distributions.logNormalWithMean(streams.stream("lnm"), 30, 10);
        assertEquals(30, ln.getNumericalMean(), 1e-9);
        assertEquals(100, ln.getNumericalVariance(), 1e-6);
    }

    @Test
    void distributionsDrawFromTheGivenStreamOnly() {
        Function<String, double[]> sample = key -> {
            RealDistribution d = Distributions.exponential(new RandomStreams(5).stream(key), 1);
            return d.sample(5);
        };
        assertTrue(java.util.Arrays.equals(sample.apply("x"), sample.apply("x")));
        assertTrue(!java.util.Arrays.equals(sample.apply("x"), sample.apply("y")));
    }

    @Test
    void empiricalDistributionReadsAFileAndReportsBadLines(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("sessions.txt");
        StringBuilder sb = new StringBuilder("# session lengths in seconds\n");
        for (int i = 1; i <= 1000; i++) {
            sb.append(i).append('\n');
        }
        Files.writeString(good, sb);
        RealDistribution d = Distributions.empirical(streams.stream("emp"), good);
        assertEquals(500.5, d.getNumericalMean(), 1.0);
        for (double x : d.sample(1000)) {
            assertTrue(x >= 1 && x <= 1000, "sample within the data range: " + x);
        }

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "1\n2\nthree\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.empirical(streams.stream("emp"), bad));
        assertTrue(e.getMessage().contains("bad.txt:3"), e.getMessage());
        assertTrue(e.getMessage().contains("three"), e.getMessage());
    }
}
