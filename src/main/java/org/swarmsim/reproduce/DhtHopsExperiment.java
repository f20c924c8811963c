package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.dhtlookups.DhtLookupResult;
import org.swarmsim.run.dhtlookups.DhtLookupSpec;
import org.swarmsim.scenario.Scenario;

/**
 * Maymounkov and Mazières (2002): Kademlia lookups take at most {@code ceil(log2 N) + c} steps
 * with high probability, and with k-buckets and α-parallel queries far fewer on average. A static
 * network (no churn) of N BEP 5 nodes (k 8, α 3) is built by joins through a bootstrap node, then
 * random nodes look up random ids. Per N:
 * <ul>
 * <li>{@code rounds_mean} ≤ log2 N (one-sided; the paper's bound on the expected steps);</li>
 * <li>{@code rounds_max} ≤ ceil(log2 N) + {@link #C} in every run (the w.h.p. bound; the margin
 *     actually measured is {@code rounds_max_minus_ceil_log2n} in {@code measures.csv});</li>
 * <li>{@code success_rate} ≥ {@link #MIN_SUCCESS} (the lookup found the closest online node).</li>
 * </ul>
 * And one fit row over all N: the slope of the mean rounds against log2 N, fitted per replication,
 * against {@code 1/log2 k} (a round that gains the log2 k bits of one k-bucket), tolerance ratio
 * in [{@link #SLOPE_MIN_RATIO}, 1]: a round gains at least log2 k bits and at most about
 * {@code 1 + log2(kα)} bits (the best of α replies of k contacts each), so the slope lies between
 * {@code 1/(1 + log2(kα))} (0.537 of 1/log2 k for k 8, α 3) and {@code 1/log2 k}: well under one
 * round per doubling of N.
 */
public final class DhtHopsExperiment implements Experiment {
    /** The additive constant of the w.h.p. bound on the rounds of any lookup. */
    public static final int C = 0;
    /** Lowest acceptable success rate in a static network. */
    public static final double MIN_SUCCESS = 0.99;
    /** Lowest acceptable slope as a fraction of 1/log2 k: log2 k / (1 + log2(kα)) = 0.537 for k 8, α 3, rounded down. */
    public static final double SLOPE_MIN_RATIO = 0.5;
    /** The bucket size the scenario uses (checked against each run's scenario). */
    static final int K = 8;

    @Override
    public String name() {
        return "dht-hops";
    }

    @Override
    public String summary() {
        return "static Kademlia network: lookup rounds vs log2 N (mean <= log2 N, max <= ceil(log2 N) + c, "
                + "slope per doubling vs 1/log2 k), N = 1,000..100,000";
    }

    @Override
    public String source() {
        return "P. Maymounkov, D. Mazieres, Kademlia: A peer-to-peer information system based on the XOR metric, IPTPS 2002";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int[] sizes = quick ? new int[] {500, 1000, 2000, 4000} : new int[] {1000, 3000, 10000, 30000, 100000};
        int reps = quick ? 2 : 3;
        List<ExperimentPoint> points = new ArrayList<>();
        for (int n : sizes) {
            points.add(ExperimentPoint.builder("dht-hops.yaml").id("n" + n).param("N", n)
                    .set("dht.nodes", n).build(reps));
        }
        return points;
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        DhtLookupResult result = run.as(DhtLookupResult.class);
        int k = scenario.section(DhtLookupSpec.class).k();
        if (k != K) {
            throw new IllegalArgumentException("dht-hops compares the slope with 1/log2 k for k = " + K
                    + "; scenario " + point.scenarioFile() + " has dht.k = " + k);
        }
        Summary s = result.summary(0);
        double log2n = log2(result.nodes());
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("log2_n", log2n);
        m.put("lookups", s.number("lookups_total"));
        m.put("rounds_mean", s.number("rounds_mean"));
        m.put("rounds_max", s.number("rounds_max"));
        m.put("rounds_max_minus_ceil_log2n", s.number("rounds_max") - Math.ceil(log2n));
        m.put("success_rate", s.number("success_rate"));
        m.put("exact_rate", s.number("exact_rate"));
        m.put("messages_per_lookup", s.number("messages_per_lookup"));
        m.put("latency_mean_s", s.number("latency_mean_s"));
        m.put("lookups_abandoned", (double) result.lookupsAbandoned());
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        for (PointResult r : results) {
            double log2n = log2(r.point().number("N"));
            rows.add(Comparison.of(r, "rounds_mean", log2n, Tolerance.atMost(1.0)));
            double bound = Math.ceil(log2n) + C;
            boolean everyRun = r.runs().size() > 0;
            for (double v : r.values("rounds_max")) {
                everyRun &= v <= bound;
            }
            rows.add(Comparison.of(r.point(), "rounds_max", bound, r.tally("rounds_max"), Tolerance.atMost(1.0),
                    everyRun));
            rows.add(Comparison.of(r, "success_rate", 1.0, Tolerance.atLeast(MIN_SUCCESS)));
        }
        rows.add(slopeRow(results));
        return rows;
    }

    /** The slope of rounds_mean against log2 N, fitted separately for each replication. */
    private static Comparison slopeRow(List<PointResult> results) {
        SlopeFit fit = SlopeFit.of(results, p -> log2(p.number("N")), "rounds_mean", "rounds_per_doubling", "N");
        ExperimentPoint fitPoint = ExperimentPoint.builder("dht-hops.yaml").id("fit").param("N", fit.range())
                .build(Math.max(1, fit.replications()));
        double predicted = 1.0 / log2(K);
        Tolerance tolerance = Tolerance.ratio(SLOPE_MIN_RATIO, 1.0);
        return Comparison.of(fitPoint, "rounds_per_doubling", predicted, fit.slopes(), tolerance,
                fit.passes(tolerance, predicted));
    }

    private static double log2(double x) {
        return StrictMath.log(x) / StrictMath.log(2); // StrictMath: the same bits on every machine
    }
}
