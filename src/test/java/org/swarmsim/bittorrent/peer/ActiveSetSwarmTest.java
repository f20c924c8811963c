package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.choker.ActiveSet;
import org.swarmsim.bittorrent.choker.ChokerConfig;
import org.swarmsim.sim.SimTime;

/** With Azureus active sets each peer unchokes as many peers as its own capacity gives it. */
class ActiveSetSwarmTest {
    private static int unchoked(Peer p) {
        int n = 0;
        for (PeerConnection c : p.connectionsView()) {
            if (!c.amChoking && !c.closed) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aFastSeedUnchokesTwentyFourAndASlowLeecherFour() {
        SwarmKit kit = new SwarmKit(11, 50L << 20, 256 * 1024, SimTime.millis(20));
        kit.builder.chokerConfig(ChokerConfig.defaults().withActiveSet(ActiveSet.AZUREUS));
        Swarm swarm = kit.build();
        // 1,000,000 B/s = 976.6 KiB/s: floor(sqrt(585.9)) = 24; 40,000 B/s: 4
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 1_000_000, 1_000_000, 0, PeerSpec.FOREVER));
        Peer slow = swarm.addPeer(PeerSpec.leecher("slow", 40_000, 400_000, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 39; i++) {
            swarm.addPeer(PeerSpec.leecher("l", 200_000, 2_000_000, 0, PeerSpec.FOREVER));
        }
        assertEquals(24, seed.chokerConfig().totalSlots());
        assertEquals(4, slow.chokerConfig().totalSlots());
        kit.checkEveryEvent();
        int seedMax = 0;
        int slowMax = 0;
        for (int s = 1; s <= 60; s++) {
            kit.sim.run(SimTime.seconds(s));
            seedMax = Math.max(seedMax, unchoked(seed));
            slowMax = Math.max(slowMax, unchoked(slow));
        }
        assertEquals(24, seedMax, "the seed fills its 24 slots (40 leechers want its pieces)");
        assertTrue(slowMax <= 4 && slowMax >= 3, "the slow leecher never unchokes more than 4: " + slowMax);
    }
}
