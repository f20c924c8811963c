package org.swarmsim.reproduce;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.swarmsim.sim.stats.Tally;

/**
 * A measure's slope against a function of the points' parameters, fitted separately in each
 * replication (replication r of every point is one sample of the slope) over the replications all
 * points have; the rows of a scaling law ("rounds per doubling of N", "hops per digit").
 *
 * @param slopes       one slope per replication (a replication whose fit is undefined is left out)
 * @param replications the replications every point has
 * @param points       how many points were fitted
 * @param range        the points' {@code parameter} values, first..last (for the fit row's point)
 */
record SlopeFit(Tally slopes, int replications, int points, String range) {
    /** Fits {@code metric} against {@code x} of each point, per replication; the tally is named {@code name}. */
    static SlopeFit of(List<PointResult> results, ToDoubleFunction<ExperimentPoint> x, String metric, String name,
                       String parameter) {
        int reps = results.stream().mapToInt(r -> r.runs().size()).min().orElse(0);
        Tally slopes = new Tally(name);
        for (int rep = 0; rep < reps; rep++) {
            SimpleRegression fit = new SimpleRegression();
            for (PointResult r : results) {
                fit.addData(x.applyAsDouble(r.point()), r.values(metric)[rep]);
            }
            if (!Double.isNaN(fit.getSlope())) {
                slopes.add(fit.getSlope());
            }
        }
        String first = results.isEmpty() ? "" : results.get(0).point().parameter(parameter);
        String last = results.isEmpty() ? "" : results.get(results.size() - 1).point().parameter(parameter);
        return new SlopeFit(slopes, reps, results.size(), first + ".." + last);
    }

    /** Whether at least two points were fitted, every replication gave a slope, and their mean is within {@code tolerance}. */
    boolean passes(Tolerance tolerance, double predicted) {
        return points >= 2 && slopes.count() == replications && tolerance.accepts(slopes.mean(), predicted);
    }
}
