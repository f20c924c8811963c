package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.gnutella.Replication;
import org.swarmsim.gnutella.SearchMethod;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.gnutella.GnutellaResult;
import org.swarmsim.run.gnutella.GnutellaSpec;
import org.swarmsim.run.gnutella.MethodTotals;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.stats.Tally;

/**
 * Lv, Cao, Cohen, Li &amp; Shenker (ICS 2002) and Cohen &amp; Shenker (SIGCOMM 2002) on a random
 * 4-regular Gnutella overlay: flood against expanding ring against 16 checking walkers (paired:
 * every query is issued with each), a single walker's cost against the truncated geometric
 * {@code E[min(G, T)]} of random probing with {@code p = r / N}, and the search size of uniform,
 * proportional and square-root replication against {@code sum_i q_i E[min(G_i, T)]} (Cohen &amp;
 * Shenker's {@code sum_i q_i N / r_i} with the walker's TTL {@code T}). The header of
 * {@code scenarios/papers/search-methods.yaml} lists every row and tolerance.
 */
public final class SearchMethodsExperiment implements Experiment {
    static final String FLOOD = "flood ttl=7";
    static final String RING = "expanding_ring ttl=1+2..7";
    static final String WALKERS = "random_walk k=16 c=4";
    static final String WALKER = "random_walk k=1 c=0";
    static final int WALK_TTL = 255;
    /** Least ratio of flood to walker messages: one order of magnitude. */
    static final double MIN_FLOOD_OVER_WALK = 10;
    static final double MIN_SUCCESS = 0.95;
    /** Single walkers are cheap: 10 queries a second, so a point's mean steps rest on 1,000-3,000 walks. */
    static final int WALKER_QUERIES_PER_S = 10;

    @Override
    public String name() {
        return "search-methods";
    }

    @Override
    public String summary() {
        return "Gnutella search: flood vs expanding ring vs random walkers (Lv et al.), walker cost vs N/r, "
                + "uniform / proportional / square-root replication vs Cohen-Shenker's search sizes";
    }

    @Override
    public String source() {
        return "Q. Lv, P. Cao, E. Cohen, K. Li, S. Shenker, Search and replication in unstructured peer-to-peer "
                + "networks, ICS 2002; E. Cohen, S. Shenker, Replication strategies in unstructured peer-to-peer "
                + "networks, SIGCOMM 2002";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int n = quick ? 2000 : 10_000;
        int reps = quick ? 1 : 5;
        String duration = quick ? "110s" : "310s";
        String walker = "[{method: random_walk, walkers: 1, ttl: " + WALK_TTL + ", check_every: 0}]";
        List<ExperimentPoint> points = new ArrayList<>();
        points.add(base("lv", n, duration).param("replicas_per_object", n / 100)
                .set("gnutella.content.replicas", n).build(reps));
        for (int r : new int[] {50, 100, 200}) {
            int scaled = r * n / 10_000;
            points.add(base("walk-r" + scaled, n, duration).param("replicas_per_object", scaled)
                    .set("gnutella.content.replicas", scaled * 100).set("gnutella.search", walker)
                    .set("gnutella.workload.queries_per_second", WALKER_QUERIES_PER_S).build(reps));
        }
        for (String allocation : new String[] {"uniform", "proportional", "square_root"}) {
            points.add(base("cs-" + allocation, n, duration).param("allocation", allocation)
                    .set("gnutella.content", "{objects: 100, replicas: " + (10 * n) + ", allocation: " + allocation
                            + ", queries: zipf, zipf_exponent: 0.8}")
                    .set("gnutella.search", walker)
                    .set("gnutella.workload.queries_per_second", WALKER_QUERIES_PER_S).build(reps));
        }
        return points;
    }

    private static ExperimentPoint.Builder base(String id, int n, String duration) {
        return ExperimentPoint.builder("search-methods.yaml").id(id).param("N", n)
                .set("gnutella.topology.nodes", n).set("duration", duration);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        GnutellaResult result = run.as(GnutellaResult.class);
        GnutellaSpec spec = scenario.section(GnutellaSpec.class);
        Map<String, Double> m = new LinkedHashMap<>();
        for (SearchMethod method : spec.methods()) {
            MethodTotals t = result.totalsOf(method.label());
            String key = key(method.label());
            m.put(key + "_searches", (double) t.searches());
            m.put(key + "_success", t.successRate());
            m.put(key + "_messages", t.messagesMean());
            m.put(key + "_checks", t.checksMean());
            m.put(key + "_first_hit_hops", t.firstHitHopsMean());
            m.put(key + "_first_hit_s", t.firstHitSMean());
        }
        m.put("predicted_walk_steps", predictedSteps(spec));
        return m;
    }

