package org.swarmsim.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.swarmsim.cli.ScenarioFileCheck;
import org.swarmsim.metrics.NumberText;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.Progress;
import org.swarmsim.cli.MemoryWatch;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.sim.EventCensus;
import org.swarmsim.sim.Simulation;

/**
 * A benchmark that is a scenario: loads it with the bench's overrides, runs it through the same
 * code path as {@code swarmsim run} (no files written), and prints one {@code key=value} line per
 * figure: the chosen summary keys, then {@code wall_s}, {@code events_per_s},
 * {@code peak_heap_mb}, the peak heap per peer or node ({@code kb_per_peer}, {@code kb_per_node})
 * and {@code events_by_kind}.
 */
final class ScenarioBench {
    private ScenarioBench() {
    }

    /**
     * One benchmark run: its summary, events, host seconds, events by kind, and the phases the run
     * reported ({@link org.swarmsim.run.Progress#phaseEnded}) in the order they ended.
     */
    record Measured(Summary summary, long events, double wallS, EventCensus census, Map<String, Phase> phases) {
        double eventsPerSecond() {
            return events / wallS;
        }

        /** Peak heap in KiB per member of the population named by summary key {@code populationKey}. */
        String kbPer(String populationKey) {
            return kbPer(summary.number(populationKey));
        }

        /** Peak heap in KiB per member of a population of {@code n}. */
        String kbPer(double n) {
            return String.format(Locale.ROOT, "%.2f", n > 0 ? peakHeapBytes() / 1024.0 / n : Double.NaN);
        }
    }

    /**
     * Which summary key counts a benchmark's population and the name of its per-member memory line:
     * {@code peers_total} and {@code kb_per_peer} for a swarm.
     */
    record Population(String summaryKey, String kbKey) {
        static final Population PEERS = new Population("peers_total", "kb_per_peer");

        static Population nodes(String summaryKey) {
            return new Population(summaryKey, "kb_per_node");
        }
    }

    /**
     * The bench's progress: the memory watch, the census attached to the kernel once built, and
     * the phases the run reports (host seconds since {@code t0}).
     */
    private record Counting(MemoryWatch watch, EventCensus census, Map<String, Phase> phases, long t0) implements Progress {
        @Override
        public void update(Status status) {
            watch.update(status);
        }

        @Override
        public void started(long endNanos, LongSupplier simNanos, LongSupplier population) {
            watch.started(endNanos, simNanos, population);
        }

        @Override
        public void kernel(Simulation sim) {
            sim.countEventsBy(census);
        }

        @Override
        public void phaseEnded(String phase, long events) {
            phases.put(phase, new Phase((System.nanoTime() - t0) / 1e9, events));
        }
    }

    /** A phase of a benchmark run: the host seconds from the start and the events run when it ended. */
    record Phase(double wallS, long events) {
    }

    /** Loads {@code file} with {@code sets} and runs it as {@code swarmsim run} would, writing nothing. */
    static Measured measure(Path file, List<String> sets) {
        String problem = ScenarioFileCheck.problem(file);
        if (problem != null) {
            throw new IllegalArgumentException("bench scenario: " + problem + " (run from the project root or give "
                    + "--scenario FILE)");
        }
        Scenario scenario;
        try {
            scenario = Scenarios.load(file, sets);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("these options make the bench scenario invalid: " + e.getMessage(), e);
        }
        MemoryWatch watch = new MemoryWatch("bench " + file + " (kind " + Kinds.of(scenario).name() + ")");
        try {
            EventCensus census = new EventCensus();
            long t0 = System.nanoTime();
            Map<String, Phase> phases = new LinkedHashMap<>();
            RunResult result = Kinds.of(scenario).run(scenario,
                    new RunRequest(0, new Counting(watch, census, phases, t0), null, List.of()));
            watch.release();
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Measured(result.summary(wall), result.events(), wall, census, phases);
        } catch (OutOfMemoryError e) {
            watch.release();
            throw watch.outOfMemory(e, "A benchmark writes no files.");
        }
    }

    /** A summary value as the bench lines print it. */
    static String value(Summary summary, String key) {
        Object v = summary.entries().get(key);
        return v instanceof Double d ? NumberText.format(d) : String.valueOf(v);
    }

    /**
     * Runs {@code file} with {@code sets}; prints {@code name}'s figures, then the peak heap per
     * member of {@code population} and, last, {@code events_by_kind} (every kind as
     * {@code kind:count}, most first); returns the whole measurement, for a bench that prints
     * lines of its own after these.
     */
    static Measured run(PrintWriter out, String name, Path file, List<String> sets, List<String> keys, Population population) {
        Measured m = measure(file, sets);
        out.println("bench=" + name);
        for (String key : keys) {
            out.println(key + "=" + value(m.summary(), key));
        }
        out.println(String.format(Locale.ROOT, "wall_s=%.1f", m.wallS()));
        out.println(String.format(Locale.ROOT, "events_per_s=%.0f", m.eventsPerSecond()));
        out.println("peak_heap_mb=" + peakHeapMb());
        out.println(population.kbKey() + "=" + m.kbPer(population.summaryKey()));
        out.println("events_by_kind=" + m.census().line());
        out.flush();
        return m;
    }

    static long peakHeapMb() {
        return peakHeapBytes() / (1024 * 1024);
    }

    /** The sum of the heap pools' peak usage (an upper bound of the peak heap). */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
