package org.swarmsim.experiment;

import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.kademlia.DhtNetwork;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.net.Network;
import org.swarmsim.overlay.OverlaySampler;
import org.swarmsim.sim.SimTime;

/**
 * Samples the swarm into {@code timeseries.csv} rows on simulated time:
 * <ul>
 * <li>{@code peers}, {@code seeds}, {@code leechers}: online peers;</li>
 * <li>{@code upload_rate_Bps}: wire bytes the network transmitted per second since the last
 *     sample (all messages, headers included);</li>
 * <li>{@code download_rate_Bps}: piece payload delivered per second (goodput);</li>
 * <li>{@code upload_utilisation}: {@code upload_rate_Bps} over the summed upload capacity of the
 *     online peers;</li>
 * <li>{@code availability_min}/{@code _mean}: copies of each piece among online peers, seeds
 *     included;</li>
 * <li>{@code pieces_missing}: pieces no online leecher holds (lost if the seeds left now);</li>
 * <li>when peers find each other through the DHT: {@code dht_messages_per_s} and
 *     {@code dht_bytes_per_s} (datagrams sent since the last sample, per second) and
 *     {@code routing_table_fill} (mean contacts per online DHT node), counting the peers' DHT
 *     nodes and the bootstrap nodes.</li>
 * </ul>
 */
final class SwarmSampler {
    private final Swarm swarm;
    private final Network network;
    private final OverlaySampler overlay;
    private final TimeSeries series;
    private final double[] row;
    private long lastNanos;
    private long lastWireBytes;
    private long lastPayloadBytes;

    SwarmSampler(Swarm swarm, Network network) {
        this(swarm, network, null);
    }

    /** With {@code dht} (may be null), the DHT columns are added. */
    SwarmSampler(Swarm swarm, Network network, DhtNetwork dht) {
        this.swarm = swarm;
        this.network = network;
        this.overlay = dht == null ? null : new OverlaySampler(dht.nodes(), dht.datagrams());
        this.series = dht == null ? TimeSeries.standard()
                : TimeSeries.withExtraColumns("dht_messages_per_s", "dht_bytes_per_s", "routing_table_fill");
        this.row = new double[series.columnCount()];
    }

    TimeSeries series() {
        return series;
    }

    void sample(long nowNanos) {
        double dt = SimTime.toSeconds(nowNanos - lastNanos);
        long wire = network.bytesSent();
        long payload = swarm.payloadBytes();
        double upRate = dt > 0 ? (wire - lastWireBytes) / dt : 0;
        double downRate = dt > 0 ? (payload - lastPayloadBytes) / dt : 0;
        lastNanos = nowNanos;
        lastWireBytes = wire;
        lastPayloadBytes = payload;

        double capacity = 0;
        for (Peer p : swarm.peers()) {
            if (p.isActive()) {
                capacity += p.spec().uploadBytesPerSecond();
            }
        }
        int pieces = swarm.layout().pieceCount();
        int min = Integer.MAX_VALUE;
        long sum = 0;
        for (int i = 0; i < pieces; i++) {
            int a = swarm.availability(i);
            min = Math.min(min, a);
            sum += a;
        }
        int seeds = swarm.onlineSeeds();
        int leechers = swarm.onlineLeechers();
        row[0] = SimTime.toSeconds(nowNanos);
        row[1] = seeds + leechers;
        row[2] = seeds;
        row[3] = leechers;
        row[4] = upRate;
        row[5] = downRate;
        row[6] = capacity > 0 ? Math.min(1.0, upRate / capacity) : 0;
        row[7] = min;
        row[8] = (double) sum / pieces;
        row[9] = leechers > 0 ? swarm.piecesMissingAmongLeechers() : 0;
        if (overlay != null) {
            OverlaySampler.Sample s = overlay.sample(nowNanos);
            row[10] = s.messagesPerSecond();
            row[11] = s.bytesPerSecond();
            row[12] = s.meanTableFill();
        }
        series.addRow(row);
    }
}
