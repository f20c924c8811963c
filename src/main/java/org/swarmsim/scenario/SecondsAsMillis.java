package org.swarmsim.scenario;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.net.DistributionLatency;

/**
 * A distribution of seconds (as scenarios give durations) seen in milliseconds, as
 * {@link DistributionLatency} takes them; it uses the inverse CDF only, in closed form where
 * {@link DistributionLatency#inverseCdf} has one (log-normal, Pareto).
 */
final class SecondsAsMillis extends AbstractRealDistribution {
    private static final long serialVersionUID = 1L;
    private final RealDistribution seconds;

    SecondsAsMillis(RealDistribution seconds) {
        super(null);
        this.seconds = seconds;
    }

    @Override
    public double inverseCumulativeProbability(double p) {
        return 1000.0 * DistributionLatency.inverseCdf(seconds, p);
    }

    @Override
    public double cumulativeProbability(double x) {
        return seconds.cumulativeProbability(x / 1000.0);
    }

    @Override
    public double density(double x) {
        return seconds.density(x / 1000.0) / 1000.0;
    }

    @Override
    public double getNumericalMean() {
        return 1000.0 * seconds.getNumericalMean();
    }

    @Override
    public double getNumericalVariance() {
        return 1e6 * seconds.getNumericalVariance();
    }

    @Override
    public double getSupportLowerBound() {
        return 1000.0 * seconds.getSupportLowerBound();
    }

    @Override
    public double getSupportUpperBound() {
        return 1000.0 * seconds.getSupportUpperBound();
    }

    @Override
    public boolean isSupportLowerBoundInclusive() {
        return seconds.isSupportLowerBoundInclusive();
    }

    @Override
    public boolean isSupportUpperBoundInclusive() {
        return seconds.isSupportUpperBoundInclusive();
    }

    @Override
    public boolean isSupportConnected() {
        return seconds.isSupportConnected();
    }
}