    /** {@code sum_i q_i E[min(G_i, T)]}, {@code G_i} geometric with {@code p_i = r_i / N}: random probing, truncated. */
    static double predictedSteps(GnutellaSpec spec) {
        GnutellaSpec.Content c = spec.content();
        int n = spec.servents();
        double[] q = Replication.queryDistribution(c.objects(), c.zipf(), c.exponent());
        long[] r = Replication.allocate(q, c.allocation(), c.replicas(), n);
        double s = 0;
        for (int i = 0; i < q.length; i++) {
            double p = r[i] / (double) n;
            s += q[i] * (p == 0 ? WALK_TTL : (1 - StrictMath.pow(1 - p, WALK_TTL)) / p);
        }
        return s;
    }

    private static String key(String label) {
        return switch (label) {
            case FLOOD -> "flood";
            case RING -> "ring";
            case WALKERS -> "walkers";
            case WALKER -> "walker";
            default -> label.replaceAll("[^a-z0-9]+", "_");
        };
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        PointResult uniform = null;
        PointResult sqrt = null;
        for (PointResult r : results) {
            String id = r.point().id();
            if (id.equals("lv")) {
                rows.add(Comparison.of(r, "flood_success", 1.0, Tolerance.atLeast(MIN_SUCCESS)));
                rows.add(Comparison.of(r, "walkers_success", 1.0, Tolerance.atLeast(MIN_SUCCESS)));
                rows.add(ratioRow(r, "flood_over_walkers_messages", "flood_messages", "walkers_messages",
                        100, Tolerance.atLeast(MIN_FLOOD_OVER_WALK / 100)));
                rows.add(ratioRow(r, "ring_over_flood_messages", "ring_messages", "flood_messages", 1,
                        Tolerance.atMost(0.5)));
                rows.add(ratioRow(r, "walkers_over_flood_first_hit_s", "walkers_first_hit_s", "flood_first_hit_s", 1,
                        Tolerance.atLeast(1)));
            } else {
                rows.add(Comparison.of(r, "walker_messages", r.tally("predicted_walk_steps").mean(),
                        Tolerance.ratio(0.85, 1.2)));
                if (id.equals("cs-uniform")) {
                    uniform = r;
                } else if (id.equals("cs-square_root")) {
                    sqrt = r;
                }
            }
        }
        if (uniform != null && sqrt != null) {
            rows.add(sqrtOverUniform(uniform, sqrt));
        }
        return rows;
    }

    /** The per-replication ratio {@code num / den}, against {@code predicted}. */
    private static Comparison ratioRow(PointResult r, String metric, String num, String den, double predicted,
                                       Tolerance tolerance) {
        Tally t = ratios(metric, r.values(num), r.values(den));
        return Comparison.of(r.point(), metric, predicted, t, tolerance, t.count() > 0
                && tolerance.accepts(t.mean(), predicted));
    }

    /** {@code a[i] / b[i]} for each replication both have. */
    private static Tally ratios(String name, double[] a, double[] b) {
        Tally t = new Tally(name);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            t.add(a[i] / b[i]);
        }
        return t;
    }

    private static Comparison sqrtOverUniform(PointResult uniform, PointResult sqrt) {
        Tally t = ratios("square_root_over_uniform_messages", sqrt.values("walker_messages"),
                uniform.values("walker_messages"));
        double predicted = sqrt.tally("predicted_walk_steps").mean() / uniform.tally("predicted_walk_steps").mean();
        Tolerance tolerance = Tolerance.ratio(0.9, 1.1);
        ExperimentPoint p = ExperimentPoint.builder("search-methods.yaml").id("cs-square_root/cs-uniform")
                .param("allocation", "square_root / uniform").build(Math.max(1, (int) t.count()));
        return Comparison.of(p, "square_root_over_uniform_messages", predicted, t, tolerance,
                t.count() > 0 && tolerance.accepts(t.mean(), predicted));
    }
}
