package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.swarmsim.scenario.Registry;
import org.swarmsim.sim.SimTime;

/** The strategic behaviours (bittyrant, large_view) and a user-written one (HalfUploader) in small swarms. */
class StrategicBehaviourTest {
    private static final long KB = 1000;

    @Test
    void bitTyrantPeersCompleteCapEachUploadAndNeverExceedTheirCapacityBudget() {
        SwarmKit kit = new SwarmKit(11, 4L * 1024 * 1024, 128 * 1024, SimTime.millis(20));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 16; i++) {
            PeerSpec p = PeerSpec.leecher(i % 2 == 0 ? "slow" : "fast", (i % 2 == 0 ? 50 : 150) * KB, 600 * KB, 0, 0);
            swarm.addPeer(i % 4 == 0 ? p.withBehaviour(Behaviour.BITTYRANT) : p);
        }
        kit.checkEveryEvent();
        boolean[] capped = {false};
        kit.sim.afterEachEvent(() -> {
            for (Peer p : swarm.peers()) {
                if (p.behaviour() != Behaviour.BITTYRANT || p.isSeed()) {
                    continue;
                }
                for (PeerConnection c : p.connectionsView()) {
                    if (!c.amChoking) {
                        assertTrue(c.conn.rateCapBytesPerSecond() > 0, p + " unchoked " + c + " without a cap");
                        capped[0] = true;
                    }
                }
            }
        });
        kit.runUntilAllComplete(3600);
        assertEquals(16, swarm.statistics().completedLeechers());
        assertTrue(capped[0], "BitTyrant peers unchoked somebody");
        assertTrue(swarm.peers().stream().filter(p -> p.behaviour() == Behaviour.BITTYRANT)
                .allMatch(p -> p.bytesUploaded() > 0), "BitTyrant peers upload");
    }

    @Test
    void largeViewPeersNeverUploadHoldTenTimesTheConnectionsAndFinishBeforePlainFreeRiders() {
        double largeSum = 0;
        double freeSum = 0;
        for (long seed = 31; seed <= 32; seed++) {
            SwarmKit kit = new SwarmKit(seed, 8L * 1024 * 1024, 256 * 1024, SimTime.millis(20));
            kit.builder.peerConfig(PeerConfig.defaults().withConnections(8, 4));
            Swarm swarm = kit.build();
            swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
            for (int i = 0; i < 40; i++) {
                PeerSpec p = PeerSpec.leecher("dsl", 100 * KB, 800 * KB, 0, 0);
                swarm.addPeer(i % 8 == 0 ? p.withBehaviour(Behaviour.LARGE_VIEW)
                        : i % 8 == 4 ? p.withBehaviour(Behaviour.FREE_RIDER) : p);
            }
            int[] most = {0};
            kit.sim.afterEachEvent(() -> {
                for (Peer p : swarm.peers()) {
                    if (p.behaviour() == Behaviour.LARGE_VIEW) {
                        most[0] = Math.max(most[0], p.connectionCount());
                    }
                }
            });
            kit.runUntilAllComplete(6 * 3600);
            assertEquals(40, swarm.statistics().completedLeechers());
            assertTrue(most[0] > 8, "a large-view peer held " + most[0] + " connections, the limit of the others is 8");
            for (Peer p : swarm.peers()) {
                if (!p.behaviour().uploads()) {
                    assertEquals(0, p.bytesUploaded(), p + " uploaded");
                }
            }
            double large = mean(swarm.peers(), "large_view");
            double free = mean(swarm.peers(), "free_rider");
            System.out.printf(Locale.ROOT, "seed %d: large_view %.1f s, free_rider %.1f s, compliant %.1f s%n", seed, large,
                    free, mean(swarm.peers(), "compliant"));
            largeSum += large;
            freeSum += free;
        }
        assertTrue(largeSum < freeSum, "large view " + largeSum / 2 + " s vs free riders " + freeSum / 2 + " s");
    }

    @Test
    void optimisticOnlyPeersUnchokeOnePeerAtATimeUploadAndFinishBehindCompliantOnesAheadOfFreeRiders() {
        double optimistic = 0;
        double compliant = 0;
        double free = 0;
        for (long seed = 41; seed <= 42; seed++) {
            SwarmKit kit = new SwarmKit(seed, 8L * 1024 * 1024, 256 * 1024, SimTime.millis(20));
            Swarm swarm = kit.build();
            swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
            for (int i = 0; i < 30; i++) {
                PeerSpec p = PeerSpec.leecher("dsl", 100 * KB, 800 * KB, 0, 0);
                swarm.addPeer(i % 3 == 0 ? p.withBehaviour(Behaviour.OPTIMISTIC_ONLY)
                        : i % 3 == 1 ? p.withBehaviour(Behaviour.FREE_RIDER) : p);
            }
            int[] most = {0};
            kit.sim.afterEachEvent(() -> {
                for (Peer p : swarm.peers()) {
                    if (p.behaviour() == Behaviour.OPTIMISTIC_ONLY) {
                        int unchoked = 0;
                        for (PeerConnection c : p.connectionsView()) {
                            unchoked += c.amChoking || c.closed ? 0 : 1;
                        }
                        most[0] = Math.max(most[0], unchoked);
                    }
                }
            });
            kit.runUntilAllComplete(6 * 3600);
            assertEquals(30, swarm.statistics().completedLeechers());
            assertEquals(1, most[0], "an optimistic-only peer has one peer unchoked at most");
            assertTrue(swarm.peers().stream().filter(p -> p.behaviour() == Behaviour.OPTIMISTIC_ONLY)
                    .allMatch(p -> p.bytesUploaded() > 0), "it uploads, through its optimistic slot");
            optimistic += mean(swarm.peers(), "optimistic_only");
            compliant += mean(swarm.peers(), "compliant");
            free += mean(swarm.peers(), "free_rider");
        }
        assertTrue(compliant < optimistic && optimistic < free, "compliant " + compliant / 2 + " s, optimistic-only "
                + optimistic / 2 + " s, free riders " + free / 2 + " s");
    }

    @Test
    void aBehaviourWrittenInATestIsRegisteredCreatedByNameAndUploadsLessThanCompliantPeers() {
        Registry<Void, Behaviour> behaviours = new Registry<Void, Behaviour>("behaviour")
                .register("compliant", "follows the protocol",
                        List.of("population.leechers.behaviours={compliant: 100%}"), v -> Behaviour.COMPLIANT)
                .register("half_uploader", "uploads in every other choke round",
                        List.of("population.leechers.behaviours={compliant: 50%, half_uploader: 50%}"),
                        v -> new HalfUploader());
        SwarmKit kit = new SwarmKit(13, 4L * 1024 * 1024, 128 * 1024, SimTime.millis(20));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", 200 * KB, 200 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 12; i++) {
            String name = i % 2 == 0 ? "half_uploader" : "compliant";
            swarm.addPeer(PeerSpec.leecher("dsl", 100 * KB, 600 * KB, 0, 0).withBehaviour(behaviours.create(name, null)));
        }
        kit.checkEveryEvent();
        kit.runUntilAllComplete(3600);
        assertEquals(12, swarm.statistics().completedLeechers());
        double half = swarm.peers().stream().filter(p -> p.behaviour().name().equals("half_uploader"))
                .mapToLong(Peer::bytesUploaded).average().orElseThrow();
        double full = swarm.peers().stream().filter(p -> p.behaviour().name().equals("compliant"))
                .mapToLong(Peer::bytesUploaded).average().orElseThrow();
        assertTrue(half > 0 && half < full, "half uploaders " + half + " B vs compliant " + full + " B");
    }

    private static double mean(List<Peer> peers, String behaviour) {
        return peers.stream().filter(p -> !p.spec().initialSeed() && p.behaviour().name().equals(behaviour))
                .mapToDouble(p -> (p.completionNanos() - p.spec().joinNanos()) / 1e9).average().orElseThrow();
    }
}
