package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.SimTime;

/**
 * The tracker's registry follows the swarm: a leecher that completes and leaves at once sends
 * {@code completed} and then {@code stopped}, and the tracker must end up without it. (When both
 * went out together on two connections, the {@code completed} could arrive second and register
 * the departed peer again as a seed; new leechers then got lists full of absent peers and the
 * permanent seed of a swarm with departures ended up with almost no connections.)
 */
class TrackerRegistrationTest {
    private static final long MB = 1_000_000;

    @Test
    void leechersThatLeaveOnCompletionAreForgottenAtOnce() {
        SwarmKit kit = new SwarmKit(7, 8L * 256 * 1024, 256 * 1024, SimTime.millis(20));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", MB, MB, 0, PeerSpec.FOREVER));
        int leechers = 30;
        for (int i = 0; i < leechers; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", 250_000, 2 * MB, SimTime.millis(700 * i), 0));
        }
        kit.checkEveryEvent();
        kit.runUntilAllComplete(3600);
        kit.sim.run(kit.sim.now() + SimTime.seconds(30));   // the last stopped announces are answered
        assertEquals(leechers, swarm.statistics().completedLeechers());
        assertEquals(1, swarm.tracker().peers(), "only the permanent seed is registered");
        assertEquals(1, swarm.tracker().seeds(), "no departed leecher is counted as a seed");
    }

    @Test
    void registryMatchesOnlinePeersThroughoutARunWithDepartures() {
        SwarmKit kit = new SwarmKit(11, 8L * 256 * 1024, 256 * 1024, SimTime.millis(20));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", 2 * MB, 2 * MB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 40; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", 250_000, 2 * MB, SimTime.millis(500 * i), 0));
        }
        int worstExcess = 0;
        for (int s = 1; s <= 120; s++) {
            kit.sim.run(SimTime.seconds(s));
            int online = swarm.statistics().onlineSeeds() + swarm.statistics().onlineLeechers();
            // Announces take a round trip: allow for the few peers whose started/stopped is in flight.
            worstExcess = Math.max(worstExcess, swarm.tracker().peers() - online);
        }
        assertTrue(worstExcess <= 2, "tracker registered at most 2 peers more than are online, saw "
                + worstExcess);
    }
}
