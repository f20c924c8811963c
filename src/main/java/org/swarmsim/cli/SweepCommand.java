package org.swarmsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SweepDirectory;
import org.swarmsim.metrics.SweepPoints;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.report.HtmlReport;
import org.swarmsim.report.JsonReader;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.Scenarios;
import org.swarmsim.run.SimulationKind;
import org.swarmsim.run.SweepMetrics;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim sweep FILE [--replications R] [--threads T]}: every point of the scenario's
 * {@code sweep.vary} grid times R replications, one simulation per thread. Replication r of every
 * point uses substream r of the seed, so the points are compared on common random numbers.
 *
 * <p>Layout: {@code <out>/sweep.yaml} (the resolved base scenario), {@code points.csv},
 * {@code point-NN/rep-RRR/} (a full run's outputs), and at the end {@code sweep.csv}, the charts
 * and {@code index.html}. Resumable: a replication is written into {@code rep-RRR.partial} and
 * renamed when complete, so re-running the same command skips finished replications and redoes
 * only interrupted ones. The summary files are derived and rebuilt on every completion. The folder
 * must be new, empty or this sweep's own ({@link SweepDirectory}); any other is refused untouched.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Run the scenario's sweep grid x replications in parallel; resumable.")
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario YAML file with a sweep section.")
    Path file;

    @Option(names = "--replications", description = "Replications per grid point (default: the scenario's sweep.replications).")
    Integer replications;

    @Option(names = "--threads", description = "Simulations run in parallel (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep directory: new, empty, or this sweep's own (default: results/<scenario>/sweep). "
            + "Re-running with the same directory resumes.")
    Path out;

    @Option(names = "--results", paramLabel = "DIR", description = "Root of the results tree (default: ${DEFAULT-VALUE}).")
    Path resultsRoot = Path.of("results");

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario field for every point. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--no-report", description = "Skip the charts and index.html.")
    boolean noReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Task(int point, String label, Map<String, String> values, int replication, Path dir) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioFileCheck.require(file);
        Scenario base;
        List<Map<String, String>> points;
        try {
            base = Scenarios.load(file, sets);
            points = base.sweep().points();
        } catch (ScenarioException e) {
            ValidateCommand.report(err, file, e);
            return 1;
        }
        SimulationKind<?> kind = Kinds.of(base);
        int reps = replications != null ? replications : base.sweep().replications();
        if (reps < 1 || threads < 1) {
            err.println("error: --replications and --threads must be >= 1");
            err.flush();
            return 2;
        }
        Path dir = SweepDirectory.claim(out != null ? out : resultsRoot.resolve(base.name()).resolve("sweep"),
                base.toYaml()).path();

        List<Task> all = new ArrayList<>();
        StringBuilder pointsCsv = new StringBuilder();
        CsvWriter pc = new CsvWriter(pointsCsv);
        pc.row(SweepPoints.header(base.sweep().vary()));
        for (int p = 0; p < points.size(); p++) {
            String label = label(points.get(p));
            pc.row(SweepPoints.row(pointId(p), label, base.sweep().vary(), points.get(p)));
            for (int r = 0; r < reps; r++) {
                all.add(new Task(p, label, points.get(p), r, dir.resolve(pointId(p)).resolve(String.format(Locale.ROOT, "rep-%03d", r))));
            }
        }
        replaceDerived(dir.resolve("points.csv"), pointsCsv.toString());
        List<Task> todo = all.stream().filter(t -> !Files.exists(t.dir().resolve(Summary.FILE))).toList();
        stdout.printf(Locale.ROOT, "sweep %s: %d points x %d replications = %d runs, %d already done, %d threads%n",
                base.name(), points.size(), reps, all.size(), all.size() - todo.size(), threads);
        stdout.flush();

        ProgressBar bar = ProgressBar.forStderr(err);
        AtomicInteger done = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : todo) {
                futures.add(pool.submit(() -> {
                    events.addAndGet(runOne(t));
                    int d = done.incrementAndGet();
                    synchronized (bar) {
                        bar.update((double) d / todo.size(), "replications " + d + "/" + todo.size(), events.get());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    Throwable cause = e.getCause();
                    if (cause instanceof ScenarioException se) {
                        err.println("INVALID sweep point: " + se.getMessage());
                        err.flush();
                        return 1;
                    }
                    if (cause instanceof SimulationOutOfMemory oom) {
                        bar.abandon();
                        throw oom;
                    }
                    if (cause instanceof OutOfMemoryError oom) {
                        throw oom;     // out of memory again while cleaning up: Main's one-line message, exit 4
                    }
                    throw cause instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdown();
        }
        bar.finish(1.0, "replications " + todo.size() + "/" + todo.size(), events.get());

        SweepTable table = new SweepTable();
        SweepMetrics metrics = SweepMetrics.of(base);
        for (Task t : all) {
            String json = Files.readString(t.dir().resolve(Summary.FILE), StandardCharsets.UTF_8);
            metrics.add(table, t.label(), t.dir(), JsonReader.parseObject(t.dir().resolve(Summary.FILE).toString(), json));
        }
        replaceDerived(dir.resolve(SweepTable.SWEEP_FILE), table.toCsv());
        if (!noReport) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : old.filter(f -> f.getFileName().toString().startsWith("sweep-")
                        || f.getFileName().toString().equals(HtmlReport.INDEX_FILE)).toList()) {
                    Files.delete(f);
                }
            }
            HtmlReport.writeSweep(dir);
        }
        stdout.println("results: " + dir);
        String headline = metrics.names().get(0);
        for (SweepTable.Row row : table.rows()) {
            if (row.metric().equals(headline)) {
                stdout.printf(Locale.ROOT, "  %-40s %s %.4g  95%% CI [%.4g, %.4g]  n=%d%n", row.gridPoint(), headline,
                        row.mean(), row.ci95Low(), row.ci95High(), row.n());
            }
        }
        stdout.flush();
        return 0;
    }

    /**
     * One replication, written to a .partial directory once simulated and renamed into place when
     * complete. Out of memory, the .partial directory is removed and the replication ends the sweep
     * with {@link SimulationOutOfMemory}; finished replications stay, and re-running resumes.
     */
    private long runOne(Task t) throws IOException {
        Scenario s = Scenarios.loadPoint(file, sets, t.values());
        Path partial = t.dir().resolveSibling(t.dir().getFileName() + ".partial");
        deleteTree(partial);
        MemoryWatch watch = new MemoryWatch(file + " (kind " + Kinds.of(s).name() + "), " + t.dir().getParent().getFileName()
                + " (" + t.label() + ") replication " + t.replication());
        try {
            long start = System.nanoTime();
            RunResult r = Kinds.of(s).run(s, new RunRequest(t.replication(), watch, null, List.of()));
            watch.release();
            ResultsDirectory rd = ResultsDirectory.createAt(partial);
            r.output(s, (System.nanoTime() - start) / 1e9).writeTo(rd);
            Files.move(partial, t.dir(), StandardCopyOption.ATOMIC_MOVE);
            return r.events();
        } catch (OutOfMemoryError e) {
            watch.release();
            deleteTree(partial);
            throw watch.outOfMemory(e, "That replication wrote nothing (" + t.dir() + " does not exist); finished "
                    + "replications are kept: re-run the same command with more heap to resume.");
        }
    }

    /** Derived files (points.csv, sweep.csv) are rebuilt from the replications on every run. */
    private static void replaceDerived(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        AtomicFiles.write(file, content);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String pointId(int p) {
        return String.format(Locale.ROOT, "point-%02d", p);
    }

    static String label(Map<String, String> values) {
        if (values.isEmpty()) {
            return "base";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }
}
