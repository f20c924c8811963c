package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.Distributions;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A scenario's latency distribution is given in seconds and read by the latency model in
 * milliseconds: the log-normal and Pareto quantiles are the closed forms, scaled, and agree with
 * Commons Math's numerical inverse to within its solver's tolerance (1e-6 s).
 */
class SecondsAsMillisTest {
    private static final double[] PROBABILITIES = {1e-9, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1 - 1e-9};

    @Test
    void theLogNormalQuantileIsTheClosedFormInMilliseconds() {
        RealDistribution seconds = Distributions.logNormalWithMean(new RandomStreams(1).stream("l"), 0.050, 0.025);
        LogNormalDistribution ln = (LogNormalDistribution) seconds;
        SecondsAsMillis millis = new SecondsAsMillis(seconds);
        for (double p : PROBABILITIES) {
            double closed = 1000.0 * StrictMath.exp(ln.getScale() + ln.getShape() * Math.sqrt(2) * Erf.erfInv(2 * p - 1));
            assertEquals(closed, millis.inverseCumulativeProbability(p), 0.0, "p=" + p);
        }
    }

    @Test
    void theClosedFormsAgreeWithTheNumericalInverseWithinItsTolerance() {
        RandomStreams streams = new RandomStreams(1);
        RealDistribution[] all = {Distributions.logNormalWithMean(streams.stream("l"), 0.050, 0.025),
                Distributions.pareto(streams.stream("p"), 0.020, 3)};
        for (RealDistribution seconds : all) {
            SecondsAsMillis millis = new SecondsAsMillis(seconds);
            for (double p : PROBABILITIES) {
                assertEquals(1000.0 * seconds.inverseCumulativeProbability(p), millis.inverseCumulativeProbability(p),
                        1000.0 * 2e-6, seconds.getClass().getSimpleName() + " p=" + p);
                // and the closed form is the exact quantile: the CDF gives p back
                assertEquals(p, seconds.cumulativeProbability(millis.inverseCumulativeProbability(p) / 1000.0),
                        1e-9 + 1e-9 * p, seconds.getClass().getSimpleName() + " p=" + p);
            }
        }
    }

    @Test
    void otherDistributionsKeepTheirOwnInverse() {
        RealDistribution seconds = Distributions.uniform(new RandomStreams(1).stream("u"), 0.010, 0.100);
        assertEquals(1000.0 * seconds.inverseCumulativeProbability(0.3), new SecondsAsMillis(seconds)
                .inverseCumulativeProbability(0.3), 0.0);
        assertEquals(ParetoDistribution.class, Distributions.pareto(new RandomStreams(1).stream("p"), 1, 2).getClass());
    }
}
