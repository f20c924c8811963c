package org.swarmsim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * One-way latency between two peers, {@code network.latency} in a scenario. {@link #model()} is
 * the name the latency-model registry builds from.
 */
public sealed interface LatencySpec {
    /** The model name: {@code constant}, {@code distribution}, {@code coordinates} or {@code matrix}. */
    String model();

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
    }

    /**
     * {@code {model: distribution, dist: lognormal, mean: 50ms, sd: 20ms}}: each pair of peers draws
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
    }

    /**
     * {@code {model: coordinates, dimensions: 2, extent: 100ms, base: 5ms}}: each peer gets a
     * uniformly random point in a cube of side {@code extent}; latency is {@code base} plus the
     * Euclidean distance, measured in time.
     */
    record Coordinates(int dimensions, long extentNanos, long baseNanos) implements LatencySpec {
        public Coordinates {
            if (dimensions < 1 || extentNanos < 0 || baseNanos < 0) {
                throw new IllegalArgumentException("coordinates need dimensions >= 1, extent >= 0, base >= 0");
            }
        }

        @Override
        public String model() {
            return "coordinates";
        }
    }

    /**
     * {@code {model: matrix, file: sites.txt, weights: [0.5, 0.3, 0.2]}}: a square matrix of
     * one-way latencies in milliseconds between sites (one row per line, numbers separated by
     * spaces or commas, {@code #} comments); each peer is placed at a site drawn with the given
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
    }
}
