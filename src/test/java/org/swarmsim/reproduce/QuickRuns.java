package org.swarmsim.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarmsim.metrics.ResultsDirectory;

/**
 * Runs each experiment's quick version once per test JVM (the experiment tests and
 * {@link NotebooksTest} share the results), in a temporary directory removed at exit.
 */
final class QuickRuns {
    /** A finished quick run. */
    record Run(ComparisonTable table, Path dir) {
    }

    private static final Map<String, Run> RUNS = new HashMap<>();
    private static Path root;

    private QuickRuns() {
    }

    static synchronized Run get(String name) {
        Run run = RUNS.get(name);
        if (run == null) {
            Path dir = root().resolve(name);
            Reproduction r = new Reproduction(Experiments.named(name), Path.of("scenarios", "papers"), true);
            ComparisonTable table = r.run(ResultsDirectory.createAt(dir), null);
            System.out.print(table.toText());
            run = new Run(table, dir);
            RUNS.put(name, run);
        }
        return run;
    }

    static ComparisonTable table(String name) {
        return get(name).table();
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("swarmsim-reproduce-quick");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path r = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(r)));
        }
        return root;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code column} in {@code line} of the CSV {@code file} (no quoted commas). */
    static double column(Path file, String line, String column) {
        List<String> header = Arrays.asList(lines(file).get(0).split(","));
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(file + " has no column " + column + ": " + header);
        }
        return Double.parseDouble(line.split(",")[i]);
    }
}
