package org.swarmsim.sim.random;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.EmpiricalDistribution;

/**
 * Commons Math distributions that draw from one of our {@link RandomStream}s instead of their own
 * generator. Always build distributions through here (or pass a stream explicitly): Commons Math's
 * no-argument constructors seed a private generator from the wall clock.
 */
public final class Distributions {
    private Distributions() {
    }

    public static RealDistribution exponential(RandomStream stream, double mean) {
        return new ExponentialDistribution(stream, mean);
    }

    public static RealDistribution uniform(RandomStream stream, double lower, double upper) {
        return new UniformRealDistribution(stream, lower, upper);
    }

    /** Log-normal: {@code scale} and {@code shape} are the mean and standard deviation of ln X. */
    public static RealDistribution logNormal(RandomStream stream, double scale, double shape) {
        return new LogNormalDistribution(stream, scale, shape, LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    /** Log-normal given the mean and standard deviation of X itself. */
    public static RealDistribution logNormalWithMean(RandomStream stream, double mean, double sd) {
        double sigma2 = StrictMath.log(1 + (sd * sd) / (mean * mean));
        return logNormal(stream, StrictMath.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
    }

    /** Pareto with minimum {@code scale} and tail index {@code shape}. */
    public static RealDistribution pareto(RandomStream stream, double scale, double shape) {
        return new ParetoDistribution(stream, scale, shape);
    }

    /** Weibull with the given shape (k) and scale (lambda). */
    public static RealDistribution weibull(RandomStream stream, double shape, double scale) {
        return new WeibullDistribution(stream, shape, scale, WeibullDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    /** Empirical distribution (Commons Math's kernel-smoothed histogram) of the given sample. */
    public static RealDistribution empirical(RandomStream stream, double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("empirical distribution needs at least one value");
        }
        EmpiricalDistribution d = new EmpiricalDistribution(Math.max(1, Math.min(1000, sample.length / 10)), stream);
        d.load(sample);
        return d;
    }

    /**
     * Empirical distribution of the numbers in a text file: one value per line; blank lines and
     * lines starting with '#' are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a value that is not a number
     */
    public static RealDistribution empirical(RandomStream stream, Path file) throws IOException {
        return empirical(stream, readSample(file));
    }

    /** Reads one number per line, as {@link #empirical(RandomStream, Path)} does. */
    public static double[] readSample(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                double v = Double.parseDouble(line);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                values.add(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected a finite number, got '"
                        + line + "'");
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(file + ": no values (one number per line expected)");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
