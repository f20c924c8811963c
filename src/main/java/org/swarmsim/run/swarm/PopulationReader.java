package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.scenario.ArrivalProcess;
import org.swarmsim.scenario.Arrivals;
import org.swarmsim.scenario.CapacityClass;
import org.swarmsim.scenario.DistributionReader;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.NetworkSpec;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.YamlNode.MapNode;

/**
 * Reads a swarm's {@code population}: the initial seeds (a capacity class or capacities, lingering)
 * and the leechers (an arrival process of the {@link Arrivals} registry with its keys, lingering,
 * abort time and the behaviour mix of {@link SwarmPolicies#BEHAVIOURS}).
 */
final class PopulationReader {
    private static final List<String> LEECHER_KEYS = List.of("arrival", "lingering", "behaviours", "abort", "magnet");

    private final NetworkSpec network;
    private final long scenarioDurationNanos;

    PopulationReader(NetworkSpec network, long scenarioDurationNanos) {
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
            if (first.uploadBytesPerSecond() <= 0) {
                population.problem(null, "seeds", "the default initial seed takes the first capacity class, '"
                        + first.name() + "', which does not upload (allowed: a seeds section with a class that "
                        + "uploads, or upload/download)");
                return null;
            }
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
        if (upload <= 0) {
            f.problem(f.get("class"), f.has("class") ? "class" : null, "initial seeds must upload (given capacity class '"
                    + className + "' with upload 0; allowed: a class with upload > 0, or upload/download)");
            upload = 1;
        }
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
        String arrivalName = probe.choice("arrival", "flash_crowd", "arrival process", Arrivals.REGISTRY.names());
        List<ScenarioException.Problem> choiceProblems = probe.problems().stream()
                .filter(p -> !p.message().startsWith("unknown key")).toList();
        if (!choiceProblems.isEmpty()) {
            population.problems().addAll(choiceProblems);
            return null;
        }
        List<String> allowed = new ArrayList<>(LEECHER_KEYS);
        allowed.addAll(Arrivals.keysOf(arrivalName));
        int before = population.problems().size();
        Fields f = new Fields(map, path, population.problems(), population.baseDir(), allowed.toArray(new String[0]));
        for (ScenarioException.Problem p : population.problems().subList(before, population.problems().size())) {
            String key = p.path().substring(p.path().lastIndexOf('.') + 1);
            for (String other : Arrivals.REGISTRY.names()) {
                if (Arrivals.keysOf(other).contains(key)) {
                    population.problems().set(population.problems().indexOf(p), new ScenarioException.Problem(
                            p.location(), p.path(), "'" + key + "' belongs to arrival: " + other
                            + ", not " + arrivalName + " (keys for " + arrivalName + ": "
                            + String.join(", ", Arrivals.keysOf(arrivalName)) + ")"));
                }
            }
        }
        ArrivalProcess arrival = Arrivals.read(arrivalName, new Arrivals.Input(f, scenarioDurationNanos));
        DistributionSpec lingering = DistributionReader.read(f, "lingering", DistributionSpec.constant(0), true);
        DistributionSpec abort = DistributionReader.read(f, "abort", DistributionSpec.NEVER, true);
        Map<String, Double> behaviours = behaviours(f);
        double magnet = f.fraction("magnet", 0.0);
        if (arrival == null || behaviours == null || population.problems().size() != before) {
            return null;
        }
        return new LeecherSpec(arrival, lingering, behaviours, abort, magnet);
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
                SwarmPolicies.BEHAVIOURS.names().toArray(new String[0]));
        double sum = 0;
        boolean sharesRead = true;
        StringBuilder given = new StringBuilder();
        for (String name : m.entries().keySet()) {
            // A misspelt behaviour (reported by Fields) still counts towards the sum, so that a
            // wrong total is reported in the same pass rather than after the name is fixed.
            int beforeShare = f.problems().size();
            double share = f.fraction(name, 0.0);
            sharesRead &= f.problems().size() == beforeShare;
            if (SwarmPolicies.BEHAVIOURS.contains(name)) {
                mix.put(name, share);
            }
            sum += share;
            given.append(given.length() == 0 ? "" : " + ").append(f.has(name) ? f.scalar(name).text() : "0");
        }
        if (sharesRead && Math.abs(sum - 1) > 1e-9) {
            leechers.problem(n, "behaviours", "shares must sum to 1 (given " + given + " = " + (float) sum
                    + "; allowed: shares that sum to 1, or to 100%)");
        }
        return f.problems().size() != before ? null : mix;
    }
}
