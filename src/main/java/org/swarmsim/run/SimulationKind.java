package org.swarmsim.run;

import java.util.List;
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

    /** The files a run writes besides {@code scenario.yaml}, with every column and summary key documented. */
    List<OutputDoc> outputs();

    /** The summary keys {@code sweep} compares across grid points (the first is printed per point). */
    List<String> sweepMetrics();

    /** What the run's {@code index.html} shows. */
    ReportSpec report();

    /**
     * Null when {@code --trace} works for this kind (the run then streams {@code trace.jsonl});
     * otherwise why it does not, for the error message.
     */
    default String traceUnsupported() {
        return null;
    }

    /**
     * Every {@code type} this kind's {@code trace.jsonl} can hold (messages and state lines), for
     * {@code --trace-types}; empty when not known (then any type is accepted).
     */
    default java.util.SortedSet<String> traceTypes() {
        return java.util.Collections.emptySortedSet();
    }
}
