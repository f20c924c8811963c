package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swarmsim.sim.SimTime;

/**
 * One seed, one leecher: the download time must be what size, capacities, latency and protocol
 * overhead give. The leecher needs 12 one-way latencies before the first block arrives (tracker
 * connect, request and response: 4; peer connect: 2; handshakes and bitfield: 2; interested: 1;
 * unchoke: 1; first requests: 1; the first block's latency: 1), then the piece messages
 * (13 bytes of header per 16 KiB block) stream at min(seed upload, leecher download).
 */
class TransferTimeTheoryTest {

    @ParameterizedTest(name = "up={0} B/s down={1} B/s latency={2} ms")
    @CsvSource({
        "1000000, 4000000, 25",
        "4000000, 1000000, 25",
        "500000, 500000, 60",
        "2000000, 3000000, 5",
    })
    void downloadTimeIsSizeOverBottleneckPlusOverheadPlusLatency(long up, long down, long latencyMs) {
        long file = 20L * 1024 * 1024;
        int pieceBytes = 256 * 1024;
        SwarmKit kit = new SwarmKit(3, file, pieceBytes, SimTime.millis(latencyMs));
        kit.builder.peerConfig(PeerConfig.defaults().withPipelineDepth(32));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", up, 100_000_000, 0, PeerSpec.FOREVER));
        Peer leecher = swarm.addPeer(PeerSpec.leecher("leecher", 100_000_000, down, SimTime.seconds(1), PeerSpec.FOREVER));
        kit.runUntilAllComplete(3600);
        assertTrue(leecher.have().isComplete());

        long blocks = file / (16 * 1024);
        double wireBytes = file + 13.0 * blocks;
        double rate = Math.min(up, down);
        double expected = 12 * latencyMs / 1000.0 + wireBytes / rate;
        double measured = SimTime.toSeconds(leecher.completionNanos() - SimTime.seconds(1));
        System.out.printf(java.util.Locale.ROOT, "up=%d down=%d latency=%dms measured=%.4f s theory=%.4f s error=%.4f%%%n",
                up, down, latencyMs, measured, expected, 100 * (measured - expected) / expected);
        assertEquals(expected, measured, 0.01 * expected,
                "measured " + measured + " s, theory " + expected + " s");
        assertEquals(0, leecher.bytesWasted(), "no block downloaded twice");
    }
}
