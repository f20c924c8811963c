package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.finders.FindersResult;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.stats.Tally;

/**
 * Greedy routing in small worlds, on finder networks of finders only locating random keys
 * ({@code scenarios/papers/small-world.yaml}).
 * <ul>
 * <li><b>Kleinberg (STOC 2000)</b>: an n x n lattice, one long link per finder with P ~ d^-r. Per r,
 *     the exponent of mean hops against n (a log-log fit over the lattice sides, per replication):
 *     at r = 0 against (2 - r)/3 = 2/3, within {@link #KLEINBERG_R0_WIDTH}; at r = 1 and 1.5 at
 *     least (2 - r)/3 and at r = 2.5 and 3 at least (r - 2)/(r - 1), Kleinberg's lower bounds for any
 *     decentralised algorithm, reached only asymptotically; at r = 2, hops grow like log^2 n: hops /
 *     ln^2(n^2) at the largest side over the smallest within [{@link #POLYLOG_LOW}, {@link #POLYLOG_HIGH}]
 *     of 1, and that growth at r = 0 and at r = 3 at least {@link #POLYNOMIAL_GROWTH} times r = 2's.</li>
 * <li><b>Symphony (USITS 2003)</b>: n finders on a ring, two ring neighbours and k harmonic long
 *     links: hops ~ (log^2 n)/k. Per k, the exponent of hops in ln n against 2, ratio
 *     [{@link #SYMPHONY_LOG_LOW}, {@link #SYMPHONY_LOG_HIGH}]; per n, the exponent in k against -1,
 *     ratio [{@link #SYMPHONY_K_LOW}, {@link #SYMPHONY_K_HIGH}] (the 1/k law holds for k well below log n).</li>
 * <li>Every point: every locate reaches the true home (success 1).</li>
 * </ul>
 */
public final class SmallWorldExperiment implements Experiment {
    static final double[] RS = {0, 1, 1.5, 2, 2.5, 3};
    static final double KLEINBERG_R0_WIDTH = 0.1;
    static final double POLYLOG_LOW = 0.8;
    static final double POLYLOG_HIGH = 1.35;
    static final double POLYNOMIAL_GROWTH = 1.15;
    static final int[] KS = {1, 2, 4};
    static final double SYMPHONY_LOG_LOW = 0.8;
    static final double SYMPHONY_LOG_HIGH = 1.15;
    static final double SYMPHONY_K_LOW = 0.6;
    static final double SYMPHONY_K_HIGH = 1.1;
    private static final String FILE = "small-world.yaml";

    @Override
    public String name() {
        return "small-world";
    }

    @Override
    public String summary() {
        return "greedy routing: Kleinberg's lattice (hop exponents in n for r = 0..3, polylog only at r = 2) and "
                + "Symphony's ring (hops ~ log^2 n / k)";
    }

    @Override
    public String source() {
        return "J. Kleinberg, The small-world phenomenon: an algorithmic perspective, STOC 2000; G. S. Manku, M. Bawa, "
                + "P. Raghavan, Symphony: distributed hashing in a small world, USITS 2003";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int[] sides = quick ? new int[] {32, 64, 128} : new int[] {64, 128, 256, 512};
        int[] rings = quick ? new int[] {1024, 4096, 16384} : new int[] {1024, 4096, 16384, 65536, 262144};
        int reps = quick ? 1 : 2;
        String duration = quick ? "10s" : "20s";
        List<ExperimentPoint> points = new ArrayList<>();
        for (double r : RS) {
            for (int side : sides) {
                points.add(ExperimentPoint.builder(FILE).id(String.format(Locale.ROOT, "kleinberg-r%s-n%d", text(r), side))
                        .param("geometry", "kleinberg").param("r", text(r)).param("n", side)
                        .set("finders.geometry", "kleinberg").set("finders.r", text(r)).set("finders.links", 1)
                        .set("finders.nodes", side * side).set("finders.workload.duration", duration).build(reps));
            }
        }
        for (int k : KS) {
            for (int n : rings) {
                points.add(ExperimentPoint.builder(FILE).id("symphony-k" + k + "-n" + n).param("geometry", "symphony")
                        .param("k", k).param("n", n).set("finders.geometry", "symphony").set("finders.links", k)
                        .set("finders.nodes", n).set("finders.workload.duration", duration).build(reps));
            }
        }
        return points;
    }

