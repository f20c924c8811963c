package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.Probe;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.swarm.SwarmResult;
import org.swarmsim.scenario.Scenario;

/**
 * One swarm found through a tracker, a DHT and a finder network, and through the finder network with
 * 10% of its finders failed ({@code scenarios/papers/finder-discovery.yaml}). There is no paper
 * figure to match: the rows state what the designs imply and check it.
 * <ul>
 * <li>Every source: every leecher completes. Measured, not compared: the time to know 90% of the
 *     swarm and the share of peers that ever do ({@code know_share_s}, {@code reached_share}), the
 *     download time.</li>
 * <li>Finders against the tracker: time to the first peer within {@link #FIRST_PEER_VS_TRACKER}
 *     times the tracker's (a search is a few finder hops of tens of milliseconds; an announce one
 *     round trip), within {@link #FIRST_PEER_VS_DHT} times the DHT's (an iterative lookup of several
 *     rounds), and fewer discovery messages per peer than the DHT (a search is a few acknowledged hops;
 *     a get_peers lookup queries about 3 nodes a round and announce_peer 8 more).</li>
 * <li>Finders with 10% failed: every leecher still completes, and the first peer comes at most
 *     {@link #FAILED_SLOWDOWN} times later than with all finders (hops to dead finders time out, 2 s
 *     each, and are routed around).</li>
 * </ul>
 */
public final class FinderDiscoveryExperiment implements Experiment {
    static final double FIRST_PEER_VS_TRACKER = 3.0;
    static final double FAILED_SLOWDOWN = 3.0;
    static final double SHARE = 0.9;
    static final double FIRST_PEER_VS_DHT = 1.25;
    /** The scenario's initial seeds (they never complete). */
    static final int SEEDS = 1;
    private static final String FILE = "finder-discovery.yaml";
    private static final List<String> SOURCES = List.of("tracker", "dht", "finders", "finders-failed");

    @Override
    public String name() {
        return "finder-discovery";
    }

    @Override
    public String summary() {
        return "one swarm found through a tracker, a DHT and a finder network (and with 10% of finders failed): time to "
                + "the first peer, to 90% of the swarm, messages, download time";
    }

    @Override
    public String source() {
        return "seed 000 (finder networks); BEP 3 (trackers); BEP 5 (DHT); Manku et al., Symphony, USITS 2003";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int reps = quick ? 1 : 5;
        List<ExperimentPoint> points = new ArrayList<>();
        for (String s : SOURCES) {
            ExperimentPoint.Builder b = ExperimentPoint.builder(FILE).id(s).param("source", s)
                    .set("discovery.sources", "[" + (s.startsWith("finders") ? "finders" : s) + "]");
            if (s.equals("finders-failed")) {
                b.set("discovery.finders.failures", "[{at: 5s, fraction: 10%}]");
            }
            if (quick) {
                b.set("duration", "10min");
            }
            points.add(b.build(reps));
        }
        return points;
    }

    @Override
    public Probe probe(ExperimentPoint point) {
        return new DiscoveryProbe(41, SHARE, 30L * 60 * 1_000_000_000L);
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult r = run.as(SwarmResult.class);
        Summary s = r.summary(0);
        Map<String, Double> m = new LinkedHashMap<>();
        ((DiscoveryProbe) probe).measure(m, (long) (r.endSeconds() * 1e9));
        m.put("completed_share", s.number("peers_completed") / (s.number("peers_total") - SEEDS));
        m.put("download_time_mean_s", s.number("download_time_mean_s"));
        String source = point.parameter("source");
        double messages = source.equals("tracker") ? 2 * m.get("tracker_announces")
                : integral(r.timeSeries(), source.equals("dht") ? "dht_messages_per_s" : "finder_messages_per_s");
        m.put("discovery_messages", messages);
        m.put("messages_per_peer", messages / s.number("peers_total"));
        return m;
    }

    /** The sum over the samples of rate x interval: the messages of the run. */
    private static double integral(TimeSeries t, String column) {
        double[] time = t.column("time_s");
        double[] rate = t.column(column);
        double sum = 0;
        for (int i = 1; i < time.length; i++) {
            sum += rate[i] * (time[i] - time[i - 1]);
        }
        return sum;
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
        PointResult dht = by.get("dht");
        PointResult finders = by.get("finders");
        PointResult failed = by.get("finders-failed");
        if (tracker != null && finders != null) {
            rows.add(MeanRatio.of(FILE, finders, tracker, "first_peer_s", "first_peer_vs_tracker",
                    Tolerance.atMost(FIRST_PEER_VS_TRACKER)));
        }
        if (dht != null && finders != null) {
            rows.add(MeanRatio.of(FILE, finders, dht, "first_peer_s", "first_peer_vs_dht", Tolerance.atMost(FIRST_PEER_VS_DHT)));
            rows.add(MeanRatio.of(FILE, finders, dht, "messages_per_peer", "messages_vs_dht", Tolerance.atMost(1.0)));
        }
        if (failed != null && finders != null) {
            rows.add(MeanRatio.of(FILE, failed, finders, "first_peer_s", "first_peer_failed_vs_all",
                    Tolerance.atMost(FAILED_SLOWDOWN)));
        }
        return rows;
    }
}
