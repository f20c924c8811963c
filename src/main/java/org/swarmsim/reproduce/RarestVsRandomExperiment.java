package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.swarm.PeerRecord;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.run.swarm.SwarmSpec;
import org.swarmsim.scenario.Scenario;

/**
 * Rarest first against random selection with a slow seed and leechers that leave on completion
 * (Legout et al. 2006, Bharambe et al. 2006). There is no closed formula; the claims compared are
 * orderings, with random's value compared against rarest-first's as the "prediction":
 * <ul>
 * <li>{@code mean_download_s}: random at least as slow as rarest first (ratio ≥ 1);</li>
 * <li>{@code piece_loss_fraction}, at a second pair of points where the seed is four times faster
 *     (200 KB/s, still a ninth of the leechers' aggregate upload): the fraction of samples, after
 *     the first moment every piece is held by some leecher ({@code all_pieces_out_s}), in which
 *     some piece is again held by no online leecher (only by the seed, which must send it again):
 *     random far more often than rarest first (ratio ≥ 3); {@code piece_lost}, 1 if that ever
 *     happened in a run, whose mean is the fraction of runs where a piece disappeared from the
 *     leechers: random at least as often; and the time until every piece is out, random no
 *     sooner. (With the 50 KB/s seed the seed itself is so slow, and spreads its upload over so
 *     many partial pieces, that a piece is held only by the seed most of the time with either
 *     picker: 0.76 vs 0.91 of the time after F/u_s, reported as {@code piece_missing_fraction}.)</li>
 * <li>{@code interest_fraction} ({@link InterestProbe}): in a steady-state torrent (Poisson
 *     arrivals, leechers lingering as seeds, measured after a 20-minute warm-up) rarest first
 *     close to 1 (≥ 0.9), as Legout et al. measured; in the transient flash crowd lower than in
 *     steady state ("all torrents with low entropy are in transient state", their §4.1.2), and
 *     random no higher than rarest first.</li>
 * </ul>
 */
public final class RarestVsRandomExperiment implements Experiment {
    @Override
    public String name() {
        return "rarest-vs-random";
    }

    @Override
    public String summary() {
        return "slow seed, leechers leave on completion: download time, pieces held only by the seed, "
                + "Legout's interest fraction, rarest-first vs random";
    }

    @Override
    public String source() {
        return "A. Legout, G. Urvoy-Keller, P. Michiardi, Rarest first and choke algorithms are enough, IMC 2006; "
                + "A. Bharambe, C. Herley, V. Padmanabhan, Analyzing and improving a BitTorrent network's performance "
                + "mechanisms, INFOCOM 2006";
    }

