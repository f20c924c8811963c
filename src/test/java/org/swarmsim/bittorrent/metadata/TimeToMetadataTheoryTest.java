package org.swarmsim.bittorrent.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.sim.SimTime;

/**
 * One seed, one magnet leecher, one-way latency L, rate r = min(seed upload, leecher download):
 * the time from joining to the verified metadata must be what the network model gives.
 *
 * <p>Before the first request, 8 one-way latencies, as in the peer package's
 * {@code TransferTimeTheoryTest}: tracker connect, announce and answer (4), peer connect (2), our
 * handshake out and the seed's handshake, bitfield and extension handshake (with
 * {@code metadata_size}) back (2). The leecher then asks for pieces 0 and 1 and asks for piece
 * i + 2 when piece i arrives. A message arrives when its last byte is sent plus L; piece i's data
 * message takes t_i = (6 + its size) / r to send. The requests reach the seed after L; it sends
 * without a gap while the next request is in before the piece in transmission is done
 * (t >= 2L, t a full piece's time); otherwise each pipeline refill leaves its upload idle for
 * 2L - t. With n = ceil(S / 16 KiB) pieces:
 *
 * <pre>
 *   T = 8L + 2L + sum(t_i) + floor((n - 1) / 2) * max(0, 2L - t)
 * </pre>
 *
 * (the small messages' own transmission times, microseconds, are left out).
 */
class TimeToMetadataTheoryTest {
    /** 1 MiB in 16 KiB pieces, named so that the info dictionary is about 200 KB: 13 metadata pieces. */
    private static final String NAME = "t".repeat(200_000) + ".bin";

    @ParameterizedTest(name = "up={0} B/s down={1} B/s latency={2} ms")
    @CsvSource({
        "1000000, 4000000, 50",
        "2000000, 1000000, 20",
        "500000, 500000, 5",
        "250000, 4000000, 10",
    })
    void timeToMetadataIsHandshakesPlusPiecesThroughATwoDeepPipeline(long up, long down, long latencyMs) {
        MetadataSwarm s = new MetadataSwarm(3, 1024 * 1024, 16 * 1024, SimTime.millis(latencyMs), NAME);
        s.swarm.addPeer(PeerSpec.seed("seed", up, 100_000_000, 0, PeerSpec.FOREVER));
        long join = SimTime.seconds(1);
        Peer magnet = s.swarm.addPeerWithoutMetadata(PeerSpec.leecher("magnet", 100_000_000, down, join, PeerSpec.FOREVER));
        s.sim.run(join + SimTime.seconds(30));
        assertTrue(magnet.hasMetadata());

        int size = s.torrent.infoSize();
        int n = MetadataMessage.pieceCount(size);
        assertEquals(13, n, "metadata of " + size + " bytes");
        double rate = Math.min(up, down);
        double latency = latencyMs / 1000.0;
        double sending = 0;
        for (int i = 0; i < n; i++) {
            MetadataMessage data = MetadataMessage.data(i, size, new byte[MetadataMessage.pieceSize(i, size)]);
            sending += (6 + data.size()) / rate;
        }
        double fullPiece = (6 + MetadataMessage.data(0, size, new byte[MetadataMessage.PIECE_BYTES]).size()) / rate;
        double expected = 10 * latency + sending + (n - 1) / 2 * Math.max(0, 2 * latency - fullPiece);
        double measured = SimTime.toSeconds(s.stats.verifiedAtNanos().get(magnet.index()) - join);
        System.out.printf(java.util.Locale.ROOT, "up=%d down=%d latency=%dms pieces=%d measured=%.4f s theory=%.4f s"
                + " error=%.3f%%%n", up, down, latencyMs, n, measured, expected, 100 * (measured - expected) / expected);
        assertEquals(expected, measured, 0.05 * expected, "measured " + measured + " s, theory " + expected + " s");
        assertEquals(n, s.stats.requests(), "each piece asked once");
        assertEquals(n, s.stats.data());
    }
}
