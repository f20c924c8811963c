package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.pastry.LookupRecord;
import org.swarmsim.run.pastry.PastryResult;
import org.swarmsim.run.pastry.PastrySpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;

/**
 * Rowstron and Druschel (Middleware 2001), the node-failure experiment: a Pastry network of 5,000
 * nodes, 10% of them fail silently at once. The same scenario and seeds run with lazy
 * routing-table repair and without. Lookups are measured in three windows of equal length: just
 * before the failure, just after it, and at the end. Compared:
 * <ul>
 * <li>{@code success_after} >= {@link #MIN_SUCCESS} with and without repair: fewer than |L|/2
 *     adjacent nodes fail, so the leaf sets still deliver every key to its live root;</li>
 * <li>without repair, the hops just after the failure over the hops before: they rise (at least
 *     {@link #MIN_RISE}; the paper: 2.96 / 2.73 = 1.084);</li>
 * <li>with repair, the hops at the end over the hops before: back to the no-failure value (ratio
 *     [0.97, 1.02]; the paper: 2.74 / 2.73);</li>
 * <li>without repair, the hops at the end stay above the hops before (at least {@link #MIN_RISE}).</li>
 * </ul>
 */
public final class PastryFailuresExperiment implements Experiment {
    static final double MIN_SUCCESS = 0.999;
    static final double MIN_RISE = 1.005;

    @Override
    public String name() {
        return "pastry-failures";
    }

    @Override
    public String summary() {
        return "Pastry, 5,000 nodes, 10% fail at once: delivery stays 1, hops rise without routing-table repair "
                + "and return to the no-failure value with it";
    }

    @Override
    public String source() {
        return "A. Rowstron, P. Druschel, Pastry: Scalable, decentralized object location and routing for large-scale "
                + "peer-to-peer systems, Middleware 2001 (node failure experiment)";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int reps = quick ? 2 : 3;
        List<ExperimentPoint> points = new ArrayList<>();
        for (boolean repair : new boolean[] {true, false}) {
            ExperimentPoint.Builder b = ExperimentPoint.builder("pastry-failures.yaml").id(repair ? "repair" : "no-repair")
                    .param("table_repair", repair).set("pastry.table_repair", repair);
            if (quick) {
                b.set("pastry.nodes", 2000).set("pastry.workload.duration", "450s")
                        .set("pastry.failures", "[{at: 150s, fraction: 10%}]");
            }
            points.add(b.build(reps));
        }
        return points;
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        PastryResult r = run.as(PastryResult.class);
        PastrySpec spec = scenario.section(PastrySpec.class);
        if (spec.failures().size() != 1) {
            throw new IllegalArgumentException("pastry-failures needs exactly one failure in pastry.failures; "
                    + point.scenarioFile() + " has " + spec.failures().size());
        }
        long start = spec.workloadStartNanos();
        long failAt = start + spec.failures().get(0).atNanos();
        long end = spec.workloadEndNanos();
        long window = Math.min(failAt - start, (end - failAt) / 3);
        Window before = new Window(failAt - window, failAt);
        Window early = new Window(failAt, failAt + window);
        Window late = new Window(end - window, end);
        for (LookupRecord l : r.lookups()) {
            if (l.operation().equals("lookup")) {
                before.add(l);
                early.add(l);
                late.add(l);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("window_s", SimTime.toSeconds(window));
        m.put("lookups_before", (double) before.lookups);
        m.put("hops_before", before.hops());
        m.put("hops_just_after", early.hops());
        m.put("hops_at_end", late.hops());
        m.put("rise_just_after", early.hops() / before.hops());
        m.put("ratio_at_end", late.hops() / before.hops());
        m.put("success_before", before.success());
        m.put("success_after", (early.successes + late.successes + 0.0) / (early.lookups + late.lookups));
        m.put("timeouts_per_lookup_just_after", early.timeouts / (double) early.lookups);
        m.put("failed_nodes", r.summary(0).number("failed_nodes"));
        m.put("table_repairs_done", r.summary(0).number("table_repairs_done"));
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        for (PointResult r : results) {
            boolean repair = Boolean.parseBoolean(r.point().parameter("table_repair"));
            rows.add(Comparison.of(r, "success_after", 1.0, Tolerance.atLeast(MIN_SUCCESS)));
            if (repair) {
                rows.add(Comparison.of(r, "ratio_at_end", 1.0, Tolerance.ratio(0.97, 1.02)));
            } else {
                rows.add(Comparison.of(r, "rise_just_after", 1.0, Tolerance.atLeast(MIN_RISE)));
                rows.add(Comparison.of(r, "ratio_at_end", 1.0, Tolerance.atLeast(MIN_RISE)));
            }
        }
        return rows;
    }

    /** Lookups started in [from, to) and delivered. */
    private static final class Window {
        final long from;
        final long to;
        int lookups;
        int successes;
        long hops;
        int delivered;
        long timeouts;

        Window(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void add(LookupRecord l) {
            if (l.startNanos() < from || l.startNanos() >= to) {
                return;
            }
            lookups++;
            successes += l.success() ? 1 : 0;
            timeouts += l.timeouts();
            if (l.delivered()) {
                delivered++;
                hops += l.hops();
            }
        }

        double hops() {
            return delivered == 0 ? Double.NaN : hops / (double) delivered;
        }

        double success() {
            return lookups == 0 ? Double.NaN : successes / (double) lookups;
        }
    }
}
