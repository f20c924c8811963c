package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.scenario.Scenario;

/**
 * Peer discovery in a 1,000-peer flash crowd with a tracker only, tracker + peer exchange, the DHT
 * only and DHT + peer exchange ({@code scenarios/papers/pex-discovery.yaml}), after Wu et al.,
 * "Understanding Peer Exchange in BitTorrent Systems" (IEEE P2P 2010), who found that PEX lets a
 * client acquire many peers quickly and can cut download times. The rows:
 * <ul>
 * <li>every source: every leecher completes;</li>
 * <li>tracker + PEX: at least {@link #REACHED_WITH_PEX} of the peers come to know 90% of the swarm,
 *     against at most {@link #REACHED_TRACKER_ONLY} with the tracker alone (50 peers per announce, a
 *     30-minute interval: a peer hears of about 50 to 100 of the 1,000);</li>
 * <li>DHT + PEX: a peer knows at least {@link #DHT_GAIN} times as many peers as with the DHT alone
 *     (measured, not compared: how many come to know 90% of the swarm; the DHT's first contacts are
 *     the peers that announced first, the same few for everybody, so the overlay PEX spreads over is
 *     clustered, and at 1,000 peers few get to 90%);</li>
 * <li>download time with PEX within {@link #DOWNLOAD_RATIO} times the tracker-only time (in a
 *     well-seeded flash crowd the 50 peers a tracker gives are enough to trade: PEX changes who is
 *     known more than how fast pieces flow), and with DHT + PEX at most the DHT-only time (the DHT
 *     alone gives few and clustered first contacts; that is where PEX cuts download times, as Wu et
 *     al. saw in some torrents);</li>
 * <li>PEX's own bytes below {@link #PEX_OVERHEAD} of the payload downloaded.</li>
 * </ul>
 */
public final class PexDiscoveryExperiment implements Experiment {
    static final double SHARE = 0.9;
    static final double REACHED_WITH_PEX = 0.95;
    static final double REACHED_TRACKER_ONLY = 0.05;
    static final double DOWNLOAD_RATIO = 1.1;
    static final double PEX_OVERHEAD = 0.01;
    static final double DHT_GAIN = 2.0;
    private static final String FILE = "pex-discovery.yaml";
    private static final List<String> SOURCES = List.of("tracker", "tracker+pex", "dht", "dht+pex");

    @Override
    public String name() {
        return "pex-discovery";
    }

    @Override
    public String summary() {
        return "a 1,000-peer flash crowd with a tracker only, tracker + PEX, the DHT only, DHT + PEX: time to know 90% of "
                + "the swarm, peers known, download time, PEX bytes";
    }

    @Override
    public String source() {
        return "Wu, Dhungel, Hei, Zhang and Ross, Understanding Peer Exchange in BitTorrent Systems, IEEE P2P 2010; BEP 11";
    }

    private static int leechers(boolean quick) {
        return quick ? 200 : 1000;
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int reps = quick ? 1 : 3;
        List<ExperimentPoint> points = new ArrayList<>();
        for (String s : SOURCES) {
            ExperimentPoint.Builder b = ExperimentPoint.builder(FILE).id(s).param("source", s)
                    .param("leechers", leechers(quick)).set("discovery.sources", "[" + s.replace("+", ", ") + "]");
            if (quick) {
                b.set("population.leechers.count", Integer.toString(leechers(true))).set("duration", "10min");
            }
            points.add(b.build(reps));
        }
        return points;
    }

    @Override
    public Probe probe(ExperimentPoint point) {
        return new DiscoveryProbe((int) point.number("leechers") + 1, SHARE, 30L * 60 * 1_000_000_000L);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult r = run.as(SwarmResult.class);
        Summary s = r.summary(0);
        Map<String, Double> m = new LinkedHashMap<>();
        ((DiscoveryProbe) probe).measure(m, (long) (r.endSeconds() * 1e9));
        m.put("completed_share", s.number("peers_completed") / (s.number("peers_total") - 1));
        m.put("download_time_mean_s", s.number("download_time_mean_s"));
        m.put("pex_overhead", s.number("pex_bytes_total") / s.number("downloaded_bytes_total"));
        double fromPex = 0;
        double fromOthers = 0;
        for (var p : r.peers()) {
            fromPex += p.discovery().fromPex();
            fromOthers += p.discovery().fromTracker() + p.discovery().fromDht();
        }
        m.put("peers_from_pex_per_peer", fromPex / r.peers().size());
        m.put("peers_from_first_source_per_peer", fromOthers / r.peers().size());
        m.put("known_per_peer", (fromPex + fromOthers) / r.peers().size());
        return m;
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        List<Comparison> rows = new ArrayList<>();
        Map<String, PointResult> by = new LinkedHashMap<>();
        for (PointResult r : results) {
            by.put(r.point().parameter("source"), r);
            rows.add(Comparison.of(r, "completed_share", 1.0, Tolerance.atLeast(1.0)));
        }
        PointResult tracker = by.get("tracker");
        PointResult pex = by.get("tracker+pex");
        PointResult dht = by.get("dht");
        PointResult dhtPex = by.get("dht+pex");
        if (tracker != null) {
            rows.add(Comparison.of(tracker, "reached_share", 1.0, Tolerance.atMost(REACHED_TRACKER_ONLY)));
        }
        if (pex != null) {
            rows.add(Comparison.of(pex, "reached_share", 1.0, Tolerance.atLeast(REACHED_WITH_PEX)));
        }
        for (PointResult p : new PointResult[] {pex, dhtPex}) {
            if (p != null) {
                rows.add(Comparison.of(p, "pex_overhead", 1.0, Tolerance.atMost(PEX_OVERHEAD)));
            }
        }
        if (dht != null && dhtPex != null) {
            rows.add(MeanRatio.of(FILE, dhtPex, dht, "known_per_peer", "known_vs_dht", Tolerance.atLeast(DHT_GAIN)));
            rows.add(MeanRatio.of(FILE, dhtPex, dht, "download_time_mean_s", "download_time_vs_dht", Tolerance.atMost(1.0)));
        }
        if (tracker != null && pex != null) {
            rows.add(MeanRatio.of(FILE, pex, tracker, "download_time_mean_s", "download_time_vs_tracker",
                    Tolerance.atMost(DOWNLOAD_RATIO)));
        }
        return rows;
    }
}
