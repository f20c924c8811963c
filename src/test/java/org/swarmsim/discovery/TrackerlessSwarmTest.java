package org.swarmsim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.peer.Swarm;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.bittorrent.tracker.TrackerConfig;
import org.swarmsim.kademlia.DhtNetwork;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Network;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/** A swarm with no tracker at all: peers find each other through the Kademlia DHT only. */
class TrackerlessSwarmTest {

    @Test
    void aTrackerlessSwarmCompletesWithNoTrackerAtAll() {
        Simulation sim = new Simulation();
        Network network = new Network(sim, new ConstantLatency(SimTime.millis(20)));
        long file = 4L * 1024 * 1024;
        Torrent torrent = Torrent.synthetic("trackerless.bin", file, 256 * 1024);
        RandomStreams streams = new RandomStreams(17);
        Swarm swarm = Swarm.builder(sim, network, PieceLayout.of(file, 256 * 1024), torrent.infoHash(), streams).build();
        SwarmSetup setup = new SwarmSetup(swarm, network, sim, streams, TrackerConfig.defaults(), Long.MAX_VALUE);
        DhtNetwork dhtNetwork = DhtSource.INSTANCE.installNetwork(DhtSource.INSTANCE.defaults(), setup);
        swarm.addPeer(PeerSpec.seed("seed", 500_000, 500_000, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 12; i++) {
            swarm.addPeer(PeerSpec.leecher("peer", 300_000, 1_000_000, SimTime.seconds(5 * i), PeerSpec.FOREVER));
        }
        sim.afterEachEvent(() -> {
            swarm.checkInvariants();
            network.checkInvariants();
        });
        while (swarm.statistics().completedLeechers() < 12 && sim.now() < SimTime.hours(1)) {
            sim.run(sim.now() + SimTime.seconds(10));
        }
        assertNull(swarm.tracker(), "no tracker in the swarm");
        assertEquals(12, swarm.statistics().completedLeechers(), "every leecher completed through DHT discovery");
        assertTrue(swarm.peers().stream().mapToLong(p -> swarm.statistics().bytesFromLeechers(p)).sum() > 0,
                "leechers found each other");
        assertEquals(List.of("dht_messages_per_s", "dht_bytes_per_s", "routing_table_fill"),
                setup.columns().stream().map(c -> c.name()).toList(), "the DHT's columns");
        NodeId key = NodeId.fromBytes(torrent.infoHash().bytes());
        int stored = dhtNetwork.nodes().stream().mapToInt(n -> n.storedPeerCount(key)).sum();
        assertTrue(stored >= 13, "every peer's announce_peer is stored somewhere: " + stored);
    }
}