    /** Warm-up of the steady-state point, excluded from its interest measure. */
    static final long STEADY_WARMUP_NANOS = 20L * 60 * 1_000_000_000L;

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        List<ExperimentPoint> points = new ArrayList<>();
        for (String picker : List.of("rarest_first", "random")) {
            points.add(ExperimentPoint.builder("rarest-vs-random.yaml")
                    .id(picker)
                    .param("picker", picker)
                    .param("leechers", 60)
                    .param("seed_upload", "50KB/s")
                    .set("protocol.picker", picker)
                    .build(quick ? 3 : 10));
        }
        for (String picker : List.of("rarest_first", "random")) {
            points.add(ExperimentPoint.builder("rarest-vs-random.yaml")
                    .id("diversity-" + picker)
                    .param("picker", picker)
                    .param("leechers", 60)
                    .param("seed_upload", "200KB/s")
                    .set("protocol.picker", picker)
                    .set("population.seeds.upload", "200KB/s")
                    .build(quick ? 4 : 10));
        }
        // Legout et al.'s steady state: many copies of every piece, several seeds (leechers
        // linger), leechers arriving all the time.
        points.add(ExperimentPoint.builder("rarest-vs-random.yaml")
                .id("steady-rarest_first")
                .param("picker", "rarest_first")
                .param("leechers", "poisson 0.1/s")
                .param("seed_upload", "50KB/s")
                .set("protocol.picker", "rarest_first")
                .set("duration", quick ? "40min" : "80min")
                .set("population.leechers", "{arrival: poisson, rate: 0.1, lingering: {dist: exponential, mean: 5min}}")
                .build(quick ? 2 : 3));
        return points;
    }

    @Override
    public Probe probe(ExperimentPoint point) {
        return new InterestProbe(point.id().startsWith("steady") ? STEADY_WARMUP_NANOS : 0);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult result = run.as(SwarmResult.class);
        TimeSeries ts = result.timeSeries();
        double[] time = ts.column("time_s");
        double[] missing = ts.column("pieces_missing");
        double[] leechers = ts.column("leechers");
        // After the time the seed needs to upload every piece once, a piece held by no leecher is
        // one the swarm lost and must get from the seed again.
        double seedCopyS = SwarmSpec.of(scenario).torrent().sizeBytes() / (double) SwarmSpec.of(scenario).population().seeds().uploadBytesPerSecond();
        int samples = 0;
        int withMissing = 0;
        for (int i = 0; i < missing.length; i++) {
            if (time[i] >= seedCopyS && leechers[i] > 0) {
                samples++;
                withMissing += missing[i] > 0 ? 1 : 0;
            }
        }
        // After the first moment every piece is held by some leecher, a piece held by none again
        // has disappeared from the leechers (only the seed still has it).
        double allOut = Double.NaN;
        int afterOut = 0;
        int lostAfterOut = 0;
        for (int i = 0; i < missing.length; i++) {
            if (leechers[i] <= 0) {
                continue;
            }
            if (Double.isNaN(allOut)) {
                if (missing[i] == 0) {
                    allOut = time[i];
                }
                continue;
            }
            afterOut++;
            lostAfterOut += missing[i] > 0 ? 1 : 0;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_download_s", result.peers().stream().filter(PeerRecord::completed)
                .mapToDouble(PeerRecord::downloadTimeS).average().orElse(Double.NaN));
        m.put("last_completion_s", result.peers().stream().filter(PeerRecord::completed)
                .mapToDouble(PeerRecord::completionS).max().orElse(Double.NaN));
        m.put("completed_fraction", (double) result.leechersDone() / result.leechersTotal());
        m.put("piece_missing_fraction", samples == 0 ? Double.NaN : (double) withMissing / samples);
        m.put("all_pieces_out_s", allOut);
        m.put("piece_loss_fraction", afterOut == 0 ? Double.NaN : (double) lostAfterOut / afterOut);
        m.put("piece_lost", lostAfterOut > 0 ? 1.0 : 0.0);
        m.put("interest_fraction", ((InterestProbe) probe).interestFraction());
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        PointResult rarest = find(results, "rarest_first");
        PointResult random = find(results, "random");
        PointResult steady = find(results, "steady-rarest_first");
        List<Comparison> rows = new ArrayList<>();
        rows.add(Comparison.of(random, "mean_download_s", rarest.tally("mean_download_s").mean(), Tolerance.atLeast(1.0)));
        // The "random leaves pieces missing from the leechers far more often".
        PointResult diverseRarest = find(results, "diversity-rarest_first");
        PointResult diverseRandom = find(results, "diversity-random");
        rows.add(Comparison.of(diverseRandom, "piece_loss_fraction", diverseRarest.tally("piece_loss_fraction").mean(),
                Tolerance.atLeast(3.0)));
        rows.add(Comparison.of(diverseRandom, "piece_lost", diverseRarest.tally("piece_lost").mean(),
                Tolerance.atLeast(1.0)));
        rows.add(Comparison.of(diverseRandom, "all_pieces_out_s", diverseRarest.tally("all_pieces_out_s").mean(),
                Tolerance.atLeast(1.0)));
        // Legout et al.: close to ideal entropy in steady state; "all torrents with low entropy are
        // in transient state" (one seed, pieces still only at the seed), like the flash crowd here.
        rows.add(Comparison.of(steady, "interest_fraction", 1.0, Tolerance.atLeast(0.9)));
        rows.add(Comparison.of(rarest, "interest_fraction", steady.tally("interest_fraction").mean(), Tolerance.atMost(1.0)));
        rows.add(Comparison.of(random, "interest_fraction", rarest.tally("interest_fraction").mean(), Tolerance.atMost(1.0)));
        return rows;
    }

    private static PointResult find(List<PointResult> results, String id) {
        return results.stream().filter(r -> r.point().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no point " + id));
    }
}
