package org.swarmsim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.Distributions;

/** Reads duration distributions from scenario YAML: a duration, {@code never}/{@code forever}, or {@code {dist: ...}}. */
public final class DistributionReader {
    private static final Map<String, List<String>> PARAMS = new LinkedHashMap<>();

    static {
        PARAMS.put("constant", List.of("value"));
        PARAMS.put("exponential", List.of("mean"));
        PARAMS.put("uniform", List.of("min", "max"));
        PARAMS.put("lognormal", List.of("mean", "sd", "scale", "shape"));
        PARAMS.put("pareto", List.of("scale", "shape"));
        PARAMS.put("weibull", List.of("shape", "scale"));
        PARAMS.put("empirical", List.of("file"));
        PARAMS.put("never", List.of());
    }

    private DistributionReader() {
    }

    /**
     * The duration distribution at {@code parent.key}: a map with {@code dist}, a single duration
     * (a constant), or {@code never}/{@code forever} when {@code allowNever}.
     */
    public static DistributionSpec read(Fields parent, String key, DistributionSpec fallback, boolean allowNever) {
        YamlNode n = parent.get(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof ScalarNode s) {
            String t = s.text().strip();
            if (t.equals("never") || t.equals("forever")) {
                if (allowNever) {
                    return DistributionSpec.NEVER;
                }
                parent.problem(s, key, "'" + t + "' is not allowed here (given " + t
                        + "; allowed: a duration or a {dist: ...} map)");
                return fallback;
            }
            try {
                long nanos = Duration.parse(t);
                if (nanos < 0) {
                    parent.problem(s, key, "must be >= 0 (given " + t + ")");
                    return fallback;
                }
                return DistributionSpec.constant(nanos);
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                int hint = m.indexOf("; did you mean");
                int at = hint >= 0 ? hint : m.lastIndexOf(')');
                parent.problem(s, key, m.substring(0, at) + (allowNever ? "; or never/forever" : "")
                        + "; or a distribution such as {dist: exponential, mean: 10min}" + m.substring(at));
                return fallback;
            }
        }
        if (!(n instanceof MapNode map)) {
            parent.problem(n, key, "expected a duration or a distribution such as {dist: exponential, mean: 10min}"
                    + " (given " + n.describe() + ")");
            return fallback;
        }
        DistributionSpec d = inline(map, parent.child(key), parent, allowNever, List.of());
        return d == null ? fallback : d;
    }

    /**
     * A distribution whose keys sit in {@code map} beside {@code extraKeys} (latency's {@code model}).
     * Returns null after reporting a problem.
     */
    public static DistributionSpec inline(MapNode map, String path, Fields parent, boolean allowNever, List<String> extraKeys) {
        List<ScenarioException.Problem> problems = parent.problems();
        List<String> names = new ArrayList<>(DistributionSpec.NAMES);
        if (!allowNever) {
            names.remove("never");
        }
        YamlNode distNode = map.get("dist");
        if (!(distNode instanceof ScalarNode ds) || distNode instanceof ScalarNode s0 && s0.text().isEmpty()) {
            problems.add(new ScenarioException.Problem(distNode == null ? map.location() : distNode.location(),
                    path + ".dist", "missing required field 'dist' (allowed: " + String.join(", ", names) + ")"));
            return null;
        }
        String dist = ds.text();
        if (!names.contains(dist)) {
            problems.add(new ScenarioException.Problem(ds.location(), path + ".dist", "unknown distribution '" + dist
                    + "' (given " + dist + "; allowed: " + String.join(", ", names) + Suggestions.didYouMean(dist, names)
                    + ")"));
            return null;
        }
        List<String> allowed = new ArrayList<>(extraKeys);
        allowed.add("dist");
        allowed.addAll(PARAMS.get(dist));
        int before = problems.size();
        Fields f = new Fields(map, path, problems, parent.baseDir(), allowed.toArray(new String[0]));
        Map<String, Double> params = new LinkedHashMap<>();
        Path file = null;
        switch (dist) {
            case "constant" -> params.put("value", seconds(f.duration("value", null, 0)));
            case "exponential" -> params.put("mean", seconds(f.duration("mean", null, 1)));
            case "uniform" -> {
                long min = f.duration("min", null, 0);
                long max = f.duration("max", null, 0);
                if (problems.size() == before && max < min) {
                    f.problem(f.get("max"), "max", "max must be >= min (given min " + Duration.format(min)
                            + ", max " + Duration.format(max) + ")");
                }
                params.put("min", seconds(min));
                params.put("max", seconds(max));
            }
            case "lognormal" -> {
                boolean byMean = f.has("mean") || f.has("sd");
                boolean byScale = f.has("scale") || f.has("shape");
                if (byMean && byScale) {
                    f.problem(null, null, "give either mean and sd, or scale and shape (given both)");
                } else if (byScale) {
                    params.put("scale", f.number("scale", null, Double.NEGATIVE_INFINITY));
                    params.put("shape", f.number("shape", null, 0));
                } else {
                    params.put("mean", seconds(f.duration("mean", null, 1)));
                    params.put("sd", seconds(f.duration("sd", null, 1)));
                }
            }
            case "pareto" -> {
                params.put("scale", seconds(f.duration("scale", null, 1)));
                params.put("shape", f.number("shape", null, 0));
            }
            case "weibull" -> {
                params.put("shape", f.number("shape", null, 0));
                params.put("scale", seconds(f.duration("scale", null, 1)));
            }
            case "empirical" -> {
                file = f.file("file", true);
                if (file != null) {
                    try {
                        Distributions.readSample(file);
                    } catch (IOException | IllegalArgumentException e) {
                        f.problem(f.get("file"), "file", "unreadable sample: " + e.getMessage());
                    }
                }
            }
            case "never" -> {
                return DistributionSpec.NEVER;
            }
            default -> throw new IllegalStateException(dist);
        }
        if (problems.size() != before) {
            return null;
        }
        return new DistributionSpec(dist, params, file);
    }

    private static double seconds(long nanos) {
        return SimTime.toSeconds(nanos);
    }
}
