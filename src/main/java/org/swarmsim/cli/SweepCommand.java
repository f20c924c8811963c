package org.swarmsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SweepDirectory;
import org.swarmsim.metrics.SweepPoints;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.run.Progress;
import org.swarmsim.run.Scenarios;
import org.swarmsim.run.SimulationKind;
import org.swarmsim.run.SweepMetrics;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.sweep.ReplicationsFailedException;
import org.swarmsim.sweep.ScenarioSource;
import org.swarmsim.sweep.Shard;
import org.swarmsim.sweep.ShardFile;
import org.swarmsim.sweep.SweepEngine;
import org.swarmsim.sweep.SweepEngines;
import org.swarmsim.sweep.SweepPlan;
import org.swarmsim.sweep.SweepSummary;
import org.swarmsim.sweep.SweepTask;
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
 *
 * <p>{@code --shard K/N} runs only the tasks {@link Shard} assigns to K into a shard folder (its
 * replications, {@code sweep.yaml}, {@code points.csv} and {@code shard.txt}, no {@code sweep.csv}
 * or report); {@code sweep merge} ({@link SweepMergeCommand}) joins the N folders. The execution
 * itself is in {@code org.swarmsim.sweep}.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        subcommands = SweepMergeCommand.class,
        description = "Run the scenario's sweep grid x replications in parallel; resumable.")
