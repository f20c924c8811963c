package org.swarmsim.run.swarm;

import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmStatistics;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;

/**
 * Samples a swarm into {@code timeseries.csv} rows on simulated time: measures a
 * {@link SwarmSample} (rates are since the previous sample) and appends the row of the run's
 * series table ({@link SwarmOutputs#SERIES} plus the columns its discovery sources added).
 */
final class SwarmSampler {
    private final SwarmStatistics stats;
    private final Iterable<Peer> peers;
    private final int pieces;
    private final Network network;
    private final SeriesTable<SwarmSample> table;
    private final TimeSeries series;
    private final SwarmSample sample = new SwarmSample();
    private long lastNanos;
    private long lastWireBytes;
    private long lastPayloadBytes;

    SwarmSampler(SwarmStatistics stats, Iterable<Peer> peers, int pieces, Network network, SeriesTable<SwarmSample> table) {
        this.stats = stats;
        this.peers = peers;
        this.pieces = pieces;
        this.network = network;
        this.table = table;
        this.series = table.newSeries();
    }

    TimeSeries series() {
        return series;
    }

    void sample(long nowNanos) {
        double dt = SimTime.toSeconds(nowNanos - lastNanos);
        long wire = network.bytesSent();
        long payload = stats.payloadBytes();
        double upRate = dt > 0 ? (wire - lastWireBytes) / dt : 0;
        double downRate = dt > 0 ? (payload - lastPayloadBytes) / dt : 0;
        lastNanos = nowNanos;
        lastWireBytes = wire;
        lastPayloadBytes = payload;

        double capacity = 0;
        for (Peer p : peers) {
            if (p.isActive()) {
                capacity += p.spec().uploadBytesPerSecond();
            }
        }
        int min = Integer.MAX_VALUE;
        long sum = 0;
        for (int i = 0; i < pieces; i++) {
            int a = stats.availability(i);
            min = Math.min(min, a);
            sum += a;
        }
        sample.timeS = SimTime.toSeconds(nowNanos);
        sample.seeds = stats.onlineSeeds();
        sample.leechers = stats.onlineLeechers();
        sample.uploadRateBps = upRate;
        sample.downloadRateBps = downRate;
        sample.uploadUtilisation = capacity > 0 ? Math.min(1.0, upRate / capacity) : 0;
        sample.availabilityMin = min;
        sample.availabilityMean = (double) sum / pieces;
        sample.piecesMissing = sample.leechers > 0 ? stats.piecesMissingAmongLeechers() : 0;
        table.sample(series, sample);
    }
}
