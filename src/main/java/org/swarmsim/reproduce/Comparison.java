package org.swarmsim.reproduce;

import java.util.Map;
import org.swarmsim.sim.stats.ConfidenceInterval;
import org.swarmsim.sim.stats.Tally;

/**
 * One row of {@code comparison.csv}: a measured quantity at one point against theory.
 *
 * @param point      the point's id
 * @param parameters the point's parameters
 * @param metric     what was measured, e.g. {@code last_completion_s}
 * @param predicted  the value theory predicts (or the bound)
 * @param n          replications measured
 * @param mean       simulated mean over the replications
 * @param ci95Low    lower end of the 95% Student-t confidence interval (NaN with one run)
 * @param ci95High   upper end
 * @param tolerance  when the comparison passes
 * @param pass       whether it passed
 */
public record Comparison(String point, Map<String, String> parameters, String metric, double predicted, long n,
                         double mean, double ci95Low, double ci95High, Tolerance tolerance, boolean pass) {
    /** simulated mean / predicted (NaN if the prediction is 0). */
    public double ratio() {
        return predicted == 0 ? Double.NaN : mean / predicted;
    }

    /**
     * Compares the replications' {@code metric} at {@code result}'s point with {@code predicted}:
     * the mean must satisfy the tolerance, and with {@link Tolerance#inEveryRun()} every run too.
     */
    public static Comparison of(PointResult result, String metric, double predicted, Tolerance tolerance) {
        Tally t = result.tally(metric);
        boolean pass = t.count() > 0 && tolerance.accepts(t.mean(), predicted);
        for (double v : result.values(metric)) {
            pass &= !Double.isNaN(v) && tolerance.acceptsRun(v, predicted);
        }
        return of(result.point(), metric, predicted, t, tolerance, pass);
    }

    /** A row from an already computed tally and verdict (for derived quantities). */
    public static Comparison of(ExperimentPoint point, String metric, double predicted, Tally t, Tolerance tolerance,
                                boolean pass) {
        double low = Double.NaN;
        double high = Double.NaN;
        if (t.count() > 1) {
            ConfidenceInterval ci = t.confidenceInterval(0.95);
            low = ci.lower();
            high = ci.upper();
        }
        return new Comparison(point.id(), point.parameters(), metric, predicted, t.count(),
                t.count() > 0 ? t.mean() : Double.NaN, low, high, tolerance, pass);
    }
}
