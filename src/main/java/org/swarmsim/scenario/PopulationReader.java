package org.swarmsim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.scenario.units.EventRate;

/** Reads {@code population} and {@code protocol} (part of {@link ScenarioLoader}). */
final class PopulationReader {
    static final String[] PROTOCOL_KEYS = {"picker", "random_first_pieces", "choker", "pipeline_depth", "end_game",
        "max_connections", "max_initiated", "connection_slack", "snub_timeout", "keepalive", "block_size"};
    static final String[] CHOKER_KEYS = {"policy", "regular_slots", "optimistic_slots", "rechoke_interval",
        "optimistic_interval", "window", "seed_rule"};
    private static final Map<String, List<String>> ARRIVAL_KEYS = new LinkedHashMap<>();
    private static final List<String> LEECHER_KEYS = List.of("arrival", "lingering", "behaviours", "abort");

    static {
        ARRIVAL_KEYS.put("flash_crowd", List.of("count", "at"));
        ARRIVAL_KEYS.put("poisson", List.of("rate", "start", "duration"));
        ARRIVAL_KEYS.put("trace", List.of("file"));
    }

    private final PolicyNames names;
    private final NetworkSpec network;
    private final long scenarioDurationNanos;

    PopulationReader(PolicyNames names, NetworkSpec network, long scenarioDurationNanos) {
        this.names = names;
        this.network = network;
        this.scenarioDurationNanos = scenarioDurationNanos;
    }

    PopulationSpec population(Fields top) {
        Fields f = top.map("population", "seeds", "leechers");
        if (f == null) {
            top.missing("population", "a map with seeds and leechers");
            return null;
        }
        SeedSpec seeds = seeds(f);
        LeecherSpec leechers = leechers(f);
        return seeds == null || leechers == null ? null : new PopulationSpec(seeds, leechers);
    }

    private SeedSpec seeds(Fields population) {
        CapacityClass first = network.classes().get(0);
        Fields f = population.map("seeds", "count", "class", "upload", "download", "lingering");
        if (f == null) {
            return new SeedSpec(1, first.name(), first.uploadBytesPerSecond(), first.downloadBytesPerSecond(),
                    DistributionSpec.NEVER);
        }
        int count = (int) f.integer("count", 1L, 0, 10_000_000);
        String className = null;
        long upload;
        long download;
        if (f.has("class")) {
            List<String> classNames = network.classes().stream().map(CapacityClass::name).toList();
            className = f.choice("class", first.name(), "capacity class", classNames);
            if (f.has("upload") || f.has("download")) {
                String k = f.has("upload") ? "upload" : "download";
                f.problem(f.get(k), k, "give either class or upload/download, not both");
            }
            CapacityClass c = network.capacityClass(className);
            upload = c.uploadBytesPerSecond();
            download = c.downloadBytesPerSecond();
        } else if (f.has("upload") || f.has("download")) {
            upload = f.rate("upload", null, 1);
            download = f.rate("download", upload, 1);
        } else {
            className = first.name();
            upload = first.uploadBytesPerSecond();
            download = first.downloadBytesPerSecond();
        }
        DistributionSpec lingering = DistributionReader.read(f, "lingering", DistributionSpec.NEVER, true);
        return new SeedSpec(count, className, upload, download, lingering);
    }

