package org.swarmsim.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench dht --nodes N --lookups L}: the Kademlia network of
 * {@code scenarios/bench/dht.yaml} built by joins, then about L lookups (1,000 per second for L
 * ms), through the normal run path: hops, success, speed and memory. After the common lines it
 * prints {@code kb_per_node} (peak heap KiB per node) and the join phase's cost: {@code join_wall_s}
 * (host seconds from the start to the first measured lookup, building the nodes included),
 * {@code join_events} (events before that lookup) and {@code events_per_join} (per joining node).
 */
@Command(name = "dht",
        mixinStandardHelpOptions = true,
        description = "Kademlia (BEP 5) network built by joins, then lookups (scenarios/bench/dht.yaml): hops, success, speed, memory.")
public final class DhtBenchCommand implements Callable<Integer> {
    /** The figures printed, from the run's summary. */
    static final List<String> KEYS = List.of("nodes", "lookups_total", "rounds_mean", "rounds_max", "success_rate",
            "exact_rate", "latency_mean_s", "messages_per_lookup", "sim_end_s", "events");

    @Option(names = "--nodes", description = "Nodes (default: ${DEFAULT-VALUE}).")
    int nodes = 10_000;

    @Option(names = "--lookups", description = "Lookups measured, about (a Poisson process of 1,000/s for this many ms; default: ${DEFAULT-VALUE}).")
    int lookups = 10_000;

    @Option(names = "--k", description = "Bucket size (default: ${DEFAULT-VALUE}).")
    int k = 8;

    @Option(names = "--alpha", description = "Parallel queries per lookup (default: ${DEFAULT-VALUE}).")
    int alpha = 3;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--scenario", paramLabel = "FILE", description = "The bench scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "bench", "dht.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (nodes < 2 || lookups < 1 || k < 1 || alpha < 1) {
            throw new IllegalArgumentException("need --nodes >= 2, --lookups >= 1, --k >= 1, --alpha >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        ScenarioBench.Measured m = ScenarioBench.run(out, "dht", scenario, List.of("dht.nodes=" + nodes,
                "dht.lookup_duration=" + lookups + "ms", "dht.k=" + k, "dht.alpha=" + alpha, "seed=" + seed), KEYS,
                ScenarioBench.Population.nodes("nodes"));
        ScenarioBench.Phase join = m.phases().get("join");
        if (join != null) {
            out.println(String.format(Locale.ROOT, "join_wall_s=%.1f", join.wallS()));
            out.println("join_events=" + join.events());
            out.println(String.format(Locale.ROOT, "events_per_join=%.1f", join.events() / (double) (nodes - 1)));
        }
        out.flush();
        return 0;
    }
}
