package org.swarmsim.reproduce;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.Probe;
import org.swarmsim.run.Progress;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sweep.ReplicationFiles;

/**
 * One replication of a reproduction, named by plain values so that it can be sent to wherever it
 * runs (a thread here, a Spark executor elsewhere): the experiment's name, quick or full, the
 * papers scenario folder (readable at the same path where it runs), the point and the
 * replication. {@link #compute} runs it with the experiment's probe and returns the run's files
 * (with {@value ReplicationMeasures#MEASURES} before {@code summary.json}) and its measurements.
 *
 * @param index       the replication's place in the reproduction's list
 * @param experiment  the experiment's name ({@link Experiments#named})
 * @param quick       the quick version
 * @param scenarioDir the papers scenario folder, as a path string
 * @param point       the point's index in {@code experiment.points(quick)}
 * @param replication the replication (random substream)
 */
public record ReplicationJob(int index, String experiment, boolean quick, String scenarioDir, int point, int replication)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * What a job gives back: the replication's files and its measurements, in the experiment's order.
     */
    public record Result(ReplicationFiles files, LinkedHashMap<String, Double> measures) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs the replication (telling {@code progress}, if not null, how it goes). */
    public Result compute(Progress progress) {
        Experiment e = Experiments.named(experiment);
        ExperimentPoint p = e.points(quick).get(point);
        Scenario scenario = Scenarios.load(Path.of(scenarioDir).resolve(p.scenarioFile()), p.sets());
        Probe probe = e.probe(p);
        RunResult result = Kinds.of(scenario).run(scenario,
                new RunRequest(replication, progress, null, probe == null ? List.of() : List.of(probe)));
        LinkedHashMap<String, Double> measures = new LinkedHashMap<>(e.measure(p, scenario, result, probe));
        return new Result(ReplicationFiles.of(scenario, result, 0).with(ReplicationMeasures.MEASURES, csv(measures)), measures);
    }

    /** {@code measure,value} lines, values as Java writes doubles (read back exactly). */
    static byte[] csv(Map<String, Double> measures) {
        StringBuilder sb = new StringBuilder();
        CsvWriter w = new CsvWriter(sb);
        w.row(List.of("measure", "value"));
        measures.forEach((k, v) -> w.field(k).field(Double.toString(v)).endRow());
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