public final class SweepCommand implements Callable<Integer> {
    // Optional for picocli so that `sweep merge ...` needs no FILE; call() requires it.
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Scenario YAML file with a sweep section.")
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

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only slice K of N of the (point, replication) list "
            + "(task i, point-major, goes to shard (i mod N) + 1) into a shard folder; join the shards with sweep merge.")
    String shard;

    @Option(names = "--engine", paramLabel = "NAME", description = "local (default: a thread pool) or spark (Apache Spark; "
            + "in the Spark build only, target/swarmsim-spark).")
    String engineName = "local";

    @Option(names = "--master", paramLabel = "URL", description = "--engine spark: the Spark master (default: local[*]), "
            + "e.g. local[2], local[2,4] (4 attempts per task), spark://host:7077.")
    String master;

    @Option(names = "--executors", paramLabel = "N", description = "--engine spark on a cluster master: how many executors.")
    Integer executors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE' "
                    + "(swarmsim sweep FILE [options], or swarmsim sweep merge DIR... --out DIR)");
        }
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
        Shard shardOf = shard != null ? Shard.parse(shard) : null;
        SweepEngine engine = SweepEngines.create(engineName, threads, master, executors);
        SweepDirectory claimed = SweepDirectory.claim(out != null ? out : resultsRoot.resolve(base.name()).resolve("sweep"),
                base.toYaml());
        Path dir = claimed.path();
        SweepPlan plan = new SweepPlan(points, reps, dir);
        checkShardFolder(claimed, shardOf, plan);
        SweepSummary.writePoints(dir, base);
        List<SweepTask> mine = shardOf != null ? plan.tasks(shardOf) : plan.tasks();
        List<SweepTask> todo = mine.stream().filter(t -> !Files.exists(t.dir().resolve(Summary.FILE))).toList();
        stdout.printf(Locale.ROOT, "sweep %s: %d points x %d replications = %d runs, %s%d already done, %s%n",
                base.name(), points.size(), reps, plan.tasks().size(),
                shardOf != null ? "shard " + shardOf + " runs " + mine.size() + ", " : "",
                mine.size() - todo.size(), engine.description());
        stdout.flush();
        if (engineName.equals("local")) {
            warnIfTheThreadsNeedMoreThanTheHeap(err, kind, points, Math.min(threads, todo.size()));
        }

        ProgressBar bar = ProgressBar.forStderr(err);
        AtomicInteger done = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        try {
            engine.run(ScenarioSource.of(file, sets), todo, new SweepEngine.Listener() {
                @Override
                public void finished(SweepTask t, long e) {
                    events.addAndGet(e);
                    int d = done.incrementAndGet();
                    synchronized (bar) {
                        bar.update((double) d / todo.size(), "replications " + d + "/" + todo.size(), events.get());
                    }
                }

                @Override
                public Progress progress(SweepTask t) {
                    return new MemoryWatch(file + " (kind " + kind.name() + "), " + SweepPlan.pointId(t.point()) + " ("
                            + t.label() + ") replication " + t.replication());
                }

                @Override
                public RuntimeException outOfMemory(SweepTask t, Progress progress, OutOfMemoryError e) {
                    MemoryWatch watch = (MemoryWatch) progress;
                    watch.release(); // drops the simulation: room to build the message
                    return watch.outOfMemory(e, "That replication wrote nothing (" + t.dir()
                            + " does not exist); finished replications are kept: re-run the same command with more heap "
                            + "to resume.");
                }
            });
        } catch (SimulationOutOfMemory oom) {
            bar.abandon();
            throw oom;
        } catch (ScenarioException se) {
            err.println("INVALID sweep point: " + se.getMessage());
            err.flush();
            return 1;
        } catch (ReplicationsFailedException failed) {
            err.println();
            for (ReplicationsFailedException.Failure f : failed.failures()) {
                err.println("FAILED " + f.task().relativeName() + " (" + f.task().label() + "): " + f.error());
            }
            err.println("error: " + failed.getMessage() + ", the others are written; re-run the same command to redo them");
            err.flush();
            return 2;
        }
        bar.finish(1.0, "replications " + todo.size() + "/" + todo.size(), events.get());

        if (shardOf != null) {
            stdout.println("shard " + shardOf + ": " + mine.size() + " of " + plan.tasks().size() + " replications in " + dir
                    + " (no sweep.csv or report in a shard folder: join the " + shardOf.n()
                    + " shard folders with swarmsim sweep merge DIR... --out DIR)");
            stdout.flush();
            return 0;
        }
        SweepTable table = SweepSummary.write(dir, base, plan.tasks(), noReport);
        printResults(stdout, dir, SweepSummary.headline(base), table);
        return 0;
    }

    /** The closing lines: the folder, and the headline metric of every grid point. */
    static void printResults(PrintWriter stdout, Path dir, String headline, SweepTable table) {
        stdout.println("results: " + dir);
        for (SweepTable.Row row : table.rows()) {
            if (row.metric().equals(headline)) {
                stdout.printf(Locale.ROOT, "  %-40s %s %.4g  95%% CI [%.4g, %.4g]  n=%d%n", row.gridPoint(), headline,
                        row.mean(), row.ci95Low(), row.ci95High(), row.n());
            }
        }
        stdout.flush();
    }

    /**
     * A shard runs only in a new folder or in its own shard folder (same {@code shard.txt}), and an
     * unsharded sweep never resumes in a shard folder.
     */
    private static void checkShardFolder(SweepDirectory claimed, Shard shardOf, SweepPlan plan) throws IOException {
        Path dir = claimed.path();
        if (shardOf == null) {
            if (ShardFile.isIn(dir)) {
                throw new IllegalArgumentException("sweep folder " + dir + " holds shard " + ShardFile.read(dir).shard()
                        + " of this sweep; resume it with --shard, or merge the shards with swarmsim sweep merge");
            }
            return;
        }
        if (claimed.resumed() && !ShardFile.isIn(dir) && hasReplications(dir)) {
            throw new IllegalArgumentException("sweep folder " + dir + " holds an unsharded run of this sweep; nothing was "
                    + "written: give each shard its own --out");
        }
        new ShardFile(shardOf, plan.tasks().size(), plan.replications()).writeOrCheck(dir);
    }

    private static boolean hasReplications(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("point-"));
        }
    }

    /**
     * A local sweep holds {@code parallel} simulations at once: warns (before any runs) when that
     * many of its largest point need more than the heap ({@link MemoryEstimate}).
     */
    private void warnIfTheThreadsNeedMoreThanTheHeap(PrintWriter err, SimulationKind<?> kind, List<Map<String, String>> points,
            int parallel) {
        MemoryEstimate largest = null;
        for (Map<String, String> point : points) {
            Scenario p = Scenarios.loadPoint(file, sets, point);
            MemoryEstimate e = kind.memoryEstimate(p);
            if (largest == null || e.liveBytes() > largest.liveBytes()) {
                largest = e;
            }
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (largest == null || parallel < 1) {
            return;
        }
        MemoryEstimate all = new MemoryEstimate(largest.liveBytes() * parallel, largest.population() * parallel, "");
        if (all.exceeds(heap)) {
            long fitting = largest.copiesFitting(heap);
            err.println("warning: this sweep runs " + parallel + (parallel == 1 ? " simulation" : " simulations at once")
                    + ", each needing up to about " + MemoryEstimate.bytes(largest.heapBytes()) + " of heap (" + largest.basis()
                    + "), more than this JVM's maximum heap of " + MemoryEstimate.bytes(heap) + " in all; it may run out of"
                    + " memory (exit 4). Give it more (JAVA_OPTS=" + all.xmx() + " swarmsim sweep ...)"
                    + (fitting >= 1 && fitting < parallel ? " or use --threads " + fitting : "") + ".");
            err.flush();
        }
    }
}
