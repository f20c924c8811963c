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
import org.swarmsim.sim.stats.Tally;

/**
 * Piatek et al. (2007): a BitTyrant client downloads faster than a compliant one of the same
 * capacity (a median 70% speed-up in live swarms, download time × 1/1.7), and universal BitTyrant
 * can hurt average performance.
 *
 * <p>Points: {@code mixed} (5% BitTyrant in a compliant swarm, the scenario's flash crowd),
 * {@code all-compliant}, {@code all-bittyrant}, {@code steady} (the mixed swarm with Poisson
 * arrivals, 5 leechers a minute for 40 minutes, about 210 leechers of which about 10 BitTyrant),
 * and {@code steady-azureus} (the same against Azureus 2.5's active sets, ⌊√(0.6 · KiB/s)⌋ slots
 * per peer, {@code protocol.choker.active_set: azureus}, the client of the paper). Rows:
 * {@code bittyrant_over_compliant} at {@code mixed}, each BitTyrant peer's download time over the
 * mean of the compliant peers of its capacity class in the same run, averaged per run, 95% CI over
 * replications; predicted 1/1.7, passes if BitTyrant is not slower (≤ 1), the direction of the
 * paper's claim. {@code mean_download_ratio}, the mean download time of all leechers in the
 * all-BitTyrant swarm over the all-compliant one's; predicted 1 (no gain for the swarm), passes if
 * ≥ 1. {@code bittyrant_over_compliant} at {@code steady} and {@code steady-azureus}, as at
 * {@code mixed}.
 *
 * <p><b>The speed-up rows fail in this model, and are kept failing.</b> The predicted value stays
 * the paper's (1/1.7) and the tolerance is what the claim implies. Full runs (8 replications):
 * flash crowd 1.08 [1.00, 1.17], steady 1.01 [0.91, 1.11], steady against Azureus active sets
 * 1.05 [0.99, 1.11]; all-BitTyrant 1.34× all-compliant. Measured per choke round in the quick
 * mixed runs of the first version (2 replications, 60 leechers, 10 MiB):
 * <ul>
 *   <li>BitTyrant spreads its capacity thin: a c7 BitTyrant peer unchokes about 20 peers per
 *       round (a compliant peer 4); 23% of its per-peer caps u_p are 2-5 KB/s and 56% below
 *       10 KB/s, the equal split of the slowest class. The initial u_p is the peer's announce rate
 *       over its active set (section 4.2's estimator), and in a flash crowd every leecher starts
 *       seed-limited at a few KB/s, so the estimate is far below the peer's capacity.</li>
 *   <li>It buys reciprocation from slow peers: 17% of a c7 BitTyrant's unchoked peers unchoke it
 *       back (compliant c7: 33%). It is unchoked by more peers (5.1 against 3.6) but gets
 *       26 KB/s from each against 39, 132 KB/s in all against 142.</li>
 *   <li>It used less of its upload (54-81% of capacity per round by class, against 74-92%): peers
 *       it unchoked that lost interest left their budget idle until the next round. The choker now
 *       gives freed budget to the next ratios at once ({@code BitTyrantChoker.refillBudget}),
 *       which moved the flash crowd from 1.14 to 1.08.</li>
 * </ul>
 * In the steady states capacity-clustered tit-for-tat leaves little generosity to harvest: to
 * stay in a compliant peer's top slots one must give it about what its other partners give, its
 * own equal split, which is what u_p starts at; Azureus' larger active sets for fast peers do not
 * change that here (1.05). Also tried, outside the committed points: downloads 8× uploads (1.01 to
 * 1.02, 6 runs, either active set) and a 100 MiB file with about 80 leechers at a time against
 * Azureus active sets (1.16 to 1.17, 4 runs). Piatek et al.'s gains come from live swarms whose
 * capacity distribution (their measured data are not available here) this scenario does not have.
 */
public final class BitTyrantExperiment implements Experiment {
    /** Piatek et al.'s median speed-up of a BitTyrant client: 70%. */
    static final double PAPER_SPEEDUP = 1.7;

    @Override
    public String name() {
        return "bittyrant";
    }

    @Override
    public String summary() {
        return "BitTyrant vs compliant peers of the same class (paper: 70% faster) and all-BitTyrant vs all-compliant swarms";
    }

    @Override
    public String source() {
        return "M. Piatek, T. Isdal, T. Anderson, A. Krishnamurthy, A. Venkataramani, Do incentives build robustness in "
                + "BitTorrent?, NSDI 2007";
    }

