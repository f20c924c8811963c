package org.swarmsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.CoordinateLatency;
import org.swarmsim.net.DistributionLatency;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.net.MatrixLatency;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStreams;

/**
 * One-way latency between two nodes, {@code network.latency} in a scenario: one record per model
 * of the {@link LatencyModels} registry, each knowing how to write itself back and how to build
 * the network's {@link LatencyModel} from the run's random streams.
 */
public sealed interface LatencySpec {
    /** The model name: {@code constant}, {@code distribution}, {@code coordinates} or {@code matrix}. */
    String model();

    /** Writes {@code model} and the parameters into {@code map}. */
    void writeTo(YamlMap map);

    /** The latency model of one run. */
    LatencyModel build(RandomStreams streams);

    /** {@code {model: constant, value: 50ms}}: every pair has the same latency. */
    record Constant(long valueNanos) implements LatencySpec {
        public Constant {
            if (valueNanos < 0) {
                throw new IllegalArgumentException("latency must be >= 0: " + valueNanos);
            }
        }

        @Override
        public String model() {
            return "constant";
        }

        @Override
        public void writeTo(YamlMap map) {
            map.put("model", model());
            map.put("value", Duration.format(valueNanos));
        }

        @Override
        public LatencyModel build(RandomStreams streams) {
            return new ConstantLatency(valueNanos);
        }
    }

    /**
     * {@code {model: distribution, dist: lognormal, mean: 50ms, sd: 20ms}}: each pair of nodes draws
     * its latency once from the distribution (the distribution's keys sit beside {@code model}).
     */
    record FromDistribution(DistributionSpec dist) implements LatencySpec {
        public FromDistribution {
            if (dist.isNever()) {
                throw new IllegalArgumentException("latency cannot be 'never'");
            }
        }

        @Override
        public String model() {
            return "distribution";
        }

        @Override
        public void writeTo(YamlMap map) {
            map.put("model", model());
            dist.writeInto(map);
        }

        @Override
        public LatencyModel build(RandomStreams streams) {
            return new DistributionLatency(new SecondsAsMillis(dist.build(streams.stream("network", "latency"))),
                    streams.stream("network", "latency-pairs"));
        }
    }

    /**
     * {@code {model: coordinates, dimensions: 2, extent: 100ms, base: 5ms}}: each node gets a
     * uniformly random point in a square of side {@code extent}; latency is {@code base} plus the
     * Euclidean distance, measured in time ({@code base} split as half for each end's access link).
     * Two-dimensional only.
     */
    record Coordinates(int dimensions, long extentNanos, long baseNanos) implements LatencySpec {
        public Coordinates {
            if (dimensions != 2 || extentNanos < 0 || baseNanos < 0) {
                throw new IllegalArgumentException("coordinates need dimensions 2, extent >= 0, base >= 0");
            }
        }

        @Override
        public String model() {
            return "coordinates";
        }

        @Override
        public void writeTo(YamlMap map) {
            map.put("model", model());
            map.put("dimensions", dimensions);
            map.put("extent", Duration.format(extentNanos));
            map.put("base", Duration.format(baseNanos));
        }

        @Override
        public LatencyModel build(RandomStreams streams) {
            double sideMs = extentNanos / (double) SimTime.NANOS_PER_MILLI;
            double halfBaseMs = baseNanos / 2.0 / SimTime.NANOS_PER_MILLI;
            return new CoordinateLatency(streams.stream("network", "coordinates"), sideMs, 1.0,
                    halfBaseMs > 0 ? new ConstantRealDistribution(halfBaseMs) : null);
        }
    }

    /**
     * {@code {model: matrix, file: sites.txt, weights: [0.5, 0.3, 0.2]}}: a square matrix of
     * one-way latencies in milliseconds between sites (one row per line, numbers separated by
     * spaces or commas, {@code #} comments); each node is placed at a site drawn with the given
     * weights (equal when absent, stored as an empty list).
     */
    record Matrix(Path file, int sites, List<Double> weights) implements LatencySpec {
        public Matrix {
            weights = List.copyOf(weights);
            if (!weights.isEmpty() && weights.size() != sites) {
                throw new IllegalArgumentException("one weight per site needed: " + weights.size() + " for " + sites);
            }
        }

        @Override
        public String model() {
            return "matrix";
        }

        @Override
        public void writeTo(YamlMap map) {
            map.put("model", model());
            map.put("file", file.toString());
            if (!weights.isEmpty()) {
                YamlMap.YamlList w = map.putList("weights");
                weights.forEach(w::add);
            }
        }

        @Override
        public LatencyModel build(RandomStreams streams) {
            double[] w = weights.isEmpty() ? null : weights.stream().mapToDouble(Double::doubleValue).toArray();
            if (w == null) {
                w = new double[sites];
                Arrays.fill(w, 1.0);
            }
            try {
                return MatrixLatency.fromFile(file, w, streams.stream("network", "sites"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read latency matrix " + file, e);
            }
        }
    }
}
