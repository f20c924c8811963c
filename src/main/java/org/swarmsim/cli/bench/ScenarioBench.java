package org.swarmsim.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.swarmsim.metrics.NumberText;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * A benchmark that is a scenario: loads it with the bench's overrides, runs it through the same
 * code path as {@code swarmsim run} (no files written), and prints one {@code key=value} line per
 * figure: the chosen summary keys, then {@code wall_s}, {@code events_per_s} and
 * {@code peak_heap_mb}.
 */
final class ScenarioBench {
    private ScenarioBench() {
    }

    /** Runs {@code file} with {@code sets}; prints {@code name}'s figures; returns the summary. */
    static Summary run(PrintWriter out, String name, Path file, List<String> sets, List<String> keys) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("bench scenario " + file + " not found; run from the project root or "
                    + "give --scenario FILE");
        }
        Scenario scenario = Scenarios.load(file, sets);
        long t0 = System.nanoTime();
        RunResult result = Kinds.of(scenario).run(scenario, RunRequest.of(0));
        double wall = (System.nanoTime() - t0) / 1e9;
        Summary summary = result.summary(wall);
        out.println("bench=" + name);
        for (String key : keys) {
            Object v = summary.entries().get(key);
            out.println(key + "=" + (v instanceof Double d ? NumberText.format(d) : String.valueOf(v)));
        }
        out.println(String.format(Locale.ROOT, "wall_s=%.1f", wall));
        out.println(String.format(Locale.ROOT, "events_per_s=%.0f", result.events() / wall));
        out.println("peak_heap_mb=" + peakHeapMb());
        out.flush();
        return summary;
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
