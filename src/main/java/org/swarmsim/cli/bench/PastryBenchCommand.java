package org.swarmsim.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.metrics.NumberText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code swarmsim bench pastry --nodes N --lookups L}: the static network of
 * {@code scenarios/bench/pastry.yaml} built by N joins, then about L lookups of random keys
 * (1,000 a second), through the normal run path. Prints one line of {@code key=value} pairs
 * starting {@code pastry nodes=N}.
 */
@Command(name = "pastry",
        mixinStandardHelpOptions = true,
        description = "A static Pastry network built by joins, then random lookups (scenarios/bench/pastry.yaml): "
                + "hops, success, speed, memory, on one line.")
public final class PastryBenchCommand implements Callable<Integer> {
    /** The summary figures printed after {@code nodes=}, in this order. */
    static final List<String> KEYS = List.of("lookups_total", "hops_mean", "success_rate", "relative_delay_penalty",
            "table_entries_mean", "messages_per_join", "events");
    static final double LOOKUPS_PER_SECOND = 1000;

    @Option(names = "--nodes", description = "Nodes (default: ${DEFAULT-VALUE}).")
    int nodes = 100_000;

    @Option(names = "--lookups", description = "Lookups, about (a Poisson process of 1,000/s; default: ${DEFAULT-VALUE}).")
    int lookups = 100_000;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--scenario", paramLabel = "FILE", description = "The bench scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "bench", "pastry.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (nodes < 2 || lookups < 1) {
            throw new IllegalArgumentException("need --nodes >= 2 and --lookups >= 1");
        }
        double seconds = lookups / LOOKUPS_PER_SECOND;
        ScenarioBench.Measured m = ScenarioBench.measure(scenario, List.of("pastry.nodes=" + nodes, "seed=" + seed,
                "pastry.workload.lookups_per_second=" + (long) LOOKUPS_PER_SECOND,
                "pastry.workload.duration=" + NumberText.format(seconds) + "s"));
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder("pastry nodes=").append(nodes);
        for (String key : KEYS) {
            String name = key.equals("success_rate") ? "success" : key.equals("lookups_total") ? "lookups" : key;
            line.append(' ').append(name).append('=').append(ScenarioBench.value(m.summary(), key));
        }
        line.append(String.format(Locale.ROOT, " wall_s=%.1f events_per_s=%.0f peak_heap_mb=%d max_heap_mb=%d", m.wallS(),
                m.eventsPerSecond(), ScenarioBench.peakHeapMb(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024)));
        line.append(" kb_per_node=").append(m.kbPer(nodes));
        out.println(line);
        out.println("events_by_kind=" + m.census().line());
        out.flush();
        return 0;
    }
}
