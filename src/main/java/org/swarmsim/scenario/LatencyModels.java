package org.swarmsim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.net.MatrixLatency;
import org.swarmsim.scenario.YamlNode.ScalarNode;

/**
 * The latency models a scenario's {@code network.latency} may name, each with the reader of its
 * keys: the registry validation accepts and lists ("allowed:"). The model a reader builds is a
 * {@link LatencySpec}, which writes itself back and builds the network's latency model. A new model
 * is one record and one registration here.
 */
public final class LatencyModels {
    /** What a model's reader gets: the {@code {model: ...}} map, its field path and the enclosing section. */
    public record Input(MapNode map, String path, Fields network) {
    }

    /** Latency models by {@code network.latency.model}; a reader returns null after reporting a problem. */
    public static final Registry<Input, LatencySpec> REGISTRY = new Registry<Input, LatencySpec>("latency model")
            .register("constant", "the same one-way latency for every pair: {model: constant, value: 50ms} (or just 50ms)",
                    List.of("network.latency={model: constant, value: 20ms}"), LatencyModels::constant)
            .register("distribution", "each pair draws its latency once from a duration distribution, whose keys sit "
                    + "beside model: {model: distribution, dist: lognormal, mean: 60ms, sd: 30ms}",
                    List.of("network.latency={model: distribution, dist: uniform, min: 10ms, max: 90ms}"),
                    in -> {
                        DistributionSpec d = DistributionReader.inline(in.map(), in.path(), in.network(), false,
                                List.of("model"));
                        return d == null ? null : new LatencySpec.FromDistribution(d);
                    })
            .register("coordinates", "random points in a square of side extent; latency = base + distance: "
                    + "{model: coordinates, dimensions: 2, extent: 100ms, base: 0s}",
                    List.of("network.latency={model: coordinates, extent: 80ms, base: 5ms}"), LatencyModels::coordinates)
            .register("matrix", "a square matrix file of one-way latencies in ms between sites; nodes placed at sites "
                    + "by weights (equal if absent): {model: matrix, file: sites.txt, weights: [50%, 30%, 20%]}",
                    List.of("network.latency={model: matrix, file: latency-matrix.txt}"), LatencyModels::matrix);

    private LatencyModels() {
    }

    /** {@code network.latency}: a duration (constant) or {@code {model: ..., ...}}; the default when absent. */
    static LatencySpec read(Fields network, String key) {
        LatencySpec fallback = new LatencySpec.Constant(NetworkSpec.DEFAULT_LATENCY_NANOS);
        YamlNode n = network.get(key);
        if (n == null) {
            return fallback;
        }
        String path = network.child(key);
        if (n instanceof ScalarNode) {
            long v = network.duration(key, NetworkSpec.DEFAULT_LATENCY_NANOS, 0);
            return new LatencySpec.Constant(v);
        }
        if (!(n instanceof MapNode map)) {
            network.problem(n, key, "expected a latency such as 50ms or {model: constant, value: 50ms} (given "
                    + n.describe() + ")");
            return fallback;
        }
        Fields probe = new Fields(map, path, new ArrayList<>(), network.baseDir(), "model");
        String model = probe.choice("model", null, "latency model", REGISTRY.names());
        List<ScenarioException.Problem> modelProblems = probe.problems().stream()
                .filter(p -> !p.message().startsWith("unknown key")).toList();
        if (!modelProblems.isEmpty()) {
            network.problems().addAll(modelProblems);
            return fallback;
        }
        LatencySpec spec = REGISTRY.create(model, new Input(map, path, network));
        return spec == null ? fallback : spec;
    }

    private static LatencySpec constant(Input in) {
        Fields f = new Fields(in.map(), in.path(), in.network().problems(), in.network().baseDir(), "model", "value");
        return new LatencySpec.Constant(f.duration("value", null, 0));
    }

    private static LatencySpec coordinates(Input in) {
        Fields f = new Fields(in.map(), in.path(), in.network().problems(), in.network().baseDir(), "model",
                "dimensions", "extent", "base");
        int before = f.problems().size();
        long dims = f.integer("dimensions", 2L, Long.MIN_VALUE, Long.MAX_VALUE);
        if (f.problems().size() == before && dims != 2) {
            f.problem(f.get("dimensions"), "dimensions", "the coordinates model is two-dimensional (given "
                    + dims + "; allowed: 2)");
        }
        long extent = f.duration("extent", 100_000_000L, 0);
        long base = f.duration("base", 0L, 0);
        return f.problems().size() == before ? new LatencySpec.Coordinates(2, extent, base) : null;
    }

    private static LatencySpec matrix(Input in) {
        Fields f = new Fields(in.map(), in.path(), in.network().problems(), in.network().baseDir(), "model", "file",
                "weights");
        Path file = f.file("file", true);
        if (file == null) {
            return null;
        }
        int sites;
        try {
            sites = matrixSites(file);
        } catch (IOException | IllegalArgumentException e) {
            f.problem(f.get("file"), "file", "bad latency matrix: " + e.getMessage());
            return null;
        }
        List<Double> weights = new ArrayList<>();
        YamlNode.ListNode list = f.list("weights");
        if (list != null) {
            for (YamlNode item : list.items()) {
                if (item instanceof ScalarNode s) {
                    weights.add(f.fractionOf(s, "weights"));
                } else {
                    f.problem(item, "weights", "expected a number (given " + item.describe() + ")");
                }
            }
            if (weights.size() != sites) {
                f.problem(list, "weights", "one weight per site needed (given " + weights.size()
                        + " weights; allowed: exactly " + sites + ", the matrix size)");
                return null;
            }
        }
        return new LatencySpec.Matrix(file, sites, weights);
    }

    /** Reads the matrix as the run will (the same parser); returns its number of sites. */
    static int matrixSites(Path file) throws IOException {
        return MatrixLatency.readMatrix(file).length;
    }
}
