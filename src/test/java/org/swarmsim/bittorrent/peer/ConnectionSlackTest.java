package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.SimTime;

/**
 * Three empty leechers that fill each other's two connection slots before the only seed arrives.
 * With a hard limit they refuse the seed and nothing is ever downloaded; with one slot of slack
 * each accepts it and, at its next choke round, closes a connection to an empty (useless) leecher
 * instead, as {@link DisconnectRanking} says.
 */
class ConnectionSlackTest {
    private static final long MB = 1_000_000;

    private static SwarmKit swarmWithSlack(int slack) {
        SwarmKit kit = new SwarmKit(3, 40L * 256 * 1024, 256 * 1024, SimTime.millis(20));
        kit.builder.peerConfig(PeerConfig.defaults().withConnections(2, 2).withConnectionSlack(slack));
        Swarm swarm = kit.build();
        for (int i = 0; i < 3; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", MB, MB, SimTime.millis(100 * i), PeerSpec.FOREVER));
        }
        swarm.addPeer(PeerSpec.seed("seed", MB / 2, MB, SimTime.seconds(5), PeerSpec.FOREVER));
        kit.checkEveryEvent();
        return kit;
    }

    @Test
    void withoutSlackFullLeechersRefuseTheLateSeed() {
        SwarmKit kit = swarmWithSlack(0);
        kit.runUntilAllComplete(300);
        assertEquals(0, kit.swarm.statistics().completedLeechers());
        assertEquals(0, kit.swarm.statistics().payloadBytes());
    }

    @Test
    void withSlackEveryLeecherKeepsTheSeedAndDropsAnEmptyPeer() {
        SwarmKit kit = swarmWithSlack(1);
        double t = kit.runUntilAllComplete(300);
        assertEquals(3, kit.swarm.statistics().completedLeechers(), "all complete, ran to " + t);
        int trimmed = 0;
        for (Peer p : kit.swarm.peers()) {
            trimmed += p.connectionsTrimmed();
            assertTrue(p.connectionCount() <= 2, p + " back within its limit");
        }
        assertTrue(trimmed >= 3, "each leecher closed at least one connection to make room: " + trimmed);
    }
}
