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
 * {@link ScenarioException}. Relative file paths in the scenario are resolved against the
 * scenario file's directory.
 *
 * <pre>{@code
 * Scenario s = ScenarioLoader.load(Path.of("scenarios/flash-crowd.yaml"),
 *         List.of("protocol.picker=random", "population.leechers.count=5000"));
 * }</pre>
 */
public final class ScenarioLoader {
    static final String[] TOP_KEYS = {"name", "seed", "kind", "duration", "network", "torrent", "tracker", "discovery",
        "population", "protocol", "dht", "metrics", "sweep"};

    private final PolicyNames names;

    /** A loader that accepts the built-in policy names. */
    public ScenarioLoader() {
        this(PolicyNames.BUILT_IN);
    }

    /** A loader that accepts the given policy names (built from the registries). */
    public ScenarioLoader(PolicyNames names) {
        this.names = names;
    }

    /** Loads with the built-in policy names. */
    public static Scenario load(Path file, List<String> sets) {
        return new ScenarioLoader().read(file, sets);
    }

    /** Loads without overrides. */
    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads one point of the file's sweep: the overrides {@code sets} first, then the point's
     * {@code path=value} settings.
     */
    public static Scenario loadPoint(Path file, List<String> sets, Map<String, String> point) {
        List<String> all = new ArrayList<>(sets);
        point.forEach((k, v) -> all.add(k + "=" + v));
        return load(file, all);
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
                            + String.join(", ", TOP_KEYS) + ")")));
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
        Fields top = new Fields(map, "", problems, baseDir, TOP_KEYS);
        String name = top.text("name", "unnamed", true);
        if (name.isBlank()) {
            top.problem(top.get("name"), "name", "must not be empty");
        }
        long seed = top.integer("seed", Scenario.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        int beforeKind = problems.size();
        ScenarioKind kind = ScenarioKind.of(top.choice("kind", "swarm", "scenario kind", ScenarioKind.NAMES));
        if (problems.size() != beforeKind) {
            return null; // the other fields depend on the kind: reporting them against a guess would mislead
        }
        if (kind == ScenarioKind.DHT_LOOKUPS) {
            return walkDhtLookups(top, name, seed, before);
        }
        if (top.has("dht")) {
            notAllowed(top, "dht", "only with kind: dht_lookups (given kind: swarm; a swarm's own DHT is set under "
                    + "discovery)");
        }
        long duration = top.duration("duration", null, 1);
        NetworkSpec network = network(top.map("network", "latency", "classes"), top);
        ProtocolSpec protocol = PopulationReader.protocol(top.map("protocol", PopulationReader.PROTOCOL_KEYS), names);
        TorrentSpec torrent = torrent(top, protocol);
        TrackerSpec tracker = tracker(top.map("tracker", "interval", "numwant", "offline_at", "seeders_receive"));
        DiscoverySpec discovery = discovery(top.map("discovery", "mode", "k", "alpha", "bootstrap_nodes", "reannounce"));
        PopulationSpec population = new PopulationReader(names, network, duration).population(top);
        MetricsSpec metrics = metrics(top.map("metrics", "sample_interval", "trace"));
        SweepSpec sweep = sweep(top.map("sweep", "replications", "vary"));
        if (problems.size() != before) {
            return null;
        }
        return new Scenario(name, seed, duration, network, torrent, tracker, discovery, population, protocol, metrics,
                sweep);
    }

    /** A {@code kind: dht_lookups} scenario: network, dht, metrics and sweep; the swarm sections are errors. */
    private static Scenario walkDhtLookups(Fields top, String name, long seed, int before) {
        for (String key : DhtLookupReader.SWARM_ONLY) {
            if (top.node().entries().containsKey(key)) {
                notAllowed(top, key, "not allowed with kind: dht_lookups (allowed: name, seed, kind, network, dht, "
                        + "metrics, sweep" + (key.equals("duration")
                        ? "; the run lasts dht.nodes x dht.join_interval + dht.lookup_duration" : "") + ")");
            }
        }
        NetworkSpec network = network(top.map("network", "latency", "classes"), top);
        DhtLookupSpec dht = DhtLookupReader.read(top);
        MetricsSpec metrics = metrics(top.map("metrics", "sample_interval", "trace"));
        SweepSpec sweep = sweep(top.map("sweep", "replications", "vary"));
        if (top.problems().size() != before) {
            return null;
        }
        return Scenario.dhtLookups(name, seed, network, dht, metrics, sweep);
    }

    /** Reports a key that this kind of scenario does not take, at the key. */
    private static void notAllowed(Fields top, String key, String message) {
        top.problems().add(new ScenarioException.Problem(top.node().entries().get(key).keyLocation(), top.child(key),
                message));
    }

    private static NetworkSpec network(Fields f, Fields top) {
        CapacityClass fallbackClass = new CapacityClass("default", 1, NetworkSpec.DEFAULT_BYTES_PER_SECOND,
                NetworkSpec.DEFAULT_BYTES_PER_SECOND);
        if (f == null) {
            return new NetworkSpec(new LatencySpec.Constant(NetworkSpec.DEFAULT_LATENCY_NANOS), List.of(fallbackClass));
        }
        LatencySpec latency = DistributionReader.latency(f, "latency");
        ListNode list = f.list("classes");
        if (list == null) {
            return new NetworkSpec(latency, List.of(fallbackClass));
        }
        List<CapacityClass> classes = new ArrayList<>();
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        int before = f.problems().size();
        StringBuilder given = new StringBuilder();
        double sum = 0;
        for (Fields c : f.mapItems(list, "classes", "name", "share", "upload", "download")) {
            String name = c.text("name", "class", true);
            if (seen.containsKey(name)) {
                c.problem(c.get("name"), "name", "duplicate class name '" + name + "' (first at " + seen.get(name) + ")");
            }
            seen.put(name, c.has("name") ? c.get("name").location() : c.node().location());
            double share = c.fraction("share", null);
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
        if (f.problems().size() == before && Math.abs(sum - 1) > 1e-9) {
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

    private static TorrentSpec torrent(Fields top, ProtocolSpec protocol) {
        Fields f = top.map("torrent", "size", "piece_length", "file");
        if (f == null) {
            top.missing("torrent", "a map with size (and piece_length), or file");
            return new TorrentSpec(1, 1, null);
        }
        if (f.has("file")) {
            if (f.has("size") || f.has("piece_length")) {
                f.problem(f.get(f.has("size") ? "size" : "piece_length"), f.has("size") ? "size" : "piece_length",
                        "give either file or size/piece_length, not both (the .torrent file defines them)");
            }
            Path file = f.file("file", true);
            return new TorrentSpec(0, 0, file == null ? Path.of("missing.torrent") : file);
        }
        long size = f.bytes("size", null, 1);
        long piece = f.bytes("piece_length", TorrentSpec.DEFAULT_PIECE_LENGTH_BYTES, 1);
        if (f.has("piece_length") || piece != TorrentSpec.DEFAULT_PIECE_LENGTH_BYTES) {
            long block = protocol.blockSizeBytes();
            if (piece % block != 0) {
                f.problem(f.get("piece_length"), "piece_length", "must be a multiple of protocol.block_size ("
                        + "given " + f.scalar("piece_length").text() + "; block_size is "
                        + org.swarmsim.scenario.units.ByteSize.format(block) + ")");
            }
        }
        return new TorrentSpec(size, piece, null);
    }

    private static DiscoverySpec discovery(Fields f) {
        if (f == null) {
            return DiscoverySpec.defaults();
        }
        String mode = f.choice("mode", "tracker", "discovery mode", DiscoverySpec.MODES);
        int k = (int) f.integer("k", (long) DiscoverySpec.DEFAULT_K, 1, 64);
        int alpha = (int) f.integer("alpha", (long) DiscoverySpec.DEFAULT_ALPHA, 1, 64);
        int bootstrap = (int) f.integer("bootstrap_nodes", (long) DiscoverySpec.DEFAULT_BOOTSTRAP_NODES, 1, 1000);
        long reannounce = f.duration("reannounce", DiscoverySpec.DEFAULT_REANNOUNCE_NANOS, 1);
        return new DiscoverySpec(mode, k, alpha, bootstrap, reannounce);
    }

    private static TrackerSpec tracker(Fields f) {
        if (f == null) {
            return new TrackerSpec(TrackerSpec.DEFAULT_INTERVAL_NANOS, TrackerSpec.DEFAULT_NUMWANT, TrackerSpec.NEVER,
                    true);
        }
        long interval = f.duration("interval", TrackerSpec.DEFAULT_INTERVAL_NANOS, 1);
        int numwant = (int) f.integer("numwant", (long) TrackerSpec.DEFAULT_NUMWANT, 1, 10_000);
        long offline = f.duration("offline_at", TrackerSpec.NEVER, 0);
        String seedersReceive = f.choice("seeders_receive", "leechers", "answer to seeds", TrackerSpec.SEEDERS_RECEIVE);
        return new TrackerSpec(interval, numwant, offline, seedersReceive.equals("leechers"));
    }

    private static MetricsSpec metrics(Fields f) {
        if (f == null) {
            return MetricsSpec.defaults();
        }
        return new MetricsSpec(f.duration("sample_interval", MetricsSpec.DEFAULT_SAMPLE_INTERVAL_NANOS, 1),
                f.bool("trace", false));
    }

    private static SweepSpec sweep(Fields f) {
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
        return new SweepSpec(replications, vary);
    }

    /** The text a {@code --set} of this value takes: a scalar as written, a map or list in flow style. */
    private static String setText(YamlNode value) {
        return value instanceof ScalarNode s ? s.text() : value.flowText();
    }
}
