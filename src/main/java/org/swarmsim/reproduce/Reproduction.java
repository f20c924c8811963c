package org.swarmsim.reproduce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.metrics.NumberText;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.run.Scenarios;

/**
 * Runs an {@link Experiment}: every point × replication through the run of its scenario's kind,
 * on a pool of threads, and writes into the results directory
 * <ul>
 * <li>{@code point-NN/rep-RRR/}: each run's usual files ({@code scenario.yaml},
 *     {@code timeseries.csv}, {@code peers.csv} or {@code lookups.csv}, {@code summary.json}) and
 *     its measurements ({@value ReplicationMeasures#MEASURES}), written under {@code rep-RRR.partial}
 *     and renamed when complete;</li>
 * <li>{@code points.csv}: point number, id, scenario file, overrides and parameters;</li>
 * <li>{@code measures.csv}: one row per run with the experiment's measurements;</li>
 * <li>{@value ComparisonTable#FILE}: the comparison with theory (the chart is drawn by the caller
 *     from this file).</li>
 * </ul>
 * Resumable: replications already complete in the directory are read back, not run again.
 * Deterministic: the files depend only on the experiment, {@code quick} and the scenarios, not on
 * the number of threads or on how often the reproduction was interrupted.
 */
public final class Reproduction {
    /** Hears about each run (the CLI prints progress from this); called on the thread that runs it. */
    public interface Listener {
        /** A replication is about to run (not called for one complete already). */
        default void runStarted(ExperimentPoint point, int replication) {
        }

        /**
         * A replication finished; calls are one at a time.
         *
         * @param events   the run's simulation events, or -1 if it was complete already and read back
         * @param finished how many of the {@code runCount} runs are finished now, this one included
         */
        void runFinished(ExperimentPoint point, int replication, long events, int finished, int runCount);
    }

    /**
     * Runs {@code count} independent tasks, {@code task.accept(0..count-1)}, in any order and on
     * any threads, returning when all are done and rethrowing the first failure. Threads are the
     * CLI's business (simulation code has none): {@link #SEQUENTIAL} runs them in order here.
     */
    @FunctionalInterface
    public interface Parallel {
        void forEach(int count, IntConsumer task);
    }

    /** Runs the tasks one after the other on the calling thread. */
    public static final Parallel SEQUENTIAL = (count, task) -> {
        for (int i = 0; i < count; i++) {
            task.accept(i);
        }
    };

    private final Experiment experiment;
    private final Path scenarioDir;
    private final boolean quick;

    /**
     * @param scenarioDir the directory holding the papers scenarios ({@code scenarios/papers})
     */
    public Reproduction(Experiment experiment, Path scenarioDir, boolean quick) {
        this.experiment = experiment;
        this.scenarioDir = scenarioDir;
        this.quick = quick;
    }

    /**
     * Loads every point's scenario, so that a bad one throws its {@code ScenarioException} before
     * any folder is made.
     */
    public void validate() {
        for (ExperimentPoint point : experiment.points(quick)) {
            Scenarios.load(scenarioDir.resolve(point.scenarioFile()), point.sets());
        }
    }

    /** Runs everything on the calling thread; see {@link #run(ResultsDirectory, Parallel, Listener)}. */
    public ComparisonTable run(ResultsDirectory out, Listener listener) {
        return run(out, SEQUENTIAL, listener);
    }

    /**
     * Runs every replication not yet complete in {@code out} through {@code parallel}, writes the
     * files and returns the comparison. Every point's scenario is loaded (and so validated) before
     * anything runs, so a bad scenario throws its {@code ScenarioException} with nothing written.
     */
    public ComparisonTable run(ResultsDirectory out, Parallel parallel, Listener listener) {
        List<Replication> all = plan(out);
        return compare(out, runAll(all, parallel, listener));
    }

    /**
     * As {@link #run(ResultsDirectory, Parallel, Listener)}, the replications not yet complete
     * computed by {@code remote} (each written here as it comes back); its failure is rethrown.
     */
    public ComparisonTable run(ResultsDirectory out, Remote remote, Listener listener) throws Exception {
        List<Replication> all = plan(out);
        List<Map<String, Double>> measured = new ArrayList<>(Collections.nCopies(all.size(), null));
        List<ReplicationJob> jobs = new ArrayList<>();
        int[] finished = {0};
        for (Replication r : all) {
            if (r.files().done()) {
                measured.set(r.job().index(), r.files().readMeasures());
                finished[0]++;
                if (listener != null) {
                    listener.runFinished(r.point(), r.rep(), -1, finished[0], all.size());
                }
            } else {
                jobs.add(r.job());
            }
        }
        if (!jobs.isEmpty()) {
            remote.run(jobs, (job, result) -> {
                Replication r = all.get(job.index());
                r.files().write(result);
                measured.set(job.index(), result.measures());
                finished[0]++;
                if (listener != null) {
                    listener.runFinished(r.point(), r.rep(), result.files().events(), finished[0], all.size());
                }
            });
        }
        return compare(out, measured);
    }