    private LeecherSpec leechers(Fields population) {
        YamlNode n = population.get("leechers");
        if (n == null) {
            population.missing("leechers", "a map with arrival (flash_crowd, poisson or trace) and its parameters");
            return null;
        }
        if (!(n instanceof MapNode map)) {
            population.problem(n, "leechers", "expected a map (given " + n.describe() + ")");
            return null;
        }
        String path = population.child("leechers");
        Fields probe = new Fields(map, path, new ArrayList<>(), population.baseDir(), "arrival");
        String arrivalName = probe.choice("arrival", "flash_crowd", "arrival process", PolicyNames.ARRIVALS);
        List<ScenarioException.Problem> choiceProblems = probe.problems().stream()
                .filter(p -> !p.message().startsWith("unknown key")).toList();
        if (!choiceProblems.isEmpty()) {
            population.problems().addAll(choiceProblems);
            return null;
        }
        List<String> allowed = new ArrayList<>(LEECHER_KEYS);
        allowed.addAll(ARRIVAL_KEYS.get(arrivalName));
        int before = population.problems().size();
        Fields f = new Fields(map, path, population.problems(), population.baseDir(), allowed.toArray(new String[0]));
        for (ScenarioException.Problem p : population.problems().subList(before, population.problems().size())) {
            String key = p.path().substring(p.path().lastIndexOf('.') + 1);
            for (Map.Entry<String, List<String>> e : ARRIVAL_KEYS.entrySet()) {
                if (e.getValue().contains(key)) {
                    population.problems().set(population.problems().indexOf(p), new ScenarioException.Problem(
                            p.location(), p.path(), "'" + key + "' belongs to arrival: " + e.getKey()
                            + ", not " + arrivalName + " (keys for " + arrivalName + ": "
                            + String.join(", ", ARRIVAL_KEYS.get(arrivalName)) + ")"));
                }
            }
        }
        ArrivalProcess arrival = switch (arrivalName) {
            case "flash_crowd" -> new FlashCrowdArrivals((int) f.integer("count", null, 0, 10_000_000),
                    f.duration("at", 0L, 0));
            case "poisson" -> {
                double rate = rate(f);
                long start = f.duration("start", 0L, 0);
                if (start >= scenarioDurationNanos) {
                    f.problem(f.get("start"), "start", "arrivals would start after the scenario ends (given "
                            + f.scalar("start").text() + "; allowed: less than duration, "
                            + Duration.format(scenarioDurationNanos) + ")");
                }
                long rest = Math.max(1, scenarioDurationNanos - start);
                long duration = f.duration("duration", rest, 1);
                yield new PoissonArrivals(rate, start, duration);
            }
            case "trace" -> {
                Path file = f.file("file", true);
                if (file != null) {
                    try {
                        TraceArrivals.read(file);
                    } catch (IOException | IllegalArgumentException e) {
                        f.problem(f.get("file"), "file", "bad trace: " + e.getMessage());
                    }
                }
                yield file == null ? null : new TraceArrivals(file);
            }
            default -> throw new IllegalStateException(arrivalName);
        };
        DistributionSpec lingering = DistributionReader.read(f, "lingering", DistributionSpec.constant(0), true);
        DistributionSpec abort = DistributionReader.read(f, "abort", DistributionSpec.NEVER, true);
        Map<String, Double> behaviours = behaviours(f);
        if (arrival == null || behaviours == null || population.problems().size() != before) {
            return null;
        }
        return new LeecherSpec(arrival, lingering, behaviours, abort);
    }

    /** Arrivals per second: a number, or {@code 30/min}, {@code 2/s}, {@code 100/h}. */
    private static double rate(Fields f) {
        ScalarNode s = f.scalar("rate");
        if (s == null) {
            if (!f.has("rate")) {
                f.missing("rate", "arrivals per second such as 0.5, or 30/min");
            }
            return 1;
        }
        String t = s.text().strip();
        double perSecond = EventRate.perSecond(t);
        if (Double.isNaN(perSecond)) {
            f.problem(s, "rate", "expected a positive arrival rate (given " + t
                    + "; allowed: arrivals per second such as 0.5, or a count per unit such as 30/min, 2/s, 100/h)");
            return 1;
        }
        return perSecond;
    }

    private Map<String, Double> behaviours(Fields leechers) {
        Map<String, Double> mix = new LinkedHashMap<>();
        YamlNode n = leechers.get("behaviours");
        if (n == null) {
            mix.put("compliant", 1.0);
            return mix;
        }
        if (!(n instanceof MapNode m)) {
            leechers.problem(n, "behaviours", "expected a map of behaviour to share, such as {compliant: 90%, "
                    + "free_rider: 10%} (given " + n.describe() + ")");
            return null;
        }
        int before = leechers.problems().size();
        Fields f = new Fields(m, leechers.child("behaviours"), leechers.problems(), leechers.baseDir(),
                names.behaviours().toArray(new String[0]));
        double sum = 0;
        StringBuilder given = new StringBuilder();
        for (String name : m.entries().keySet()) {
            if (!names.behaviours().contains(name)) {
                continue;
            }
            double share = f.fraction(name, 0.0);
            mix.put(name, share);
            sum += share;
            given.append(given.length() == 0 ? "" : " + ").append(f.has(name) ? f.scalar(name).text() : "0");
        }
        if (f.problems().size() != before) {
            return null;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            leechers.problem(n, "behaviours", "shares must sum to 1 (given " + given + " = " + (float) sum
                    + "; allowed: shares that sum to 1, or to 100%)");
            return null;
        }
        return mix;
    }

