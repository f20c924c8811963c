package org.swarmsim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.Summary;
import org.swarmsim.report.KeyParameter;
import org.swarmsim.report.ReportSpec;
import org.swarmsim.scenario.KindSchema;
import org.swarmsim.scenario.Scenario;

/**
 * A plug-in simulation kind ({@code kind: swarm}, {@code kind: dht_lookups}, ...): its scenario
 * sections ({@link KindSchema}), its run, the files it writes and their columns, the summary keys a
 * sweep compares, and its report. {@code run}, {@code validate}, {@code sweep}, {@code reproduce}
 * and the HTML report find kinds in {@link Kinds} and have no per-kind code. A new kind is a
 * package implementing this interface plus one line in {@link Kinds}.
 *
 * @param <S> the kind's section record
 */
public interface SimulationKind<S> extends KindSchema<S> {
    /** Runs one replication of {@code scenario} (a scenario of this kind). */
    RunResult run(Scenario scenario, RunRequest request);

    /**
     * The memory a run of {@code scenario} needs, from its population and the state each member
     * keeps; {@code validate} and {@code run} print it and warn when it exceeds the heap.
     */
    MemoryEstimate memoryEstimate(Scenario scenario);

    /** The files a run writes besides {@code scenario.yaml}, with every column and summary key documented. */
    List<OutputDoc> outputs();

    /** The summary keys {@code sweep} compares across grid points (the first is printed per point). */
    List<String> sweepMetrics();

    /**
     * The metrics a sweep of {@code scenario} summarises when its {@code sweep.metrics} is not
     * given: {@link #sweepMetrics()} by default (a swarm adds per-behaviour download times when
     * its leechers behave in two or more ways).
     */
    default List<String> defaultSweepMetrics(Scenario scenario) {
        return sweepMetrics();
    }

    /** Every summary key, then the metrics the kind derives from a run's files ({@link #derivedSweepValues}). */
    @Override
    default List<String> sweepMetricChoices() {
        List<String> names = new ArrayList<>();
        for (OutputDoc doc : outputs()) {
            if (doc.file().equals(Summary.FILE)) {
                doc.fields().forEach(f -> names.add(f.name()));
            }
        }
        names.addAll(derivedSweepMetrics());
        return names;
    }

    /** Sweep metrics that are not summary keys but computed from a run's files; none by default. */
    default List<String> derivedSweepMetrics() {
        return List.of();
    }

    /**
     * The values of the derived sweep metric {@code metric} in the finished run {@code runDir}, as
     * {@code metric:category} to value in a fixed order (e.g. one per behaviour).
     */
    default Map<String, Double> derivedSweepValues(String metric, Path runDir) {
        throw new IllegalArgumentException(name() + " derives no sweep metric '" + metric + "'");
    }

    /** What the run's {@code index.html} shows. */
    ReportSpec report();

    /**
     * The scenario parameters the report's header shows, formatted for reading (population, sizes,
     * rates, policies); by default the network, duration and seed ({@link ScenarioHeader#common}).
     */
    default List<KeyParameter> keyParameters(Scenario scenario) {
        return ScenarioHeader.common(scenario, true);
    }

    /**
     * Every {@code type} this kind's {@code trace.jsonl} can hold (messages and state lines), for
     * {@code --trace-types}; empty when not known (then any type is accepted).
     */
    default java.util.SortedSet<String> traceTypes() {
        return java.util.Collections.emptySortedSet();
    }
}
