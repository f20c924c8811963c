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
 * <p>Points: {@code mixed} (5% BitTyrant in a compliant swarm), {@code all-compliant},
 * {@code all-bittyrant}. Rows: {@code bittyrant_over_compliant} at {@code mixed}, each BitTyrant
 * peer's download time over the mean of the compliant peers of its capacity class in the same run,
 * averaged per run, 95% CI over replications; predicted 1/1.7, passes if BitTyrant is not slower
 * (≤ 1). {@code mean_download_ratio}, the mean download time of all leechers in the all-BitTyrant
 * swarm over the all-compliant one's; predicted 1 (no gain for the swarm), passes if ≥ 1.
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
        return rows;
    }
}
