package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.SimTime;

class SmallSwarmTest {
    private static final long MB = 1_000_000;

    @Test
    void seedAndThreeLeechersCompleteWithInvariantsHoldingAfterEveryEvent() {
        SwarmKit kit = new SwarmKit(1, 10L * 256 * 1024, 256 * 1024, SimTime.millis(25));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", MB, MB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 3; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", MB, MB, SimTime.millis(100 * i), PeerSpec.FOREVER));
        }
        kit.checkEveryEvent();
        double t = kit.runUntilAllComplete(600);
        assertEquals(3, swarm.statistics().completedLeechers(), "all leechers complete within 600 s, ran to " + t);
        long file = kit.layout.totalBytes();
        for (Peer p : swarm.peers()) {
            assertTrue(p.have().isComplete(), p + " has every piece");
            if (!p.spec().initialSeed()) {
                assertEquals(file, p.bytesDownloaded() - p.bytesWasted(), p + " downloaded the file exactly once, plus waste");
            }
        }
        long up = swarm.peers().stream().mapToLong(p -> swarm.statistics().bytesUploaded(p)).sum();
        long down = swarm.peers().stream().mapToLong(Peer::bytesDownloaded).sum();
        assertEquals(up, down);
        // Leechers upload to each other: the seed did not serve all 3 copies.
        long fromLeechers = swarm.peers().stream().mapToLong(p -> swarm.statistics().bytesFromLeechers(p)).sum();
        assertTrue(fromLeechers > 0, "leechers exchanged pieces");
    }
}