    /**
     * Computes replication jobs somewhere else (Apache Spark executors): every job of the list,
     * calling {@code done} on the calling thread for each as it comes back.
     */
    public interface Remote {
        void run(List<ReplicationJob> jobs, BiConsumer<ReplicationJob, ReplicationJob.Result> done) throws Exception;
    }

    private List<Replication> plan(ResultsDirectory out) {
        List<ExperimentPoint> points = experiment.points(quick);
        List<Replication> all = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            ExperimentPoint point = points.get(p);
            Scenarios.load(scenarioDir.resolve(point.scenarioFile()), point.sets());
            for (int rep = 0; rep < point.replications(); rep++) {
                Path dir = out.path().resolve(pointDir(p)).resolve(String.format(java.util.Locale.ROOT, "rep-%03d", rep));
                all.add(new Replication(point, new ReplicationJob(all.size(), experiment.name(), quick, scenarioDir.toString(), p, rep),
                        new ReplicationMeasures(dir)));
            }
        }
        return all;
    }

    private ComparisonTable compare(ResultsDirectory out, List<Map<String, Double>> measured) {
        List<ExperimentPoint> points = experiment.points(quick);
        List<PointResult> results = new ArrayList<>();
        int i = 0;
        for (ExperimentPoint point : points) {
            results.add(new PointResult(point, measured.subList(i, i + point.replications())));
            i += point.replications();
        }
        out.write("points.csv", pointsCsv(points));
        out.write("measures.csv", measuresCsv(results));
        ComparisonTable table = new ComparisonTable(experiment.compare(results));
        out.write(ComparisonTable.FILE, table.toCsv());
        return table;
    }

    private record Replication(ExperimentPoint point, ReplicationJob job, ReplicationMeasures files) {
        int rep() {
            return job.replication();
        }
    }

    private List<Map<String, Double>> runAll(List<Replication> all, Parallel parallel, Listener listener) {
        List<Map<String, Double>> measured = new ArrayList<>(Collections.nCopies(all.size(), null));
        int[] finished = {0};
        parallel.forEach(all.size(), i -> {
            Replication r = all.get(i);
            long events = -1;
            Map<String, Double> measures;
            if (r.files().done()) {
                measures = r.files().readMeasures();
            } else {
                if (listener != null) {
                    listener.runStarted(r.point(), r.rep());
                }
                ReplicationJob.Result computed = r.job().compute(null);
                r.files().write(computed);
                measures = computed.measures();
                events = computed.files().events();
            }
            synchronized (finished) {
                measured.set(i, measures);
                finished[0]++;
                if (listener != null) {
                    listener.runFinished(r.point(), r.rep(), events, finished[0], all.size());
                }
            }
        });
        synchronized (finished) {
            return new ArrayList<>(measured);
        }
    }

    /** {@code point-00}, {@code point-01}, ... */
    public static String pointDir(int index) {
        return String.format(java.util.Locale.ROOT, "point-%02d", index);
    }

    private static String pointsCsv(List<ExperimentPoint> points) {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.addAll(p.parameters().keySet()));
        StringBuilder sb = new StringBuilder();
        CsvWriter w = new CsvWriter(sb);
        List<String> header = new ArrayList<>(List.of("dir", "point", "scenario", "sets", "replications"));
        header.addAll(names);
        w.row(header);
        for (int i = 0; i < points.size(); i++) {
            ExperimentPoint p = points.get(i);
            w.field(pointDir(i)).field(p.id()).field(p.scenarioFile()).field(String.join(" ", p.sets()))
                    .field(p.replications());
            names.forEach(n -> w.field(p.parameters().getOrDefault(n, "")));
            w.endRow();
        }
        return sb.toString();
    }

    private static String measuresCsv(List<PointResult> results) {
        Set<String> params = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (PointResult r : results) {
            params.addAll(r.point().parameters().keySet());
            r.runs().forEach(m -> metrics.addAll(m.keySet()));
        }
        StringBuilder sb = new StringBuilder();
        CsvWriter w = new CsvWriter(sb);
        List<String> header = new ArrayList<>(List.of("dir", "point"));
        header.addAll(params);
        header.add("replication");
        header.addAll(metrics);
        w.row(header);
        for (int i = 0; i < results.size(); i++) {
            PointResult r = results.get(i);
            for (int rep = 0; rep < r.runs().size(); rep++) {
                w.field(pointDir(i)).field(r.point().id());
                params.forEach(n -> w.field(r.point().parameters().getOrDefault(n, "")));
                w.field(rep);
                Map<String, Double> m = r.runs().get(rep);
                for (String metric : metrics) {
                    Double v = m.get(metric);
                    w.field(NumberText.format(v == null ? Double.NaN : v));
                }
                w.endRow();
            }
        }
        return sb.toString();
    }
}
