package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStreams;

class DistributionSpecTest {
    private static DistributionSpec spec(String dist, Object... kv) {
        Map<String, Double> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return new DistributionSpec(dist, params, null);
    }

    @Test
    void buildsEachDistributionWithTheMeanItsParametersImply() {
        RandomStreams streams = new RandomStreams(1);
        assertEquals(600, spec("exponential", "mean", 600).build(streams.stream("e")).getNumericalMean(), 1e-9);
        assertEquals(3, spec("uniform", "min", 1, "max", 5).build(streams.stream("u")).getNumericalMean(), 1e-9);
        assertEquals(3600, spec("lognormal", "mean", 3600, "sd", 1800).build(streams.stream("l")).getNumericalMean(),
                1e-6);
        assertEquals(Math.exp(1 + 0.5 * 0.25), spec("lognormal", "scale", 1, "shape", 0.5)
                .build(streams.stream("l2")).getNumericalMean(), 1e-9);
        // Pareto(scale xm, shape a): mean a*xm/(a-1).
        assertEquals(3 * 60.0 / 2, spec("pareto", "scale", 60, "shape", 3).build(streams.stream("p")).getNumericalMean(),
                1e-9);
        // Weibull(shape 1) is exponential with mean = scale.
        assertEquals(1200, spec("weibull", "shape", 1, "scale", 1200).build(streams.stream("w")).getNumericalMean(),
                1e-6);
        assertEquals(0, DistributionSpec.constant(0).build(streams.stream("c")).sample());
    }

    @Test
    void samplingIsDeterminedByTheStream() {
        DistributionSpec d = DistributionSpec.exponential(600_000_000_000L);
        RealDistribution a = d.build(new RandomStreams(5).stream("peer/1/lingering"));
        RealDistribution b = d.build(new RandomStreams(5).stream("peer/1/lingering"));
        for (int i = 0; i < 100; i++) {
            assertEquals(a.sample(), b.sample());
        }
    }

    @Test
    void sampleMeanOfAnExponentialIsCloseToItsMean() {
        RealDistribution d = DistributionSpec.exponential(10_000_000_000L).build(new RandomStreams(3).stream("x"));
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += DistributionSpec.sampleNanos(d);
        }
        double meanSeconds = sum / n / 1e9;
        // Standard error of the mean is 10/sqrt(n) = 0.0316 s; allow five of them.
        assertEquals(10.0, meanSeconds, 5 * 10 / Math.sqrt(n));
    }

    @Test
    void neverSamplesAsTheLargestTime() {
        RealDistribution d = DistributionSpec.NEVER.build(new RandomStreams(1).stream("n"));
        assertEquals(Long.MAX_VALUE, DistributionSpec.sampleNanos(d));
        assertTrue(DistributionSpec.NEVER.isNever());
    }

    @Test
    void unknownNamesAndMissingParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> spec("gaussian", "mean", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec("exponential", "rate", 1).build(new RandomStreams(1).stream("x")));
        assertTrue(e.getMessage().contains("mean"), e.getMessage());
    }
}