    private static String text(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        Summary s = run.as(FindersResult.class).summary(0);
        Map<String, Double> m = new LinkedHashMap<>();
        double hops = s.number("hops_mean");
        m.put("locates", s.number("searches_total"));
        m.put("success_rate", s.number("success_rate"));
        m.put("hops_mean", hops);
        m.put("hops_p95", s.number("hops_p95"));
        m.put("ln_hops", StrictMath.log(hops));
        double finders = s.number("finders");
        m.put("hops_per_ln2_n", hops / (StrictMath.log(finders) * StrictMath.log(finders)));
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        for (PointResult r : results) {
            rows.add(Comparison.of(r, "success_rate", 1.0, Tolerance.atLeast(0.999)));
        }
        for (double r : RS) {
            List<PointResult> rs = results.stream().filter(p -> p.point().parameter("geometry").equals("kleinberg")
                    && p.point().parameter("r").equals(text(r))).toList();
            if (rs.size() < 2) {
                continue;
            }
            SlopeFit fit = SlopeFit.of(rs, p -> StrictMath.log(p.number("n")), "ln_hops", "hops_exponent_in_n",
                    "n");
            ExperimentPoint p = ExperimentPoint.builder(FILE).id("kleinberg-r" + text(r) + "-fit").param("geometry",
                    "kleinberg").param("r", text(r)).param("n", fit.range()).build(Math.max(1, fit.replications()));
            if (r == 0) {
                Tolerance t = Tolerance.absolute(KLEINBERG_R0_WIDTH);
                rows.add(Comparison.of(p, "hops_exponent_in_n", 2.0 / 3, fit.slopes(), t, fit.passes(t, 2.0 / 3)));
            } else if (r < 2) {
                double bound = (2 - r) / 3;
                Tolerance t = Tolerance.atLeast(1.0);
                rows.add(Comparison.of(p, "hops_exponent_in_n", bound, fit.slopes(), t, fit.passes(t, bound)));
            } else if (r > 2) {
                double bound = (r - 2) / (r - 1);
                Tolerance t = Tolerance.atLeast(1.0);
                rows.add(Comparison.of(p, "hops_exponent_in_n", bound, fit.slopes(), t, fit.passes(t, bound)));
            }
        }
        rows.addAll(growthRows(results));
        for (int k : KS) {
            List<PointResult> ks = results.stream().filter(p -> p.point().parameter("geometry").equals("symphony")
                    && (int) p.point().number("k") == k).toList();
            if (ks.size() < 2) {
                continue;
            }
            SlopeFit fit = SlopeFit.of(ks, p -> StrictMath.log(StrictMath.log(p.number("n"))), "ln_hops",
                    "hops_exponent_in_ln_n", "n");
            ExperimentPoint p = ExperimentPoint.builder(FILE).id("symphony-k" + k + "-fit").param("geometry", "symphony")
                    .param("k", k).param("n", fit.range()).build(Math.max(1, fit.replications()));
            Tolerance t = Tolerance.ratio(SYMPHONY_LOG_LOW, SYMPHONY_LOG_HIGH);
            rows.add(Comparison.of(p, "hops_exponent_in_ln_n", 2.0, fit.slopes(), t, fit.passes(t, 2.0)));
        }
        List<String> sizes = results.stream().filter(p -> p.point().parameter("geometry").equals("symphony"))
                .map(p -> p.point().parameter("n")).distinct().toList();
        for (String n : sizes) {
            List<PointResult> ns = results.stream().filter(p -> p.point().parameter("geometry").equals("symphony")
                    && p.point().parameter("n").equals(n)).toList();
            if (ns.size() < 2) {
                continue;
            }
            SlopeFit fit = SlopeFit.of(ns, p -> StrictMath.log(p.number("k")), "ln_hops", "hops_exponent_in_k",
                    "k");
            ExperimentPoint p = ExperimentPoint.builder(FILE).id("symphony-n" + n + "-fit").param("geometry", "symphony")
                    .param("k", fit.range()).param("n", n).build(Math.max(1, fit.replications()));
            Tolerance t = Tolerance.ratio(SYMPHONY_K_LOW, SYMPHONY_K_HIGH);
            rows.add(Comparison.of(p, "hops_exponent_in_k", -1.0, fit.slopes(), t, fit.passes(t, -1.0)));
        }
        return rows;
    }

    /**
     * hops / ln^2 N at the largest lattice over the smallest: near 1 at r = 2 (polylog); at r = 0 and 3,
     * that growth over r = 2's at least {@link #POLYNOMIAL_GROWTH} (polynomial growth).
     */
    private static List<Comparison> growthRows(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        Tally at2 = growth(results, 2);
        if (at2 == null) {
            return rows;
        }
        Tolerance polylog = Tolerance.ratio(POLYLOG_LOW, POLYLOG_HIGH);
        rows.add(Comparison.of(growthPoint(results, 2, "polylog", (int) at2.count()), "hops_per_ln2_n_growth", 1.0, at2,
                polylog, at2.count() > 0 && polylog.accepts(at2.mean(), 1.0)));
        for (double r : new double[] {0, 3}) {
            Tally g = growth(results, r);
            if (g == null) {
                continue;
            }
            Tally relative = new Tally("growth_over_r2");
            relative.add(g.mean() / at2.mean());
            Tolerance t = Tolerance.atLeast(POLYNOMIAL_GROWTH);
            rows.add(Comparison.of(growthPoint(results, r, "vs-r2", 1), "growth_over_r2", 1.0, relative, t,
                    t.accepts(relative.mean(), 1.0)));
        }
        return rows;
    }

    private static List<PointResult> kleinberg(List<PointResult> results, double r) {
        return results.stream().filter(p -> p.point().parameter("geometry").equals("kleinberg")
                && p.point().parameter("r").equals(text(r))).toList();
    }

    private static Tally growth(List<PointResult> results, double r) {
        List<PointResult> rs = kleinberg(results, r);
        if (rs.size() < 2) {
            return null;
        }
        double[] a = rs.get(0).values("hops_per_ln2_n");
        double[] b = rs.get(rs.size() - 1).values("hops_per_ln2_n");
        Tally growth = new Tally("hops_per_ln2_n_growth");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            growth.add(b[i] / a[i]);
        }
        return growth;
    }

    private static ExperimentPoint growthPoint(List<PointResult> results, double r, String what, int reps) {
        List<PointResult> rs = kleinberg(results, r);
        return ExperimentPoint.builder(FILE).id("kleinberg-r" + text(r) + "-" + what).param("geometry", "kleinberg")
                .param("r", text(r)).param("n", rs.get(0).point().parameter("n") + ".."
                        + rs.get(rs.size() - 1).point().parameter("n")).build(Math.max(1, reps));
    }
}
