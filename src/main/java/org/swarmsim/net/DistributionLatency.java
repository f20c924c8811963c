package org.swarmsim.net;

import java.util.Objects;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.special.Erf;
import org.swarmsim.sim.random.RandomStream;

/**
 * One-way delays drawn from any distribution, once per node pair: the pair's delay is stable for
 * the run and symmetric, without storing N^2 values. The unordered pair {@code {a, b}} and a seed
 * (taken from a {@link RandomStream}) are hashed (SplitMix64) into a uniform {@code u} in (0, 1),
 * and the delay is the distribution's inverse CDF at {@code u}. Negative draws count as 0.
 *
 * <pre>{@code
 * new DistributionLatency(Distributions.logNormalWithMean(stream, 40, 20), streams.stream("net/latency"))
 * }</pre>
 */
public final class DistributionLatency implements LatencyModel {
    private final RealDistribution oneWayMillis;
    private final long seed;

    /**
     * @param oneWayMillis distribution of the one-way delay in milliseconds (only its inverse CDF is used)
     * @param stream       gives the seed of the pair hash (one long is drawn)
     */
    public DistributionLatency(RealDistribution oneWayMillis, RandomStream stream) {
        this.oneWayMillis = Objects.requireNonNull(oneWayMillis, "oneWayMillis");
        this.seed = stream.nextLong();
    }

    @Override
    public long oneWayNanos(Node a, Node b) {
        return oneWayNanos(a.id(), b.id());
    }

    /** The delay between nodes with ids {@code a} and {@code b}. */
    public long oneWayNanos(int a, int b) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        long h = mix(seed ^ mix((lo << 32) ^ hi ^ 0x5DEECE66DL));
        // 53 random bits, shifted by half a step so that u is never exactly 0 or 1.
        double u = ((h >>> 11) + 0.5) * 0x1.0p-53;
        double millis = quantile(u);
        if (Double.isNaN(millis)) {
            throw new IllegalStateException("latency distribution " + oneWayMillis + " gave NaN at u=" + u);
        }
        return Math.max(0, Math.round(millis * 1e6));
    }

    private double quantile(double u) {
        return inverseCdf(oneWayMillis, u);
    }

    /**
     * The inverse CDF of {@code d} at {@code u}. Commons Math 3.6 has no closed form for the
     * log-normal and Pareto quantiles (it searches numerically with Brent's method, tens of
     * microseconds and accurate only to its solver's tolerance); those two are computed directly,
     * every other distribution asks {@code d}. A distribution that wraps another (seconds seen in
     * milliseconds) should call this on the one it wraps.
     */
    public static double inverseCdf(RealDistribution d, double u) {
        if (d instanceof LogNormalDistribution logNormal) {
            return StrictMath.exp(logNormal.getScale() + logNormal.getShape() * Math.sqrt(2) * Erf.erfInv(2 * u - 1));
        }
        if (d instanceof ParetoDistribution pareto) {
            return pareto.getScale() * StrictMath.pow(1 - u, -1 / pareto.getShape());
        }
        return d.inverseCumulativeProbability(u);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "DistributionLatency[" + oneWayMillis.getClass().getSimpleName() + " ms]";
    }
}
