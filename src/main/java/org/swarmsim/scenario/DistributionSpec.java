package org.swarmsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.Distributions;
import org.swarmsim.sim.random.RandomStream;

/**
 * A probability distribution of durations as written in a scenario:
 * {@code {dist: exponential, mean: 10min}}, {@code {dist: constant, value: 0s}},
 * {@code {dist: uniform, min: 1s, max: 5s}}, {@code {dist: lognormal, mean: 1h, sd: 30min}}
 * (or {@code scale}/{@code shape} of ln X, ln X in ln seconds), {@code {dist: pareto, scale: 1min,
 * shape: 1.5}}, {@code {dist: weibull, shape: 0.7, scale: 20min}}, {@code {dist: empirical, file:
 * times.txt}}, or the word {@code never} / {@code forever} (infinite).
 *
 * <p><b>Units:</b> {@link #params()} hold durations in <em>seconds</em> (doubles), and the built
 * {@link RealDistribution} samples seconds; {@link #sampleNanos} converts. Shapes are plain
 * numbers. An empirical file holds one value in seconds per line.
 *
 * @param dist one of {@link #NAMES}
 * @param params parameter name to value (seconds, or a plain number for shapes), in file order
 * @param file the empirical data file (absolute), or null
 */
public record DistributionSpec(String dist, Map<String, Double> params, Path file) {
    /** Distribution names. */
    public static final List<String> NAMES = List.of("constant", "exponential", "uniform", "lognormal",
            "pareto", "weibull", "empirical", "never");

    /** Infinite: sampling gives +infinity seconds, {@link Long#MAX_VALUE} nanos. */
    public static final DistributionSpec NEVER = new DistributionSpec("never", Map.of(), null);

    public DistributionSpec {
        if (!NAMES.contains(dist)) {
            throw new IllegalArgumentException("unknown distribution '" + dist + "' (allowed: " + NAMES + ")");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (dist.equals("empirical") && file == null) {
            throw new IllegalArgumentException("empirical distribution needs a file");
        }
    }

    /** A constant duration. */
    public static DistributionSpec constant(long nanos) {
        return new DistributionSpec("constant", Map.of("value", SimTime.toSeconds(nanos)), null);
    }

    /** An exponential duration with the given mean. */
    public static DistributionSpec exponential(long meanNanos) {
        return new DistributionSpec("exponential", Map.of("mean", SimTime.toSeconds(meanNanos)), null);
    }

    /** True for {@code never}: whoever samples it waits forever. */
    public boolean isNever() {
        return dist.equals("never");
    }

    /** A parameter in seconds (or a plain number for shapes). */
    public double param(String name) {
        Double v = params.get(name);
        if (v == null) {
            throw new IllegalArgumentException(dist + " distribution has no parameter '" + name + "' (has "
                    + params.keySet() + ")");
        }
        return v;
    }

    /** Whether a parameter of {@code dist} is a plain number rather than a duration. */
    public static boolean isDimensionless(String dist, String param) {
        return param.equals("shape") || (dist.equals("lognormal") && param.equals("scale"));
    }

    /** Builds the Commons Math distribution of seconds, drawing from {@code stream}. */
    public RealDistribution build(RandomStream stream) {
        return switch (dist) {
            case "constant" -> new ConstantRealDistribution(param("value"));
            case "never" -> new ConstantRealDistribution(Double.POSITIVE_INFINITY);
            case "exponential" -> Distributions.exponential(stream, param("mean"));
            case "uniform" -> Distributions.uniform(stream, param("min"), param("max"));
            case "lognormal" -> params.containsKey("mean")
                    ? Distributions.logNormalWithMean(stream, param("mean"), param("sd"))
                    : Distributions.logNormal(stream, param("scale"), param("shape"));
            case "pareto" -> Distributions.pareto(stream, param("scale"), param("shape"));
            case "weibull" -> Distributions.weibull(stream, param("shape"), param("scale"));
            case "empirical" -> {
                try {
                    yield Distributions.empirical(stream, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalStateException(dist);
        };
    }

    /** One draw in nanoseconds: negative draws become 0, infinity becomes {@link Long#MAX_VALUE}. */
    public static long sampleNanos(RealDistribution distribution) {
        double s = distribution.sample();
        return s <= 0 ? 0 : SimTime.seconds(s);
    }

    /** Writes this distribution at {@code key} of {@code parent}: {@code forever}, or a {@code {dist: ...}} map. */
    public void writeAt(YamlMap parent, String key) {
        if (isNever()) {
            parent.put(key, "forever");
        } else {
            writeInto(parent.putMap(key));
        }
    }

    /** Writes {@code dist} and the parameters into {@code map} (beside other keys, as latency's {@code model}). */
    public void writeInto(YamlMap map) {
        map.put("dist", dist);
        for (Map.Entry<String, Double> e : params.entrySet()) {
            if (isDimensionless(dist, e.getKey())) {
                map.put(e.getKey(), e.getValue());
            } else {
                map.put(e.getKey(), org.swarmsim.scenario.units.Duration.format(Math.round(e.getValue() * 1e9)));
            }
        }
        if (file != null) {
            map.put("file", file.toString());
        }
    }
}
