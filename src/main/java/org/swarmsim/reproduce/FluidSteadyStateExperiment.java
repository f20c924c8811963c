package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.SimTime;

/**
 * Qiu and Srikant (2004), the steady state of the fluid model with sharing efficiency 1: Poisson
 * arrivals λ, upload u, download d, file F, seeds leave at rate γ. Upload-limited:
 * ȳ = λ/γ, T = F/u − 1/γ, x̄ = λT; download-limited: ȳ = λ/γ, T = F/d, x̄ = λT. Compared with
 * the time averages of leechers and seeds after a warm-up and the mean download time of the
 * leechers that joined after it (and at least 10 minutes before the end).
 *
 * <p>Tolerances: the seeds within 15%; in the download-limited regime the leechers and the
 * download time within [0.95, 1.15] of theory (protocol overhead and start-up only add); in the
 * upload-limited regime within [0.9, 1.3]: BitTorrent's sharing efficiency is below the model's
 * η = 1 (a newcomer has nothing to upload until its first piece, choking leaves some capacity
 * idle), which the comparison reports as a ratio above 1 rather than fitting η.
 */
public final class FluidSteadyStateExperiment implements Experiment {
    private static final long MIB = 1 << 20;

    @Override
    public String name() {
        return "fluid-steady-state";
    }

    @Override
    public String summary() {
        return "Poisson arrivals, seeds leave at rate gamma: time-average leechers/seeds and download time "
                + "vs the fluid model, upload- and download-limited";
    }

    @Override
    public String source() {
        return "D. Qiu, R. Srikant, Modeling and performance analysis of BitTorrent-like peer-to-peer networks, ACM SIGCOMM 2004";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        // The quick variant keeps the full arrival rate: at lambda = 0.25 the swarm is small enough
        // that, once the origin seed has left, a piece can vanish from every peer (the missing
        // piece syndrome of Hajek and Zhu), which the fluid model leaves out by assumption.
        double lambda = 0.5;
        String duration = quick ? "40min" : "2h";
        double warmupS = quick ? 600 : 900;
        int reps = quick ? 2 : 3;
        List<ExperimentPoint> points = new ArrayList<>();
        // regime, upload, download (bytes/s)
        Object[][] regimes = {{"upload-limited", 100_000L, 1_000_000L}, {"download-limited", 400_000L, 100_000L}};
        for (Object[] r : regimes) {
            long up = (Long) r[1];
            long down = (Long) r[2];
            points.add(ExperimentPoint.builder("fluid-steady-state.yaml")
                    .id((String) r[0])
                    .param("regime", r[0])
                    .param("lambda_per_s", lambda)
                    .param("file_bytes", 10 * MIB)
                    .param("upload_Bps", up)
                    .param("download_Bps", down)
                    .param("seed_mean_s", 30)
                    .param("warmup_s", (long) warmupS)
                    .set("duration", duration)
                    .set("population.leechers.rate", lambda)
                    .set("torrent.size", "10MiB")
                    .set("network.classes", String.format(Locale.ROOT,
                            "[{name: peer, share: 100%%, upload: %dB/s, download: %dB/s}]", up, down))
                    .set("population.seeds.upload", up + "B/s")
                    .set("population.leechers.lingering", "{dist: exponential, mean: 30s}")
                    .build(reps));
        }
        return points;
    }

    /** The fluid model's steady state: {leechers, seeds, download time in s}. */
    static double[] theory(ExperimentPoint p) {
        double lambda = p.number("lambda_per_s");
        double f = p.number("file_bytes");
        double u = p.number("upload_Bps");
        double d = p.number("download_Bps");
        double seedS = p.number("seed_mean_s");
        double uploadLimited = f / u - seedS;
        double t = Math.max(uploadLimited, f / d);
        return new double[] {lambda * t, lambda * seedS, t};
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult result = run.as(SwarmResult.class);
        double warmup = point.number("warmup_s");
        double end = SimTime.toSeconds(scenario.durationNanos());
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("leechers_mean", SteadyStateWindow.timeAverage(result.timeSeries(), "leechers", warmup));
        m.put("seeds_mean", SteadyStateWindow.timeAverage(result.timeSeries(), "seeds", warmup));
        m.put("download_time_s", SteadyStateWindow.meanDownloadTime(result.peers(), warmup, end - 600));
        m.put("unfinished", (double) SteadyStateWindow.unfinished(result.peers(), warmup, end - 600));
        m.put("upload_utilisation", SteadyStateWindow.timeAverage(result.timeSeries(), "upload_utilisation", warmup));
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        for (PointResult r : results) {
            double[] t = theory(r.point());
            boolean uploadLimited = r.point().parameter("regime").equals("upload-limited");
            Tolerance main = uploadLimited ? Tolerance.ratio(0.9, 1.3) : Tolerance.ratio(0.95, 1.15);
            rows.add(Comparison.of(r, "leechers_mean", t[0], main));
            rows.add(Comparison.of(r, "seeds_mean", t[1], Tolerance.ratio(0.85, 1.15)));
            rows.add(Comparison.of(r, "download_time_s", t[2], main));
        }
        return rows;
    }
}
