package org.swarmsim.reproduce;

import java.util.List;
import java.util.Map;
import org.swarmsim.sim.stats.Tally;

/**
 * The measurements of every replication of one point.
 *
 * @param point the point
 * @param runs  one map of named measurements per replication, in replication order
 */
public record PointResult(ExperimentPoint point, List<Map<String, Double>> runs) {
    /** Copies the list. */
    public PointResult {
        runs = List.copyOf(runs);
    }

    /** The tally of {@code metric} over the replications (NaN values are skipped). */
    public Tally tally(String metric) {
        Tally t = new Tally(metric);
        for (Map<String, Double> run : runs) {
            Double v = run.get(metric);
            if (v == null) {
                throw new IllegalArgumentException("point " + point.id() + " has no measurement '" + metric
                        + "' (has " + run.keySet() + ")");
            }
            if (!Double.isNaN(v)) {
                t.add(v);
            }
        }
        return t;
    }

    /** The values of {@code metric}, one per replication. */
    public double[] values(String metric) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = runs.get(i).get(metric);
        }
        return v;
    }
}
