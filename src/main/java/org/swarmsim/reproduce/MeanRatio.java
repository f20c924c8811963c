package org.swarmsim.reproduce;

import org.swarmsim.sim.stats.Tally;

/**
 * A comparison row of two points: the mean of a measure at one over its mean at the other
 * ("finders / tracker"), judged against a tolerance around 1. The row's point is named
 * {@code a-vs-b}, its {@code source} parameter {@code a / b}.
 */
final class MeanRatio {
    private MeanRatio() {
    }

    static Comparison of(String scenarioFile, PointResult a, PointResult b, String measure, String metric, Tolerance t) {
        Tally ratio = new Tally(metric);
        ratio.add(a.tally(measure).mean() / b.tally(measure).mean());
        ExperimentPoint p = ExperimentPoint.builder(scenarioFile).id(a.point().id() + "-vs-" + b.point().id())
                .param("source", a.point().parameter("source") + " / " + b.point().parameter("source")).build(1);
        return Comparison.of(p, metric, 1.0, ratio, t, t.accepts(ratio.mean(), 1.0));
    }
}
