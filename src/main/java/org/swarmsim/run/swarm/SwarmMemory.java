package org.swarmsim.run.swarm;

import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.MemoryEstimate;
import org.swarmsim.scenario.Scenario;

/**
 * The memory estimate of a swarm: per peer a fixed part and a part per piece (its bitfield,
 * availability counts and picker state), per connection side a fixed part (connection, rate
 * meters, request queues, choke candidate) and the remote bitfield.
 *
 * <p>Measured with live-object histograms ({@code jcmd PID GC.class_histogram}, every 15 s) of
 * {@code swarmsim bench swarm --peers 1000}: 119 MB live at 63,464 connection sides and 400 pieces,
 * 196 MB at 60,446 sides and 4,096 pieces ({@code --size 1GiB}); about 1.6 KB per connection side
 * besides its bitfield, 8.5 KB per peer and 14.6 B per piece per peer. Since rate meters and
 * request queues allocate their arrays on first use: 101 MB at 63,408 sides and 400 pieces, about
 * 1.4 KB per side. Peers are counted as all online at once with their full
 * {@code max_connections}: at 1,000 peers the run keeps about 63 of 80, so the estimate (132 MB) is
 * above the measured 101 MB.
 */
final class SwarmMemory {
    static final long PER_PEER_BYTES = 8_500;
    static final double PER_PIECE_PER_PEER_BYTES = 14.6;
    static final long PER_CONNECTION_SIDE_BYTES = 1_400;

    private SwarmMemory() {
    }

    static MemoryEstimate of(Scenario scenario) {
        SwarmSpec s = (SwarmSpec) scenario.section();
        long peers = s.population().seeds().count() + s.population().leechers().arrival().arrivalsBound();
        long pieces = (s.torrent().sizeBytes() + s.torrent().pieceLengthBytes() - 1) / s.torrent().pieceLengthBytes();
        long connections = Math.min(s.protocol().maxConnections(), Math.max(0, peers - 1));
        double perPeer = PER_PEER_BYTES + PER_PIECE_PER_PEER_BYTES * pieces
                + connections * (PER_CONNECTION_SIDE_BYTES + 16 + 8 * ((pieces + 63) / 64));
        String basis = ReadableNumber.plain(peers) + (peers == 1 ? " peer" : " peers") + " online at once, up to "
                + ReadableNumber.plain(connections) + " connections each, " + ReadableNumber.plain(pieces) + " pieces";
        return new MemoryEstimate((long) (peers * perPeer), peers, basis);
    }
}
