package org.swarmsim.reproduce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.metrics.NumberText;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * Runs an {@link Experiment}: every point × replication through the run of its scenario's kind,
 * one after the other, and writes into the results directory
 * <ul>
 * <li>{@code point-NN/rep-RRR/}: each run's usual files ({@code scenario.yaml},
 *     {@code timeseries.csv}, {@code peers.csv} or {@code lookups.csv}, {@code summary.json});</li>
 * <li>{@code points.csv}: point number, id, scenario file, overrides and parameters;</li>
 * <li>{@code measures.csv}: one row per run with the experiment's measurements;</li>
 * <li>{@value ComparisonTable#FILE}: the comparison with theory (the chart is drawn by the caller
 *     from this file).</li>
 * </ul>
 * Deterministic: the files depend only on the experiment, {@code quick} and the scenarios.
 */
public final class Reproduction {
    /** Hears about each run (the CLI prints progress from this). */
    public interface Listener {
        void runStarted(ExperimentPoint point, int replication, int runIndex, int runCount);

        void runFinished(ExperimentPoint point, int replication, RunResult result, Map<String, Double> measures);
    }

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
     * Loads every point's scenario without running anything, so that a bad scenario is reported
     * before a results folder is created.
     *
     * @throws org.swarmsim.scenario.ScenarioException with the first invalid point's problems
     */
    public void validate() {
        for (ExperimentPoint point : experiment.points(quick)) {
            Scenarios.load(scenarioDir.resolve(point.scenarioFile()), point.sets());
        }
    }

    /** Runs everything, writes the files into {@code out} and returns the comparison. */
    public ComparisonTable run(ResultsDirectory out, Listener listener) {
        List<ExperimentPoint> points = experiment.points(quick);
        int runCount = points.stream().mapToInt(ExperimentPoint::replications).sum();
        int runIndex = 0;
        List<PointResult> results = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            ExperimentPoint point = points.get(p);
            Path file = scenarioDir.resolve(point.scenarioFile());
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int rep = 0; rep < point.replications(); rep++) {
                Scenario scenario = Scenarios.load(file, point.sets());
                if (listener != null) {
                    listener.runStarted(point, rep, ++runIndex, runCount);
                }
                Path runDir = out.path().resolve(pointDir(p)).resolve(String.format(java.util.Locale.ROOT, "rep-%03d", rep));
                Probe probe = experiment.probe(point);
                RunResult result = Kinds.of(scenario).run(scenario,
                        new RunRequest(rep, null, null, probe == null ? List.of() : List.of(probe)));
                Map<String, Double> measures = experiment.measure(point, scenario, result, probe);
                runs.add(measures);
                result.output(scenario, 0).writeTo(ResultsDirectory.createAt(runDir));
                if (listener != null) {
                    listener.runFinished(point, rep, result, measures);
                }
            }
            results.add(new PointResult(point, runs));
        }
        out.write("points.csv", pointsCsv(points));
        out.write("measures.csv", measuresCsv(results));
        ComparisonTable table = new ComparisonTable(experiment.compare(results));
        out.write(ComparisonTable.FILE, table.toCsv());
        return table;
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
