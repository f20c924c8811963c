package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.swarm.PeerRecord;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;

/**
 * Hajek and Zhu (2010), the missing piece syndrome: one permanent seed uploading U_s pieces per
 * second, Poisson arrivals λ, peers leave on completion. For λ &gt; U_s the leechers grow without
 * bound, at about λ − U_s per second (a one-club of peers missing one piece leaves only as fast as
 * the seed supplies it); for λ &lt; U_s they stay bounded. The comparison is the least-squares
 * slope of the number of leechers after a warm-up against max(0, λ − U_s).
 *
 * <p>Three points per picker: unstable (λ = 0.5/s, U_s = 0.24/s), stable (λ = 0.2/s,
 * U_s = 1.95/s), and stable at the unstable case's arrival rate (λ = 0.5/s, U_s = 1.95/s), where
 * the one seed must serve a busy, fast-changing swarm: it only stays bounded if departed peers
 * leave the tracker at once and the seed's freed upload slots are refilled without waiting for
 * the next rechoke (both were bugs this point found).
 */
public final class SeedStabilityExperiment implements Experiment {
    private static final double PIECE_BYTES = 256 * 1024;

    @Override
    public String name() {
        return "seed-stability";
    }

    @Override
    public String summary() {
        return "one permanent seed, peers leave on completion: leecher growth rate vs max(0, lambda - U_s), "
                + "both sides of the threshold, rarest-first/random";
    }

    @Override
    public String source() {
        return "B. Hajek, J. Zhu, The missing piece syndrome in peer-to-peer communication, ISIT 2010; Stochastic Systems 1(2), 2011";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        String duration = quick ? "15min" : "40min";
        long warmupS = quick ? 300 : 600;
        int reps = quick ? 2 : 3;
        Object[][] cases = {{"unstable", 0.5, 64_000L}, {"stable", 0.2, 512_000L}, {"stable-high-lambda", 0.5, 512_000L}};
        List<ExperimentPoint> points = new ArrayList<>();
        for (Object[] c : cases) {
            for (String picker : List.of("rarest_first", "random")) {
                long seedUp = (Long) c[2];
                points.add(ExperimentPoint.builder("seed-stability.yaml")
                        .id(c[0] + "-" + picker)
                        .param("case", c[0])
                        .param("picker", picker)
                        .param("lambda_per_s", c[1])
                        .param("seed_upload_Bps", seedUp)
                        .param("seed_pieces_per_s", seedUp / PIECE_BYTES)
                        .param("warmup_s", warmupS)
                        .set("duration", duration)
                        .set("protocol.picker", picker)
                        .set("population.leechers.rate", c[1])
                        .set("population.seeds.upload", seedUp + "B/s")
                        .build(reps));
            }
        }
        return points;
    }

    /** max(0, λ − U_s) in leechers per second. */
    static double predictedSlope(ExperimentPoint p) {
        return Math.max(0, p.number("lambda_per_s") - p.number("seed_pieces_per_s"));
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult result = run.as(SwarmResult.class);
        double warmup = point.number("warmup_s");
        double end = SimTime.toSeconds(result.endNanos());
        double[] time = result.timeSeries().column("time_s");
        double[] missing = result.timeSeries().column("pieces_missing");
        int samples = 0;
        int withMissing = 0;
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= warmup) {
                samples++;
                withMissing += missing[i] > 0 ? 1 : 0;
            }
        }
        double seedBytes = 0;
        for (PeerRecord p : result.peers()) {
            if (p.initialSeed()) {
                seedBytes += p.bytesUploaded();
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("leecher_slope_per_s", SteadyStateWindow.slope(result.timeSeries(), "leechers", warmup));
        m.put("leechers_at_end", result.timeSeries().value(result.timeSeries().rowCount() - 1, result.timeSeries().columnIndex("leechers")));
        m.put("leechers_mean_after_warmup", SteadyStateWindow.timeAverage(result.timeSeries(), "leechers", warmup));
        m.put("piece_missing_fraction", samples == 0 ? Double.NaN : (double) withMissing / samples);
        m.put("seed_pieces_delivered_per_s", seedBytes / PIECE_BYTES / end);
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        for (PointResult r : results) {
            double slope = predictedSlope(r.point());
            Tolerance t = slope > 0 ? Tolerance.ratio(0.7, 1.3)
                    : Tolerance.absolute(0.1 * r.point().number("lambda_per_s"));
            rows.add(Comparison.of(r, "leecher_slope_per_s", slope, t));
        }
        return rows;
    }
}
