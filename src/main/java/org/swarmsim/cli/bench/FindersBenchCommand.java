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
 * {@code swarmsim bench finders --finders N --searches S}: the finder network of
 * {@code scenarios/bench/finders.yaml} with N finders and N peers (half the nodes are finders),
 * then about S searches of swarms from the peers (1,000 a second), through the normal run path.
 * Prints one line of {@code key=value} pairs starting {@code finders finders=N}.
 */
@Command(name = "finders",
        mixinStandardHelpOptions = true,
        description = "A finder network (Symphony ring, gossiped caches) with as many peers as finders, then searches "
                + "of swarms (scenarios/bench/finders.yaml): hops, success, speed, memory, on one line.")
public final class FindersBenchCommand implements Callable<Integer> {
    /** The summary figures printed after {@code finders=}, in this order. */
    static final List<String> KEYS = List.of("searches_total", "hops_mean", "success_rate", "messages_per_search",
            "fallback_rate", "routed_per_finder_max", "events");
    static final double SEARCHES_PER_SECOND = 1000;

    @Option(names = "--finders", description = "Finders; as many peers again (default: ${DEFAULT-VALUE}).")
    int finders = 100_000;

    @Option(names = "--searches", description = "Searches, about (a Poisson process of 1,000/s; default: ${DEFAULT-VALUE}).")
    int searches = 100_000;

    @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--scenario", paramLabel = "FILE", description = "The bench scenario (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios", "bench", "finders.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (finders < 2 || searches < 1) {
            throw new IllegalArgumentException("need --finders >= 2 and --searches >= 1");
        }
        double seconds = searches / SEARCHES_PER_SECOND;
        ScenarioBench.Measured m = ScenarioBench.measure(scenario, List.of("finders.nodes=" + 2L * finders,
                "finders.fraction=50%", "seed=" + seed,
                "finders.workload.searches_per_second=" + (long) SEARCHES_PER_SECOND,
                "finders.workload.duration=" + NumberText.format(seconds) + "s"));
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder("finders finders=").append(finders);
        for (String key : KEYS) {
            String name = key.equals("success_rate") ? "success" : key.equals("searches_total") ? "searches" : key;
            line.append(' ').append(name).append('=').append(ScenarioBench.value(m.summary(), key));
        }
        line.append(String.format(Locale.ROOT, " wall_s=%.1f events_per_s=%.0f peak_heap_mb=%d max_heap_mb=%d", m.wallS(),
                m.eventsPerSecond(), ScenarioBench.peakHeapMb(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024)));
        line.append(" kb_per_node=").append(m.kbPer(2.0 * finders));
        out.println(line);
        out.println("events_by_kind=" + m.census().line());
        out.flush();
        return 0;
    }
}
