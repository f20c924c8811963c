package org.swarmsim.reproduce;

import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.experiment.DhtLookupRun;
import org.swarmsim.experiment.SwarmRun;
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
     * A listener to attach to one run of {@code point} (it is handed back to {@link #measure}),
     * or {@code null} if the run's time series and peer table are enough.
     */
    default SwarmListener probe(ExperimentPoint point) {
        return null;
    }

    /** The named measurements of one run (the columns of {@code measures.csv}). */
    Map<String, Double> measure(ExperimentPoint point, Scenario scenario, SwarmRun.Result result, SwarmListener probe);

    /**
     * The named measurements of one run of a {@code kind: dht_lookups} scenario (run by
     * {@link DhtLookupRun} instead of a swarm). Experiments on swarms need not implement it.
     */
    default Map<String, Double> measureLookups(ExperimentPoint point, Scenario scenario, DhtLookupRun.Result result) {
        throw new UnsupportedOperationException("experiment " + name() + " does not measure dht_lookups runs (point "
                + point.id() + ", scenario " + point.scenarioFile() + ")");
    }

    /** Compares the measurements of every point with theory: the rows of {@code comparison.csv}. */
    List<Comparison> compare(List<PointResult> results);
}
