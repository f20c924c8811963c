package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.experiment.SwarmRun;
import org.swarmsim.metrics.PeerRecord;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.scenario.Scenario;

/**
 * Rarest first against random selection with a slow seed and leechers that leave on completion
 * (Legout et al. 2006, Bharambe et al. 2006). There is no closed formula; the claims compared are
 * orderings, with random's value compared against rarest-first's as the "prediction":
 * <ul>
 * <li>{@code mean_download_s}: random at least as slow as rarest first (ratio ≥ 1);</li>
 * <li>{@code piece_missing_fraction}: the fraction of samples, after the time the seed needs to
 *     upload the file once (F/u_s), in which some piece is held by no online leecher (only by the
 *     seed): random at least as often as rarest first (ratio ≥ 1);</li>
 * <li>{@code interest_fraction} ({@link InterestProbe}): in a steady-state torrent (Poisson
 *     arrivals, leechers lingering as seeds, measured after a 20-minute warm-up) rarest first
 *     close to 1 (≥ 0.9), as Legout et al. measured; in the transient flash crowd lower than in
 *     steady state ("all torrents with low entropy are in transient state", their §4.1.2), and
 *     random no higher than rarest first.</li>
 * </ul>
 * Each run also records {@code piece_lost} (1 if a piece was ever held by no leecher after F/u_s),
 * whose mean over the runs is the fraction of runs where that happened.
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
                    .set("protocol.picker", picker)
                    .build(quick ? 3 : 10));
        }
        // Legout et al.'s steady state: many copies of every piece, several seeds (leechers
        // linger), leechers arriving all the time.
        points.add(ExperimentPoint.builder("rarest-vs-random.yaml")
                .id("steady-rarest_first")
                .param("picker", "rarest_first")
                .param("leechers", "poisson 0.1/s")
                .set("protocol.picker", "rarest_first")
                .set("duration", quick ? "40min" : "80min")
                .set("population.leechers", "{arrival: poisson, rate: 0.1, lingering: {dist: exponential, mean: 5min}}")
                .build(quick ? 2 : 3));
        return points;
    }

    @Override
    public SwarmListener probe(ExperimentPoint point) {
        return new InterestProbe(point.id().startsWith("steady") ? STEADY_WARMUP_NANOS : 0);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, SwarmRun.Result result, SwarmListener probe) {
        TimeSeries ts = result.timeSeries();
        double[] time = ts.column("time_s");
        double[] missing = ts.column("pieces_missing");
        double[] leechers = ts.column("leechers");
        // After the time the seed needs to upload every piece once, a piece held by no leecher is
        // one the swarm lost and must get from the seed again.
        double seedCopyS = scenario.torrent().sizeBytes() / (double) scenario.population().seeds().uploadBytesPerSecond();
        int samples = 0;
        int withMissing = 0;
        for (int i = 0; i < missing.length; i++) {
            if (time[i] >= seedCopyS && leechers[i] > 0) {
                samples++;
                withMissing += missing[i] > 0 ? 1 : 0;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_download_s", result.peers().records().stream().filter(PeerRecord::completed)
                .mapToDouble(PeerRecord::downloadTimeS).average().orElse(Double.NaN));
        m.put("last_completion_s", result.peers().records().stream().filter(PeerRecord::completed)
                .mapToDouble(PeerRecord::completionS).max().orElse(Double.NaN));
        m.put("completed_fraction", (double) result.leechersDone() / result.leechersTotal());
        m.put("piece_missing_fraction", samples == 0 ? Double.NaN : (double) withMissing / samples);
        m.put("piece_lost", withMissing > 0 ? 1.0 : 0.0);
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
        rows.add(Comparison.of(random, "piece_missing_fraction", rarest.tally("piece_missing_fraction").mean(),
                Tolerance.atLeast(1.0)));
        rows.add(Comparison.of(random, "piece_lost", rarest.tally("piece_lost").mean(), Tolerance.atLeast(1.0)));
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
