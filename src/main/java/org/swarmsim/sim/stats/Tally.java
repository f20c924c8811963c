package org.swarmsim.sim.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Statistics of a sequence of observations (download times, lookup latencies, replication
 * means): count, mean, variance, min, max, and a Student-t confidence interval on the mean.
 * Backed by Commons Math's numerically stable {@link SummaryStatistics}.
 */
public final class Tally {
    private final String name;
    private final SummaryStatistics stats = new SummaryStatistics();

    public Tally(String name) {
        this.name = name;
    }

    public Tally() {
        this("tally");
    }

    public String name() {
        return name;
    }

    public void add(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException(name + ": NaN observation");
        }
        stats.addValue(x);
    }

    public long count() {
        return stats.getN();
    }

    public double mean() {
        return stats.getMean();
    }

    /** Unbiased sample variance (n - 1 in the denominator); NaN with fewer than two values. */
    public double variance() {
        return stats.getN() < 2 ? Double.NaN : stats.getVariance();
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    public double min() {
        return stats.getMin();
    }

    public double max() {
        return stats.getMax();
    }

    public double sum() {
        return stats.getSum();
    }

    /**
     * Student-t confidence interval on the mean at the given level (0 &lt; level &lt; 1).
     * With one observation the half-width is infinite; with none the interval is NaN.
     */
    public ConfidenceInterval confidenceInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        long n = stats.getN();
        if (n == 0) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, level);
        }
        if (n == 1) {
            return new ConfidenceInterval(mean(), Double.POSITIVE_INFINITY, level);
        }
        // null generator: this distribution is only used for its inverse CDF, never sampled.
        TDistribution t = new TDistribution(null, n - 1.0, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        double q = t.inverseCumulativeProbability(1 - (1 - level) / 2);
        return new ConfidenceInterval(mean(), q * standardDeviation() / Math.sqrt(n), level);
    }

    @Override
    public String toString() {
        return name + "[n=" + count() + ", mean=" + mean() + ", sd=" + standardDeviation() + "]";
    }
}
