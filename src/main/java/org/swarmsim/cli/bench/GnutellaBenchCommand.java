package org.swarmsim.cli.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench gnutella --servents N --queries Q}: the overlay of
 * {@code scenarios/bench/gnutella.yaml} (a random 4-regular graph), then about Q TTL-7 floods with
 * duplicate suppression, through the normal run path: messages, success, speed and memory.
 */
@Command(name = "gnutella",
        mixinStandardHelpOptions = true,
        description = "Gnutella floods on a random regular overlay (scenarios/bench/gnutella.yaml): messages, speed, memory.")
public final class GnutellaBenchCommand implements Callable<Integer> {
    /** The figures printed, from the run's summary. */
    static final List<String> KEYS = List.of("servents", "searches", "messages_total", "messages_per_query_mean",
            "reached_per_query_mean", "success_rate", "load_max", "sim_end_s", "events");

    @Option(names = "--servents", description = "Servents (default: ${DEFAULT-VALUE}).")
    int servents = 100_000;

    @Option(names = "--queries", description = "Queries, about (a Poisson process of 1/s for this many seconds; default: ${DEFAULT-VALUE}).")
    int queries = 10_000;

    @Option(names = "--degree", description = "Degree of the random regular overlay (default: ${DEFAULT-VALUE}).")
    int degree = 4;

    @Option(names = "--ttl", description = "TTL of the floods (default: ${DEFAULT-VALUE}).")
    int ttl = 7;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--scenario", paramLabel = "FILE", description = "The bench scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "bench", "gnutella.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (servents < 3 || queries < 1 || degree < 1 || ttl < 1 || ttl > 255) {
            throw new IllegalArgumentException("need --servents >= 3, --queries >= 1, --degree >= 1, --ttl 1..255");
        }
        ScenarioBench.run(spec.commandLine().getOut(), "gnutella", scenario, List.of(
                "gnutella.topology.nodes=" + servents, "gnutella.topology.degree=" + degree,
                "duration=" + (queries + 10) + "s", "gnutella.search=[{method: flood, ttl: " + ttl + "}]",
                "gnutella.routing.max_ttl=" + Math.max(7, ttl), "seed=" + seed), KEYS,
                ScenarioBench.Population.nodes("servents"));
        return 0;
    }
}
