package org.swarmsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.swarmsim.scenario.YamlNode.ListNode;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;

/**
 * Loads a scenario file into a validated {@link Scenario}: YAML (through Jackson, keeping line
 * and column of every node) into a tree, {@code --set path=value} overrides applied to the tree,
 * then a walk that builds the records and reports every problem it finds as one
 * {@link ScenarioException}. The common keys are read here; each simulation kind's sections are
 * read by its {@link KindSchema}, found by the {@code kind} key among the schemas the loader was
 * given (the first is the default kind). Relative file paths in the scenario are resolved against
 * the scenario file's directory.
 *
 * <pre>{@code
 * Scenario s = new ScenarioLoader(kinds).read(Path.of("scenarios/flash-crowd.yaml"),
 *         List.of("protocol.picker=random", "population.leechers.count=5000"));
 * }</pre>
 * ({@code org.swarmsim.run.Scenarios.load} does this with the registered kinds.)
 */
public final class ScenarioLoader {
    private static final List<String> COMMON_HEAD = List.of("name", "seed", "kind", "duration", "network");
    private static final List<String> COMMON_TAIL = List.of("metrics", "sweep");

    private final List<KindSchema<?>> kinds;
    private final String[] topKeys;

    /** A loader of the given kinds; the first is the kind of a scenario without {@code kind:}. */
    public ScenarioLoader(List<? extends KindSchema<?>> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a loader needs at least one simulation kind");
        }
        this.kinds = List.copyOf(kinds);
        LinkedHashSet<String> keys = new LinkedHashSet<>(COMMON_HEAD);
        for (KindSchema<?> k : this.kinds) {
            keys.addAll(k.sectionKeys());
        }
        keys.addAll(COMMON_TAIL);
        this.topKeys = keys.toArray(new String[0]);
    }

    /** Every top-level key some kind accepts, in the order messages list them. */
    public List<String> topKeys() {
        return List.of(topKeys);
    }

    /**
     * Reads one point of the file's sweep: the overrides {@code sets} first, then the point's
     * {@code path=value} settings.
     */
    public Scenario readPoint(Path file, List<String> sets, Map<String, String> point) {
        List<String> all = new ArrayList<>(sets);
        point.forEach((k, v) -> all.add(k + "=" + v));
        return read(file, all);
    }

    /**
     * Reads, overrides and validates a scenario file.
     *
     * @throws ScenarioException with every problem found (file, line, column, field, what is allowed)
     */
    public Scenario read(Path file, List<String> sets) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(new SourceLocation(source, 0, 0), "",
                    "cannot read the scenario file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
        }
        Path baseDir = file.toAbsolutePath().getParent();
        return parse(text, source, baseDir, sets);
    }

    /** Validates YAML text; {@code baseDir} resolves relative file paths. */
    public Scenario parse(String text, String source, Path baseDir, List<String> sets) {
        YamlNode root = YamlReader.read(text, source, true);
        List<ScenarioException.Problem> problems = new ArrayList<>();
        if (!(root instanceof MapNode map)) {
            String given = root == null ? "an empty file" : root.describe();
            throw new ScenarioException(List.of(new ScenarioException.Problem(
                    root == null ? new SourceLocation(source, 1, 1) : root.location(), "",
                    "a scenario must be a map of keys (given " + given + "; allowed keys: "
                            + String.join(", ", topKeys) + ")")));
        }
        for (String set : sets) {
            Overrides.apply(map, set, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Scenario scenario = walk(map, baseDir, problems);
        if (problems.isEmpty() && !scenario.sweep().vary().isEmpty()) {
            problems.addAll(checkSweepValues(map, baseDir));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(inFileOrder(problems));
        }
        return scenario;
    }

    /** Problems sorted by line and column (options first); the sort is stable for equal places. */
    private static List<ScenarioException.Problem> inFileOrder(List<ScenarioException.Problem> problems) {
        List<ScenarioException.Problem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(ScenarioException.Problem::line)
                .thenComparingInt(ScenarioException.Problem::column));
        return sorted;
    }

    /** Each value a sweep varies over is applied alone and the result validated. */
    private List<ScenarioException.Problem> checkSweepValues(MapNode root, Path baseDir) {
        LinkedHashSet<ScenarioException.Problem> found = new LinkedHashSet<>();
        YamlNode sweep = root.get("sweep");
        if (!(sweep instanceof MapNode s) || !(s.get("vary") instanceof MapNode vary)) {
            return List.of();
        }
        vary.entries().forEach((path, entry) -> {
            List<YamlNode> values = entry.value() instanceof ListNode l ? l.items() : List.of(entry.value());
            for (YamlNode value : values) {
                MapNode copy = root.deepCopy();
                copy.entries().remove("sweep");
                List<ScenarioException.Problem> problems = new ArrayList<>();
                Overrides.set(copy, path, Overrides.asSetValue(value), entry.keyLocation(), problems);
                if (problems.isEmpty()) {
                    walk(copy, baseDir, problems);
                }
                for (ScenarioException.Problem p : problems) {
                    found.add(new ScenarioException.Problem(p.location(), p.path(),
                            p.message() + " [in sweep.vary." + path + "]"));
                }
            }
        });
        return new ArrayList<>(found);
    }

    private Scenario walk(MapNode map, Path baseDir, List<ScenarioException.Problem> problems) {
        int before = problems.size();
        Fields top = new Fields(map, "", problems, baseDir, topKeys);
        String name = top.text("name", "unnamed", true);
        if (name.isBlank()) {
            top.problem(top.get("name"), "name", "must not be empty");
        }
        long seed = top.integer("seed", Scenario.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        int beforeKind = problems.size();
        List<String> kindNames = kinds.stream().map(KindSchema::name).toList();
        String kindName = top.choice("kind", kindNames.get(0), "scenario kind", kindNames);
        if (problems.size() != beforeKind) {
            return null; // the other fields depend on the kind: reporting them against a guess would mislead
        }
        KindSchema<?> kind = kinds.get(kindNames.indexOf(kindName));
        refuseKeysOfOtherKinds(top, kind);
        long duration = kind.derivedDuration() == null ? top.duration("duration", null, 1) : 0;
        NetworkSpec network = network(top.map("network", "latency", "classes"), top);
        Object section = kind.read(top, new ScenarioBasics(name, duration, network));
        MetricsSpec metrics = metrics(top.map("metrics", "sample_interval", "trace"));
        SweepSpec sweep = sweep(top.map("sweep", "replications", "vary", "metrics"), kind);
        if (problems.size() != before || section == null) {
            return null;
        }
        return new Scenario(name, seed, kind, kind.derivedDuration() == null ? duration : derived(kind, section),
                network, metrics, sweep, section);
    }

    private static <S> long derived(KindSchema<S> kind, Object section) {
        return kind.durationNanos(kind.sectionType().cast(section));
    }

    /**
     * Keys of other kinds (and {@code duration} where the kind derives it) are reported at the key.
     * In a scenario of the default kind the message names the kind the key belongs to (the
     * {@code kind:} line is probably missing); otherwise it lists what this kind allows.
     */
    private void refuseKeysOfOtherKinds(Fields top, KindSchema<?> kind) {
        List<String> allowed = new ArrayList<>(List.of("name", "seed", "kind"));
        if (kind.derivedDuration() == null) {
            allowed.add("duration");
        }
        allowed.add("network");
        allowed.addAll(kind.sectionKeys());
        allowed.addAll(COMMON_TAIL);
        boolean defaultKind = kind == kinds.get(0);
        for (String key : top.node().entries().keySet()) {
            if (allowed.contains(key) || !List.of(topKeys).contains(key)) {
                continue;   // allowed, or unknown (reported by Fields with a suggestion)
            }
            String message;
            KindSchema<?> owner = kinds.stream().filter(k -> k.sectionKeys().contains(key)).findFirst().orElse(null);
            if (defaultKind && owner != null) {
                String hint = kind.hintForForeignKey(key);
                message = "only with kind: " + owner.name() + " (given kind: " + kind.name()
                        + (hint.isEmpty() ? "" : "; " + hint) + ")";
            } else {
                message = "not allowed with kind: " + kind.name() + " (allowed: " + String.join(", ", allowed)
                        + (key.equals("duration") ? "; " + kind.derivedDuration() : "") + ")";
            }
            top.problems().add(new ScenarioException.Problem(top.node().entries().get(key).keyLocation(),
                    top.child(key), message));
        }
    }

    private static NetworkSpec network(Fields f, Fields top) {
        CapacityClass fallbackClass = new CapacityClass("default", 1, NetworkSpec.DEFAULT_BYTES_PER_SECOND,
                NetworkSpec.DEFAULT_BYTES_PER_SECOND);
        if (f == null) {
            return new NetworkSpec(new LatencySpec.Constant(NetworkSpec.DEFAULT_LATENCY_NANOS), List.of(fallbackClass));
        }
        LatencySpec latency = LatencyModels.read(f, "latency");
        ListNode list = f.list("classes");
        if (list == null) {
            return new NetworkSpec(latency, List.of(fallbackClass));
        }
        List<CapacityClass> classes = new ArrayList<>();
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        int before = f.problems().size();
        StringBuilder given = new StringBuilder();
        double sum = 0;
        boolean sharesRead = true;
        for (Fields c : f.mapItems(list, "classes", "name", "share", "upload", "download")) {
            String name = c.text("name", "class", true);
            if (seen.containsKey(name)) {
                c.problem(c.get("name"), "name", "duplicate class name '" + name + "' (first at " + seen.get(name) + ")");
            }
            seen.put(name, c.has("name") ? c.get("name").location() : c.node().location());
            int beforeShare = f.problems().size();
            double share = c.fraction("share", null);
            sharesRead &= f.problems().size() == beforeShare;
            long upload = c.rate("upload", null, 0);
            long download = c.rate("download", null, 1);
            if (c.has("share")) {
                given.append(given.length() == 0 ? "" : " + ").append(((ScalarNode) c.get("share")).text());
            }
            sum += share;
            classes.add(new CapacityClass(name, share, upload, download));
        }
        if (list.items().isEmpty()) {
            f.problem(list, "classes", "at least one capacity class is needed (given an empty list)");
            return new NetworkSpec(latency, List.of(fallbackClass));
        }
        // Checked whenever every share could be read, so that a bad upload in one class does not
        // hide the sum until it is fixed: validate reports both in one pass.
        if (sharesRead && Math.abs(sum - 1) > 1e-9) {
            f.problem(list, "classes", "shares must sum to 1 (given " + given + " = " + (float) sum
                    + "; allowed: shares that sum to 1, or to 100%)");
        }
        if (f.problems().size() != before) {
            // Keep the class names (later fields refer to them) with equal shares; the walk reports failure.
            List<CapacityClass> equal = new ArrayList<>();
            classes.forEach(c -> equal.add(new CapacityClass(c.name(), 1.0 / classes.size(),
                    c.uploadBytesPerSecond(), Math.max(1, c.downloadBytesPerSecond()))));
            return new NetworkSpec(latency, equal);
        }
        return new NetworkSpec(latency, classes);
    }

    private static MetricsSpec metrics(Fields f) {
        if (f == null) {
            return MetricsSpec.defaults();
        }
        return new MetricsSpec(f.duration("sample_interval", MetricsSpec.DEFAULT_SAMPLE_INTERVAL_NANOS, 1),
                f.bool("trace", false));
    }

    private static SweepSpec sweep(Fields f, KindSchema<?> kind) {
        if (f == null) {
            return SweepSpec.NONE;
        }
        int replications = (int) f.integer("replications", 1L, 1, 1_000_000);
        Map<String, List<String>> vary = new LinkedHashMap<>();
        YamlNode v = f.get("vary");
        if (v != null) {
            if (!(v instanceof MapNode m)) {
                f.problem(v, "vary", "expected a map of field path to values, such as {protocol.picker: "
                        + "[rarest_first, random]} (given " + v.describe() + ")");
            } else {
                m.entries().forEach((path, e) -> {
                    List<String> values = new ArrayList<>();
                    if (e.value() instanceof ListNode l) {
                        l.items().forEach(item -> values.add(setText(item)));
                    } else {
                        values.add(setText(e.value()));
                    }
                    if (values.isEmpty()) {
                        f.problem(e.value(), "vary." + path, "needs at least one value (given an empty list)");
                    } else {
                        vary.put(path, values);
                    }
                });
            }
        }
        return new SweepSpec(replications, vary, sweepMetrics(f, kind));
    }

    /** {@code sweep.metrics}: names the kind summarises, each once. */
    private static List<String> sweepMetrics(Fields f, KindSchema<?> kind) {
        YamlNode node = f.get("metrics");
        if (node == null) {
            return List.of();
        }
        List<String> choices = kind.sweepMetricChoices();
        List<YamlNode> items = node instanceof ListNode l ? l.items() : List.of(node);
        List<String> metrics = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String key = node instanceof ListNode ? "metrics." + i : "metrics";
            if (!(item instanceof ScalarNode s) || s.text().isBlank()) {
                f.problem(item, key, "expected a list of metric names, such as [download_time_mean_s, "
                        + "peers_completed] (given " + item.describe() + ")");
                continue;
            }
            String name = s.text().strip();
            if (!choices.isEmpty() && !choices.contains(name)) {
                f.problem(item, key, "unknown metric '" + name + "' for kind " + kind.name() + " (allowed: "
                        + String.join(", ", choices) + Suggestions.didYouMean(name, choices) + ")");
            } else if (metrics.contains(name)) {
                f.problem(item, key, "metric '" + name + "' is listed twice");
            } else {
                metrics.add(name);
            }
        }
        if (metrics.isEmpty() && items.isEmpty()) {
            f.problem(node, "metrics", "needs at least one metric name (given an empty list)");
        }
        return metrics;
    }

    /** The text a {@code --set} of this value takes: a scalar as written, a map or list in flow style. */
    private static String setText(YamlNode value) {
        return value instanceof ScalarNode s ? s.text() : value.flowText();
    }
}
