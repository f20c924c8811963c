package org.swarmsim.reproduce;

import java.util.List;
import java.util.Map;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.scenario.Scenario;

/**
 * A named reproduction of a published result: the scenario points to simulate, how many
 * replications, what to measure in each run, and how the measurements compare with theory.
 * Implementations are stateless; {@link Reproduction} runs them.
 */
public interface Experiment {
    /** The name given to {@code swarmsim reproduce NAME}. */
    String name();

    /** One line for {@code --list}: what is compared with what. */
    String summary();

    /** The paper(s) the theory comes from. */
    String source();

    /** The grid to run; {@code quick} is the small version for tests and CI (under a minute). */
    List<ExperimentPoint> points(boolean quick);

    /**
     * A probe to attach to one run of {@code point} (it is handed back to {@link #measure}), or
     * {@code null} if the run's outputs are enough. A probe that implements the kind's listener
     * interface also hears the run's events.
     */
    default Probe probe(ExperimentPoint point) {
        return null;
    }

    /**
     * The named measurements of one run (the columns of {@code measures.csv}). An experiment reads
     * its kind's figures through {@code result.as(SwarmResult.class)} (or the kind's result type).
     */
    Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult result, Probe probe);

    /** Compares the measurements of every point with theory: the rows of {@code comparison.csv}. */
    List<Comparison> compare(List<PointResult> results);
}
