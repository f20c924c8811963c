package org.swarmsim.metrics;

/**
 * Synthetic run data for output tests: a small deterministic swarm built from arithmetic alone
 * (no simulator), with three capacity classes, one initial seed, one peer that never completes
 * and one that left.
 */
public final class SyntheticRun {
    public static final String SCENARIO_YAML = "name: synthetic\nseed: 42\npeers: 12\n";
    public static final long SEED = 42;
    public static final long EVENTS = 123_456;

    private SyntheticRun() {
    }

    /** Twelve peers: id 0 is a seed, ids 1..11 leechers of classes dsl/cable/fiber; id 11 never completes. */
    public static PeerTable peers() {
        PeerTable table = new PeerTable();
        table.add(new PeerRecord(0, "fiber", "seed", 1_000_000, 1_000_000, 0, Double.NaN, Double.NaN, 0, 0, 50_000_000));
        String[] classes = {"dsl", "cable", "fiber"};
        double[] up = {64_000, 256_000, 1_000_000};
        for (int id = 1; id <= 11; id++) {
            int c = id % 3;
            double join = id * 1.5;
            double completion = id == 11 ? Double.NaN : join + 100.0 / (c + 1) + id * 0.125;
            double leave = id == 4 ? completion + 30 : Double.NaN;
            long fromSeeds = 1_000_000L * id;
            long fromLeechers = id == 11 ? 2_000_000L : 10_000_000L - fromSeeds % 10_000_000L;
            long uploaded = 700_000L * id + (id % 2 == 0 ? 12_345 : 0);
            table.add(new PeerRecord(id, classes[c], id == 7 ? "free-rider" : "leecher", up[c], 4 * up[c], join,
                    completion, leave, fromSeeds, fromLeechers, id == 7 ? 0 : uploaded));
        }
        return table;
    }

    /** 61 samples, one per 2 s, of a swarm that fills up and drains. */
    public static TimeSeries timeSeries() {
        TimeSeries ts = TimeSeries.standard();
        double[] row = new double[ts.columnCount()];
        for (int i = 0; i <= 60; i++) {
            double t = i * 2.0;
            int peers = Math.min(12, 1 + i / 2);
            int seeds = Math.min(peers, 1 + Math.max(0, i - 20) / 4);
            row[TimeSeriesColumn.TIME_S.index()] = t;
            row[TimeSeriesColumn.PEERS.index()] = peers;
            row[TimeSeriesColumn.SEEDS.index()] = seeds;
            row[TimeSeriesColumn.LEECHERS.index()] = peers - seeds;
            row[TimeSeriesColumn.UPLOAD_RATE_BYTES_PER_SECOND.index()] = 150_000.5 * (peers - seeds) + 1.0 / 3;
            row[TimeSeriesColumn.DOWNLOAD_RATE_BYTES_PER_SECOND.index()] = 150_000.5 * (peers - seeds) + 1.0 / 3;
            row[TimeSeriesColumn.UPLOAD_UTILISATION.index()] = (peers - seeds) / (double) peers;
            row[TimeSeriesColumn.AVAILABILITY_MIN.index()] = Math.max(1, seeds);
            row[TimeSeriesColumn.AVAILABILITY_MEAN.index()] = seeds + (peers - seeds) * 0.37;
            row[TimeSeriesColumn.PIECES_MISSING.index()] = Math.max(0, 40 - i);
            ts.addRow(row);
        }
        return ts;
    }

    /** The summary of {@link #peers()} with the given wall time. */
    public static RunSummary summary(PeerTable peers, double wallS) {
        return RunSummary.builder(peers).events(EVENTS).wallS(wallS).seed(SEED).put("scenario", "synthetic").build();
    }

    /** All four outputs, with the given wall time. */
    public static RunOutput output(double wallS) {
        PeerTable peers = peers();
        return new RunOutput(SCENARIO_YAML, timeSeries(), peers, summary(peers, wallS));
    }
}
