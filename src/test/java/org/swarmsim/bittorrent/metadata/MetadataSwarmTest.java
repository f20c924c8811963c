package org.swarmsim.bittorrent.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.peer.Behaviour;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.sim.SimTime;

/**
 * Swarms whose leechers all start from magnet links: they get the metadata over
 * {@code ut_metadata} and complete, also with a corrupter among the seeds and with a remote that
 * announces an impossible {@code metadata_size}. Invariants are checked after every event.
 */
class MetadataSwarmTest {
    private static final long KB = 1000;
    /** 2 MiB in 16 KiB pieces; a 40,000-character name makes about 42 KB of metadata, 3 pieces. */
    private static final long FILE = 2L * 1024 * 1024;
    private static final int PIECE = 16 * 1024;
    private static final String NAME = "m".repeat(40_000) + ".bin";

    private static List<Peer> magnetLeechers(MetadataSwarm s, int count) {
        List<Peer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(s.swarm.addPeerWithoutMetadata(
                    PeerSpec.leecher("magnet", 200 * KB, 800 * KB, SimTime.millis(300L * i), PeerSpec.FOREVER)));
        }
        return out;
    }

    @Test
    void everyLeecherStartsFromAMagnetLinkGetsTheMetadataAndCompletes() {
        MetadataSwarm s = new MetadataSwarm(11, FILE, PIECE, SimTime.millis(25), NAME).checkEveryEvent();
        assertEquals(3, MetadataMessage.pieceCount(s.torrent.infoSize()), "metadata of " + s.torrent.infoSize() + " bytes");
        s.swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        List<Peer> leechers = magnetLeechers(s, 6);
        s.runUntilAllComplete(600);

        assertEquals(6, s.swarm.statistics().completedLeechers());
        for (Peer p : leechers) {
            assertTrue(p.hasMetadata(), p + " has its metadata");
            assertTrue(s.stats.verifiedAtNanos().containsKey(p.index()), p + " verified it");
            assertTrue(s.stats.verifiedAtNanos().get(p.index()) < p.completionNanos());
            assertEquals(s.layout.totalBytes(), p.bytesDownloaded() - p.bytesWasted());
        }
        assertEquals(6, s.stats.peersWithMetadata());
        assertEquals(0, s.stats.verificationFailures());
        assertEquals(0, s.stats.ignoredHandshakes());
        assertTrue(s.stats.data() >= 6 * 3, s.stats.toString());
        assertEquals(s.stats.requests(), s.stats.data() + s.stats.rejects(), "every request answered: " + s.stats);
        System.out.println("all magnet: " + s.stats + ", time to metadata from first connection (ns) "
                + s.stats.timeToMetadataNanos());
    }

    @Test
    void aCorrupterAmongTheSeedsFailsAVerificationAndEveryLeecherStillCompletes() {
        MetadataSwarm s = new MetadataSwarm(12, FILE, PIECE, SimTime.millis(25), NAME).checkEveryEvent();
        s.swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        Peer evil = s.swarm.addPeer(PeerSpec.seed("evil", 2000 * KB, 2000 * KB, 0, PeerSpec.FOREVER)
                .withBehaviour(Behaviour.CORRUPTER), List.of(s.extension.corrupter()));
        List<Peer> leechers = magnetLeechers(s, 5);
        s.runUntilAllComplete(1800);

        assertEquals(5, s.swarm.statistics().completedLeechers(), s.stats.toString());
        assertEquals(5, s.stats.peersWithMetadata());
        assertTrue(s.stats.verificationFailures() >= 1, "the corrupter's pieces failed the check: " + s.stats);
        for (Peer p : leechers) {
            assertTrue(p.hasMetadata(), p + " has its metadata");
        }
        assertTrue(evil.bytesUploaded() > 0 || s.stats.verificationFailures() > 0);
        System.out.println("with a corrupter: " + s.stats);
    }

    /** A remote that names {@code ut_metadata} with a fixed {@code metadata_size} and never answers. */
    private static final class LyingSize {
        int messages;

        Extension extension(long announcedSize) {
            return Extension.of(MetadataExtension.NAME, torrent -> (TorrentPlugin) connection -> new ConnectionPlugin() {
                @Override
                public void addHandshakeEntries(ExtensionHandshake.Builder handshake) {
                    handshake.metadataSize(announcedSize);
                }

                @Override
                public void onMessage(ExtensionPayload payload) {
                    messages++;
                }
            });
        }
    }

    @Test
    void aHandshakeWithAnImpossibleMetadataSizeIsIgnoredAndCounted() {
        MetadataSwarm s = new MetadataSwarm(13, FILE, PIECE, SimTime.millis(25), NAME).checkEveryEvent();
        LyingSize liars = new LyingSize();
        s.swarm.addPeer(PeerSpec.seed("huge", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER),
                List.of(liars.extension(MetadataExtension.MAX_METADATA_BYTES + 1L)));
        s.swarm.addPeer(PeerSpec.seed("empty", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER),
                List.of(liars.extension(0)));
        s.swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, SimTime.seconds(1), PeerSpec.FOREVER));
        Peer magnet = s.swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 200 * KB, 800 * KB, SimTime.seconds(2), PeerSpec.FOREVER));
        s.runUntilAllComplete(600);

        assertTrue(magnet.hasMetadata());
        assertEquals(1, s.swarm.statistics().completedLeechers());
        assertEquals(2, s.stats.ignoredHandshakes(), "one per lying seed: " + s.stats);
        assertEquals(0, liars.messages, "nothing asked of the liars");
        assertEquals(0, s.stats.verificationFailures());
    }
}