    @Override
    public List<ExperimentPoint> points(boolean quick) {
        int reps = quick ? 2 : 8;
        List<ExperimentPoint> points = new ArrayList<>();
        String[][] mixes = {
            {"mixed", "5%", "{compliant: 95%, bittyrant: 5%}"},
            {"all-compliant", "0%", "{compliant: 100%}"},
            {"all-bittyrant", "100%", "{bittyrant: 100%}"}};
        for (String[] m : mixes) {
            ExperimentPoint.Builder b = ExperimentPoint.builder("bittyrant.yaml").id(m[0]).param("bittyrant", m[1])
                    .set("population.leechers.behaviours", m[2]);
            if (quick) {
                b.set("population.leechers.count", "60").set("torrent.size", "10MiB");
            }
            points.add(b.build(reps));
        }
        // The same mix in a steady state: leechers arrive as a Poisson process (5 a minute for 40 min,
        // 20 in quick runs) instead of all at once, so a peer's announce rate tracks its capacity.
        ExperimentPoint.Builder steady = ExperimentPoint.builder("bittyrant.yaml").id("steady").param("bittyrant", "5%")
                .set("population.leechers", "{arrival: poisson, rate: 5/min, duration: " + (quick ? "20min" : "40min")
                        + ", lingering: 0s, behaviours: {compliant: 95%, bittyrant: 5%}}");
        if (quick) {
            steady.set("torrent.size", "10MiB");
        }
        points.add(steady.build(reps));
        // The steady mix against Azureus 2.5, the client of the paper: each compliant peer's active
        // set grows with its capacity (floor(sqrt(0.6 KiB/s))), and BitTyrant estimates equal splits
        // with the same rule.
        ExperimentPoint.Builder azureus = ExperimentPoint.builder("bittyrant.yaml").id("steady-azureus")
                .param("bittyrant", "5%")
                .set("population.leechers", "{arrival: poisson, rate: 5/min, duration: " + (quick ? "20min" : "40min")
                        + ", lingering: 0s, behaviours: {compliant: 95%, bittyrant: 5%}}")
                .set("protocol.choker.active_set", "azureus");
        if (quick) {
            azureus.set("torrent.size", "10MiB");
        }
        points.add(azureus.build(reps));
        return points;
    }

    @Override
    public Map<String, Double> measure(ExperimentPoint point, Scenario scenario, RunResult run, Probe probe) {
        SwarmResult result = run.as(SwarmResult.class);
        List<PeerRecord> leechers = result.peers().stream().filter(p -> !p.initialSeed() && p.completed()).toList();
        Map<String, Tally> compliantByClass = new LinkedHashMap<>();
        for (PeerRecord p : leechers) {
            if (p.behaviour().equals("compliant")) {
                compliantByClass.computeIfAbsent(p.capacityClass(), Tally::new).add(p.downloadTimeS());
            }
        }
        Tally relative = new Tally("relative");
        for (PeerRecord p : leechers) {
            Tally same = compliantByClass.get(p.capacityClass());
            if (p.behaviour().equals("bittyrant") && same != null && same.count() > 0) {
                relative.add(p.downloadTimeS() / same.mean());
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("bittyrant_over_compliant", relative.count() > 0 ? relative.mean() : Double.NaN);
        m.put("bittyrant_download_s", mean(leechers, "bittyrant"));
        m.put("compliant_download_s", mean(leechers, "compliant"));
        m.put("mean_download_s", leechers.stream().mapToDouble(PeerRecord::downloadTimeS).average().orElse(Double.NaN));
        m.put("completed", (double) leechers.size());
        return m;
    }

    private static double mean(List<PeerRecord> leechers, String behaviour) {
        return leechers.stream().filter(p -> p.behaviour().equals(behaviour)).mapToDouble(PeerRecord::downloadTimeS)
                .average().orElse(Double.NaN);
    }

    @Override
    public List<Comparison> compare(List<PointResult> results) {
        PointResult mixed = results.get(0);
        PointResult compliant = results.get(1);
        PointResult tyrants = results.get(2);
        List<Comparison> rows = new ArrayList<>();
        // not slower: simulated <= 1, i.e. simulated / (1 / 1.7) <= 1.7
        rows.add(Comparison.of(mixed, "bittyrant_over_compliant", 1 / PAPER_SPEEDUP, Tolerance.atMost(PAPER_SPEEDUP)));
        Tally ratio = new Tally("mean_download_ratio");
        ratio.add(tyrants.tally("mean_download_s").mean() / compliant.tally("mean_download_s").mean());
        ExperimentPoint p = ExperimentPoint.builder("bittyrant.yaml").id("all-bittyrant-vs-all-compliant")
                .param("bittyrant", "100% / 0%").build(1);
        Tolerance t = Tolerance.atLeast(1.0);
        rows.add(Comparison.of(p, "mean_download_ratio", 1.0, ratio, t, t.accepts(ratio.mean(), 1.0)));
        rows.add(Comparison.of(results.get(3), "bittyrant_over_compliant", 1 / PAPER_SPEEDUP, Tolerance.atMost(PAPER_SPEEDUP)));
        rows.add(Comparison.of(results.get(4), "bittyrant_over_compliant", 1 / PAPER_SPEEDUP, Tolerance.atMost(PAPER_SPEEDUP)));
        return rows;
    }
}
