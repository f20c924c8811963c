package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.sim.SimTime;

/**
 * A peer started from a magnet link: it knows the info-hash only, gets the metadata from a
 * plug-in after its extension handshakes, applies the bitfields and haves it received meanwhile,
 * then downloads like everybody else. Invariants (those of a peer without metadata included) are
 * checked after every event.
 */
class MagnetPeerTest {
    private static final long KB = 1000;

    private static SwarmKit kit() {
        return new SwarmKit(5, 40L * 64 * 1024, 64 * 1024, SimTime.millis(30));
    }

    /** What the peer's connections say the remotes hold is what they announced; the picker agrees. */
    private static void checkViewsOfRemotes(Peer p, MetadataTestExtension.Plugin plugin) {
        int pieces = p.layout().pieceCount();
        int[] recount = new int[pieces];
        for (PeerConnection c : p.connectionsView()) {
            TreeSet<Integer> heard = plugin.announced.get(c.remote.id());
            if (heard == null) {
                continue;   // no handshake from it yet, so nothing announced
            }
            TreeSet<Integer> held = new TreeSet<>();
            for (int i = c.remoteHas.nextSetBit(0); i >= 0; i = c.remoteHas.nextSetBit(i + 1)) {
                held.add(i);
                recount[i]++;
            }
            assertEquals(heard, held, c + ": the remote's pieces are the ones it announced");
        }
        for (int i = 0; i < pieces; i++) {
            assertEquals(recount[i], p.picker().availability(i), p + ": availability of piece " + i);
        }
    }

    @Test
    void magnetPeerGetsItsMetadataAfterTheExtensionHandshakeAndCompletesLikeTheOthers() {
        SwarmKit kit = kit();
        Peer[] magnet = new Peer[1];
        long[] uploadedBeforeMetadata = {-1};
        MetadataTestExtension ext = new MetadataTestExtension(kit.layout, true, plugin -> {
            assertTrue(magnet[0].hasMetadata());
            uploadedBeforeMetadata[0] = magnet[0].bytesUploaded();
            checkViewsOfRemotes(magnet[0], plugin);
        });
        kit.builder.extensions(List.of(ext));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 5; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", 150 * KB, 600 * KB, SimTime.millis(200L * i), PeerSpec.FOREVER));
        }
        magnet[0] = swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 150 * KB, 600 * KB, SimTime.seconds(4), PeerSpec.FOREVER));
        assertFalse(magnet[0].hasMetadata());
        assertEquals(0, magnet[0].have().count());
        assertNull(magnet[0].picker(), "no picker before the metadata");
        kit.checkEveryEvent();
        kit.runUntilAllComplete(900);
        kit.network.deliverDeferred();

        MetadataTestExtension.Plugin plugin = ext.plugins.get(magnet[0].index());
        assertEquals(6, swarm.statistics().completedLeechers(), "the magnet peer completes too");
        assertEquals(1, plugin.metadataHeard);
        assertEquals(0, ext.plugins.stream().filter(x -> x != plugin).mapToInt(x -> x.metadataHeard).sum());
        assertEquals(1, ext.plugins.stream().mapToInt(x -> x.answersSent).sum(), "one request, one answer");
        assertTrue(plugin.earlyBitfields > 0, "bitfields arrived before the metadata: " + plugin.earlyBitfields);
        assertTrue(plugin.earlyHaves > 0, "haves arrived before the metadata: " + plugin.earlyHaves);
        assertEquals(0, uploadedBeforeMetadata[0], "nothing to upload before the metadata");
        assertEquals(kit.layout.totalBytes(), magnet[0].bytesDownloaded() - magnet[0].bytesWasted(),
                "downloaded the file exactly once, plus waste");
        assertTrue(magnet[0].completionNanos() > SimTime.seconds(4));
        checkViewsOfRemotes(magnet[0], plugin);
    }

    @Test
    void magnetPeerThatNeverGetsItsMetadataStaysIdleAndHarmsNobody() {
        SwarmKit kit = kit();
        MetadataTestExtension ext = new MetadataTestExtension(kit.layout, false, plugin -> {
            throw new AssertionError("nobody answers");
        });
        kit.builder.extensions(List.of(ext));
        Swarm swarm = kit.build();
        swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
        Peer magnet = swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 150 * KB, 600 * KB, SimTime.seconds(1), PeerSpec.FOREVER));
        for (int i = 0; i < 3; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", 150 * KB, 600 * KB, SimTime.millis(500L * i), PeerSpec.FOREVER));
        }
        kit.checkEveryEvent();
        kit.runUntilAllComplete(900);
        assertEquals(3, swarm.statistics().completedLeechers(), "the others complete");
        assertFalse(magnet.hasMetadata());
        assertTrue(magnet.connectionCount() > 0, "it connected and handshook");
        assertTrue(ext.plugins.get(magnet.index()).requested, "it asked for the metadata");
        assertTrue(ext.plugins.get(magnet.index()).earlyBitfields > 0);
        assertEquals(0, magnet.bytesDownloaded());
        assertEquals(0, magnet.bytesUploaded());
        assertEquals(Peer.State.LEECHING, magnet.state());
    }

    @Test
    void metadataMustDescribeTheTorrentAndAMagnetPeerIsNoSeed() {
        SwarmKit kit = kit();
        MetadataTestExtension ext = new MetadataTestExtension(kit.layout, true, plugin -> { });
        kit.builder.extensions(List.of(ext));
        Swarm swarm = kit.build();
        Peer magnet = swarm.addPeerWithoutMetadata(PeerSpec.leecher("magnet", KB, KB, 0, PeerSpec.FOREVER));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> magnet.metadataReceived(PieceLayout.of(kit.layout.totalBytes(), 32 * 1024)));
        assertTrue(e.getMessage().contains("but the info-hash is that of"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> swarm.addPeerWithoutMetadata(PeerSpec.seed("seed", KB, KB, 0, PeerSpec.FOREVER)));
        magnet.metadataReceived(kit.layout);
        assertTrue(magnet.hasMetadata());
        assertEquals(1, ext.plugins.get(magnet.index()).metadataHeard);
        magnet.metadataReceived(kit.layout);
        assertEquals(1, ext.plugins.get(magnet.index()).metadataHeard, "a second delivery is ignored");
    }
}
