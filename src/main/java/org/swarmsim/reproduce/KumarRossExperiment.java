package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.swarm.PeerRecord;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.run.swarm.SwarmSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sim.stats.Tally;

/**
 * Kumar and Ross (2006), the minimum distribution time: a flash crowd of N leechers that all
 * stay, one seed; the last completion time against
 * {@code T_min = max(F/u_s, F/d_min, N F / (u_s + Σ u_i))}, computed for each run from the
 * capacities the peers actually drew. Three regimes (which term of the max binds), homogeneous
 * uploads and heterogeneous ones (half the leechers at half the mean upload, half at 1.5 times),
 * rarest-first and random piece selection.
 *
 * <p>Pass: the last completion is never below the bound in any run (it is a lower bound for any
 * schedule; protocol headers and latency only add), and its mean is within
 * {@link #MAX_RATIO} times the bound.
 */
public final class KumarRossExperiment implements Experiment {
    /** How far above the bound the mean last completion may be. */
    public static final double MAX_RATIO = 1.5;

    /** The three regimes: capacities in bytes per second for the seed and the mean leecher. */
    enum Regime {
        SERVER("server", 1_000_000, 2_000_000, 8_000_000),
        DOWNLOAD("download", 4_000_000, 1_000_000, 500_000),
        AGGREGATE("aggregate", 2_000_000, 500_000, 4_000_000);

        final String label;
        final long seedUp;
        final long up;
        final long down;

        Regime(String label, long seedUp, long up, long down) {
            this.label = label;
            this.seedUp = seedUp;
            this.up = up;
            this.down = down;
        }
    }

    @Override
    public String name() {
        return "kumar-ross";
    }

    @Override
    public String summary() {
        return "flash crowd, everyone stays: last completion vs max(F/u_s, F/d_min, N F/(u_s+sum u_i)), "
                + "3 regimes, homogeneous/heterogeneous, rarest-first/random";
    }

    @Override
    public String source() {
        return "R. Kumar, K. W. Ross, Peer-assisted file distribution: the minimum distribution time, IEEE HotWeb 2006";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        List<ExperimentPoint> points = new ArrayList<>();
        int[] sizes = quick ? new int[] {10, 40} : new int[] {10, 100, 1000};
        String fileSize = quick ? "25MiB" : "100MiB";
        for (int n : sizes) {
            for (Regime regime : Regime.values()) {
                for (String uploads : List.of("homogeneous", "heterogeneous")) {
                    // --quick keeps its largest size (40) to the aggregate-upload-bound homogeneous
                    // case, to stay under a minute; the full run has every regime at N = 1000.
                    if (quick && n == sizes[sizes.length - 1]
                            && !(regime == Regime.AGGREGATE && uploads.equals("homogeneous"))) {
                        continue;
                    }
                    for (String picker : List.of("rarest_first", "random")) {
                        int reps = quick ? 2 : (n >= 1000 ? 1 : n >= 100 ? 2 : 3);
                        points.add(ExperimentPoint.builder("kumar-ross.yaml")
                                .param("N", n)
                                .param("regime", regime.label)
                                .param("uploads", uploads)
                                .param("picker", picker)
                                .set("population.leechers.count", n)
                                .set("population.seeds.upload", regime.seedUp + "B/s")
                                .set("population.seeds.download", regime.seedUp + "B/s")
                                .set("torrent.size", fileSize)
                                .set("protocol.picker", picker)
                                .set("network.classes", classes(regime, uploads))
                                .build(reps));
                    }
                }
            }
        }
        return points;
    }

    private static String classes(Regime r, String uploads) {
        if (uploads.equals("homogeneous")) {
            return String.format(Locale.ROOT, "[{name: leecher, share: 100%%, upload: %dB/s, download: %dB/s}]", r.up, r.down);
        }
        return String.format(Locale.ROOT, "[{name: slow, share: 50%%, upload: %dB/s, download: %dB/s}, "
                + "{name: fast, share: 50%%, upload: %dB/s, download: %dB/s}]", r.up / 2, r.down, r.up * 3 / 2, r.down);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult result = run.as(SwarmResult.class);
        double fileBytes = SwarmSpec.of(scenario).torrent().sizeBytes();
        double seedUp = 0;
        double sumUp = 0;
        double minDown = Double.POSITIVE_INFINITY;
        double last = 0;
        int n = 0;
        boolean allDone = true;
        for (PeerRecord p : result.peers()) {
            if (p.initialSeed()) {
                seedUp += p.uploadBytesPerSecond();
                continue;
            }
            n++;
            sumUp += p.uploadBytesPerSecond();
            minDown = Math.min(minDown, p.downloadBytesPerSecond());
            if (p.completed()) {
                last = Math.max(last, p.completionS());
            } else {
                allDone = false;
            }
        }
        double server = fileBytes / seedUp;
        double download = fileBytes / minDown;
        double aggregate = n * fileBytes / (seedUp + sumUp);
        double bound = Math.max(server, Math.max(download, aggregate));
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("last_completion_s", allDone ? last : Double.NaN);
        m.put("bound_s", bound);
        m.put("ratio", allDone ? last / bound : Double.NaN);
        m.put("server_term_s", server);
        m.put("download_term_s", download);
        m.put("aggregate_term_s", aggregate);
        m.put("mean_download_s", result.peers().stream().filter(PeerRecord::completed)
                .mapToDouble(PeerRecord::downloadTimeS).average().orElse(Double.NaN));
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        Tolerance tolerance = Tolerance.ratio(1.0, MAX_RATIO).inEveryRun();
        for (PointResult r : results) {
            Tally last = r.tally("last_completion_s");
            Tally bound = r.tally("bound_s");
            boolean pass = last.count() == r.runs().size();
            for (double ratio : r.values("ratio")) {
                pass &= ratio >= 1.0;
            }
            pass &= tolerance.accepts(last.mean(), bound.mean());
            rows.add(Comparison.of(r.point(), "last_completion_s", bound.mean(), last, tolerance, pass));
        }
        return rows;
    }
}