    static ProtocolSpec protocol(Fields f, PolicyNames names) {
        if (f == null) {
            return new ProtocolSpec(names.pickers().contains(ProtocolSpec.DEFAULT_PICKER) ? ProtocolSpec.DEFAULT_PICKER
                    : names.pickers().get(0), ProtocolSpec.DEFAULT_RANDOM_FIRST_PIECES, ChokerSpec.defaults(),
                    ProtocolSpec.DEFAULT_PIPELINE_DEPTH, true, ProtocolSpec.DEFAULT_MAX_CONNECTIONS,
                    ProtocolSpec.DEFAULT_MAX_INITIATED, ProtocolSpec.DEFAULT_CONNECTION_SLACK,
                    ProtocolSpec.DEFAULT_SNUB_TIMEOUT_NANOS,
                    ProtocolSpec.DEFAULT_KEEPALIVE_NANOS, ProtocolSpec.DEFAULT_BLOCK_SIZE_BYTES);
        }
        String picker = f.choice("picker", ProtocolSpec.DEFAULT_PICKER, "picker", names.pickers());
        int randomFirst = f.intValue("random_first_pieces", ProtocolSpec.DEFAULT_RANDOM_FIRST_PIECES, 0);
        ChokerSpec choker = choker(f.map("choker", CHOKER_KEYS), names);
        int pipeline = (int) f.integer("pipeline_depth", (long) ProtocolSpec.DEFAULT_PIPELINE_DEPTH, 1, 1024);
        boolean endGame = f.bool("end_game", true);
        int maxConnections = (int) f.integer("max_connections", (long) ProtocolSpec.DEFAULT_MAX_CONNECTIONS, 1, 100_000);
        int maxInitiated = (int) f.integer("max_initiated", (long) Math.min(ProtocolSpec.DEFAULT_MAX_INITIATED,
                maxConnections), 0, 100_000);
        if (maxInitiated > maxConnections) {
            f.problem(f.get("max_initiated"), "max_initiated", "must not exceed max_connections (given "
                    + maxInitiated + "; allowed: 0 to " + maxConnections + ")");
            maxInitiated = maxConnections;
        }
        int slack = (int) f.integer("connection_slack", (long) ProtocolSpec.DEFAULT_CONNECTION_SLACK, 0, 100_000);
        long snub = f.duration("snub_timeout", ProtocolSpec.DEFAULT_SNUB_TIMEOUT_NANOS, 1);
        long keepalive = f.duration("keepalive", ProtocolSpec.DEFAULT_KEEPALIVE_NANOS, 1);
        long block = f.bytes("block_size", ProtocolSpec.DEFAULT_BLOCK_SIZE_BYTES, 1);
        if (block > PeerMessage.MAX_BLOCK_BYTES) {
            f.problem(f.get("block_size"), "block_size", "too large (given " + f.scalar("block_size").text()
                    + "; allowed: up to 128KiB, the largest request clients accept)");
            block = ProtocolSpec.DEFAULT_BLOCK_SIZE_BYTES;
        }
        return new ProtocolSpec(picker, randomFirst, choker, pipeline, endGame, maxConnections, maxInitiated, slack, snub,
                keepalive, block);
    }

    private static ChokerSpec choker(Fields f, PolicyNames names) {
        if (f == null) {
            return ChokerSpec.defaults();
        }
        String policy = f.choice("policy", ChokerSpec.DEFAULT_POLICY, "choker", names.chokers());
        int regular = f.intValue("regular_slots", ChokerSpec.DEFAULT_REGULAR_SLOTS, 0);
        int optimistic = f.intValue("optimistic_slots", ChokerSpec.DEFAULT_OPTIMISTIC_SLOTS, 0);
        long rechoke = f.duration("rechoke_interval", ChokerSpec.DEFAULT_RECHOKE_INTERVAL_NANOS, 1);
        long optimisticInterval = f.duration("optimistic_interval", ChokerSpec.DEFAULT_OPTIMISTIC_INTERVAL_NANOS, 1);
        long window = f.duration("window", ChokerSpec.DEFAULT_WINDOW_NANOS, 1);
        String seedRule = f.choice("seed_rule", ChokerSpec.DEFAULT_SEED_RULE, "seed rule", PolicyNames.SEED_RULES);
        return new ChokerSpec(policy, regular, optimistic, rechoke, optimisticInterval, window, seedRule);
    }
}
