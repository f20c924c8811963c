package org.swarmsim.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.ResultsDirectory;

/**
 * The folder of one reproduction and its label, {@value #FILE}: which experiment, quick or full,
 * and, once it has finished, how long it took ({@code wall_s}, the only line that differs
 * between identical reproductions) and on how many threads. The label is what lets a reproduction
 * be resumed into its own folder (and only its own), and what {@code reproduce --list} reads to
 * say how long a full run took on this machine.
 */
public final class ReproductionFolder {
    /** The label file written at the start and completed at the end. */
    public static final String FILE = "reproduction.txt";

    private ReproductionFolder() {
    }

    /**
     * The folder to write {@code experiment} into: {@code out} if given (new, empty, or an
     * unfinished or finished reproduction of the same experiment and size, which is resumed), else
     * with {@code resume} the newest unfinished {@code results/reproduce/NAME/run-NNN}, else a new
     * {@code run-NNN}. Anything else is refused with an {@link IllegalArgumentException} naming the
     * folder, and nothing in it is touched.
     */
    public static ResultsDirectory claim(Path out, boolean resume, Path resultsRoot, String experiment, boolean quick) {
        String label = label(experiment, quick);
        if (out != null) {
            if (Files.isDirectory(out) && Files.isRegularFile(out.resolve(FILE))) {
                Map<String, String> existing = read(out.resolve(FILE));
                if (!label(existing).equals(label)) {
                    throw new IllegalArgumentException("--out " + out + " holds a reproduction of "
                            + describe(existing) + ", not of " + describe(experiment, quick) + "; give another --out directory");
                }
                return reopen(out);
            }
            ResultsDirectory dir = ResultsDirectory.createAt(out);
            writeLabel(dir.path(), experiment, quick);
            return dir;
        }
        Path parent = resultsRoot.resolve("reproduce").resolve(folderName(experiment, quick));
        if (resume) {
            Optional<Path> unfinished = runs(parent).stream()
                    .filter(p -> label(read(p.resolve(FILE))).equals(label) && !read(p.resolve(FILE)).containsKey("wall_s"))
                    .reduce((a, b) -> b);
            if (unfinished.isPresent()) {
                return reopen(unfinished.get());
            }
        }
        ResultsDirectory dir = ResultsDirectory.createRun(resultsRoot.resolve("reproduce"), folderName(experiment, quick));
        writeLabel(dir.path(), experiment, quick);
        return dir;
    }

    /**
     * The files a reproduction derives from its replications at the end; a resumed one removes
     * them first (they are written again, from the same replications, byte for byte).
     */
    static final List<String> DERIVED = List.of("points.csv", "measures.csv", "comparison.csv", "comparison.png",
            "comparison@2x.png", "comparison.svg", "index.html");

    private static ResultsDirectory reopen(Path dir) {
        try {
            for (String f : DERIVED) {
                Files.deleteIfExists(dir.resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume " + dir + ": " + e.getMessage(), e);
        }
        return ResultsDirectory.reopen(dir);
    }

    /** Completes the label of a finished reproduction with its wall time and thread count. */
    public static void finish(Path dir, String experiment, boolean quick, double wallS, int threads) {
        AtomicFiles.replace(dir.resolve(FILE), text(experiment, quick)
                + String.format(Locale.ROOT, "threads=%d%nwall_s=%.1f%n", threads, wallS));
    }

    /**
     * The wall time and thread count of the newest finished full reproduction of {@code experiment}
     * under {@code resultsRoot}, as {@code "212 s on 2 threads"}, or empty if there is none.
     */
    public static Optional<String> lastFullRun(Path resultsRoot, String experiment) {
        List<Path> runs = runs(resultsRoot.resolve("reproduce").resolve(folderName(experiment, false)));
        for (int i = runs.size() - 1; i >= 0; i--) {
            Map<String, String> m = read(runs.get(i).resolve(FILE));
            OptionalDouble wall = number(m.get("wall_s"));
            if (label(m).equals(label(experiment, false)) && wall.isPresent()) {
                return Optional.of(Durations.text(wall.getAsDouble()) + " on " + m.getOrDefault("threads", "?") + " threads");
            }
        }
        return Optional.empty();
    }

    private static String folderName(String experiment, boolean quick) {
        return experiment + (quick ? "-quick" : "");
    }

    private static void writeLabel(Path dir, String experiment, boolean quick) {
        AtomicFiles.write(dir.resolve(FILE), text(experiment, quick));
    }

    private static String text(String experiment, boolean quick) {
        return "experiment=" + experiment + "\nquick=" + quick + "\n";
    }

    private static String label(String experiment, boolean quick) {
        return experiment + (quick ? " (quick)" : "");
    }

    private static String label(Map<String, String> m) {
        return label(m.getOrDefault("experiment", "?"), "true".equals(m.get("quick")));
    }

    private static String describe(Map<String, String> m) {
        return describe(m.getOrDefault("experiment", "?"), "true".equals(m.get("quick")));
    }

    private static String describe(String experiment, boolean quick) {
        return "'" + experiment + "'" + (quick ? " --quick" : " (full)");
    }

    private static OptionalDouble number(String s) {
        try {
            return s == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The {@code run-NNN} folders holding a label, oldest first. */
    private static List<Path> runs(Path parent) {
        List<Path> runs = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return runs;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ResultsDirectory.RUN_PREFIX + "*")) {
            for (Path p : entries) {
                if (Files.isRegularFile(p.resolve(FILE))) {
                    runs.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent + ": " + e.getMessage(), e);
        }
        runs.sort((a, b) -> Integer.compare(runNumber(a), runNumber(b)));
        return runs;
    }

    private static int runNumber(Path p) {
        String digits = p.getFileName().toString().substring(ResultsDirectory.RUN_PREFIX.length());
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // an unreadable label is no label: the folder is not resumed
        }
        return m;
    }
}
