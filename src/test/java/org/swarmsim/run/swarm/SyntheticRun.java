package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.metrics.RunOutput;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;

/**
 * Synthetic swarm run data for output tests: a small deterministic swarm built from arithmetic
 * alone (no simulator), with three capacity classes, one initial seed, one peer that never
 * completes and one that left.
 */
public final class SyntheticRun {
    public static final String SCENARIO_YAML = "name: synthetic\nseed: 42\npeers: 12\n";
    public static final long SEED = 42;
    public static final long EVENTS = 123_456;

    private SyntheticRun() {
    }

    /** Twelve peers: id 0 is a seed, ids 1..11 leechers of classes dsl/cable/fiber; id 11 never completes. */
    public static List<PeerRecord> peers() {
        List<PeerRecord> table = new ArrayList<>();
        table.add(new PeerRecord(0, "fiber", true, "compliant", 1_000_000, 1_000_000, 0, Double.NaN, Double.NaN, 0, 0, 0,
                50_000_000));
        String[] classes = {"dsl", "cable", "fiber"};
        double[] up = {64_000, 256_000, 1_000_000};
        for (int id = 1; id <= 11; id++) {
            int c = id % 3;
            double join = id * 1.5;
            double completion = id == 11 ? Double.NaN : join + 100.0 / (c + 1) + id * 0.125;
            double leave = id == 4 ? completion + 30 : Double.NaN;
            long fromInitialSeeds = 1_000_000L * id;
            long fromCompleted = id > 5 && id < 11 ? 250_000L : 0;
            long fromLeechers = id == 11 ? 2_000_000L : 10_000_000L - fromInitialSeeds % 10_000_000L - fromCompleted;
            long uploaded = 700_000L * id + (id % 2 == 0 ? 12_345 : 0);
            table.add(new PeerRecord(id, classes[c], false, id == 7 ? "free_rider" : "compliant", up[c], 4 * up[c], join,
                    completion, leave, fromInitialSeeds, fromCompleted, fromLeechers, id == 7 ? 0 : uploaded));
        }
        return table;
    }

    /** 61 samples, one per 2 s, of a swarm that fills up and drains. */
    public static TimeSeries timeSeries() {
        TimeSeries ts = SwarmOutputs.SERIES.newSeries();
        SwarmSample s = new SwarmSample();
        for (int i = 0; i <= 60; i++) {
            int peers = Math.min(12, 1 + i / 2);
            s.timeS = i * 2.0;
            s.seeds = Math.min(peers, 1 + Math.max(0, i - 20) / 4);
            s.leechers = peers - s.seeds;
            s.uploadRateBps = 150_000.5 * s.leechers + 1.0 / 3;
            s.downloadRateBps = 150_000.5 * s.leechers + 1.0 / 3;
            s.uploadUtilisation = s.leechers / (double) peers;
            s.availabilityMin = Math.max(1, s.seeds);
            s.availabilityMean = s.seeds + s.leechers * 0.37;
            s.piecesMissing = Math.max(0, 40 - i);
            SwarmOutputs.SERIES.sample(ts, s);
        }
        return ts;
    }

    /** The summary of {@code peers} with the given wall time. */
    public static Summary summary(List<PeerRecord> peers, double wallS) {
        return Summary.of(SwarmOutputs.SUMMARY, SwarmTotals.of(peers, new RunFacts(EVENTS, wallS, SEED, 0, 120_000_000_000L)));
    }

    /** All four outputs, with the given wall time. */
    public static RunOutput output(double wallS) {
        List<PeerRecord> peers = peers();
        return new RunOutput(SCENARIO_YAML, new SwarmResult(timeSeries(), peers, EVENTS, 120_000_000_000L, 11, 10, SEED, 0)
                .tables(), summary(peers, wallS));
    }
}
