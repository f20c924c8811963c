package org.swarmsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.CoordinateLatency;
import org.swarmsim.net.DistributionLatency;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.net.MatrixLatency;
import org.swarmsim.scenario.LatencySpec;
import org.swarmsim.scenario.Registry;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Builds the network's latency model from {@code network.latency}, through a registry keyed by the
 * model name (a new model is one class plus one registration).
 */
public final class LatencyModels {
    /** What a latency factory gets: the spec and the run's random streams. */
    public record Params(LatencySpec spec, RandomStreams streams) {
    }

    public static final Registry<Params, LatencyModel> REGISTRY = new Registry<Params, LatencyModel>("latency model")
            .register("constant", p -> new ConstantLatency(((LatencySpec.Constant) p.spec()).valueNanos()))
            .register("distribution", p -> new DistributionLatency(
                    millis(((LatencySpec.FromDistribution) p.spec()).dist().build(p.streams().stream("network", "latency"))),
                    p.streams().stream("network", "latency-pairs")))
            .register("coordinates", p -> coordinates((LatencySpec.Coordinates) p.spec(), p.streams()))
            .register("matrix", p -> matrix((LatencySpec.Matrix) p.spec(), p.streams()));

    private LatencyModels() {
    }

    public static LatencyModel build(LatencySpec spec, RandomStreams streams) {
        return REGISTRY.create(spec.model(), new Params(spec, streams));
    }

    /**
     * Points uniform in a square of side {@code extent} (measured in milliseconds of delay); the
     * one-way latency is the distance plus {@code base}, split as half the base for each end's
     * access link.
     */
    private static LatencyModel coordinates(LatencySpec.Coordinates c, RandomStreams streams) {
        if (c.dimensions() != 2) {
            throw new IllegalArgumentException("network.latency: the coordinates model is two-dimensional "
                    + "(given dimensions: " + c.dimensions() + "; allowed: 2)");
        }
        double sideMs = c.extentNanos() / (double) SimTime.NANOS_PER_MILLI;
        double halfBaseMs = c.baseNanos() / 2.0 / SimTime.NANOS_PER_MILLI;
        return new CoordinateLatency(streams.stream("network", "coordinates"), sideMs, 1.0,
                halfBaseMs > 0 ? new ConstantRealDistribution(halfBaseMs) : null);
    }

    private static LatencyModel matrix(LatencySpec.Matrix m, RandomStreams streams) {
        double[] weights = m.weights().isEmpty() ? null : m.weights().stream().mapToDouble(Double::doubleValue).toArray();
        if (weights == null) {
            weights = new double[m.sites()];
            java.util.Arrays.fill(weights, 1.0);
        }
        try {
            return MatrixLatency.fromFile(m.file(), weights, streams.stream("network", "sites"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read latency matrix " + m.file(), e);
        }
    }

    /** A distribution of seconds seen in milliseconds (DistributionLatency uses the inverse CDF). */
    private static RealDistribution millis(RealDistribution seconds) {
        return new AbstractRealDistribution(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public double inverseCumulativeProbability(double p) {
                return 1000.0 * seconds.inverseCumulativeProbability(p);
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
        };
    }
}
