package org.swarmsim.kademlia;

import java.util.Locale;
import org.swarmsim.sim.random.RandomStream;

/**
 * A distribution of session or offline durations for churn, sampled by inverse transform from
 * the node's own stream (so one node's draws never shift another's). Measured DHT sessions are
 * heavy-tailed (Weibull with shape below 1, or Pareto); exponential is the memoryless baseline.
 *
 * @param kind  the family
 * @param a     exponential: mean seconds; Weibull: shape; Pareto: scale (minimum) seconds
 * @param b     exponential: unused; Weibull: scale seconds; Pareto: shape
 */
public record Lifetime(Kind kind, double a, double b) {
    /** Distribution families. */
    public enum Kind {
        EXPONENTIAL, WEIBULL, PARETO
    }

    public Lifetime {
        if (kind == null || !(a > 0) || Double.isInfinite(a) || (kind != Kind.EXPONENTIAL && (!(b > 0) || Double.isInfinite(b)))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "lifetime %s needs finite positive parameters, got a=%s b=%s", kind, a, b));
        }
    }

    public static Lifetime exponential(double meanSeconds) {
        return new Lifetime(Kind.EXPONENTIAL, meanSeconds, 0);
    }

    public static Lifetime weibull(double shape, double scaleSeconds) {
        return new Lifetime(Kind.WEIBULL, shape, scaleSeconds);
    }

    public static Lifetime pareto(double scaleSeconds, double shape) {
        return new Lifetime(Kind.PARETO, scaleSeconds, shape);
    }

    /** One duration in seconds. */
    public double sampleSeconds(RandomStream random) {
        double u = random.nextDouble();   // [0, 1)
        double tail = 1 - u;              // (0, 1]
        switch (kind) {
            case EXPONENTIAL:
                return -a * StrictMath.log(tail);
            case WEIBULL:
                return b * StrictMath.pow(-StrictMath.log(tail), 1 / a);
            case PARETO:
                return a * StrictMath.pow(tail, -1 / b);
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    /** The mean in seconds (infinite for a Pareto with shape <= 1). */
    public double meanSeconds() {
        switch (kind) {
            case EXPONENTIAL:
                return a;
            case WEIBULL:
                return b * StrictMath.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / a));
            case PARETO:
                return b <= 1 ? Double.POSITIVE_INFINITY : a * b / (b - 1);
            default:
                throw new IllegalStateException(kind.toString());
        }
    }
}
