package org.swarmsim.bittorrent.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.PeerSpec;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.sim.SimTime;

/**
 * Pieces are spread over the remotes that have the metadata; one a remote rejects, or that is
 * lost with its connection, is asked of another. The unhelpful remote is a test plug-in that
 * announces the right {@code metadata_size} and then rejects every request, or closes the
 * connection at the first one.
 */
class RefetchTest {
    private static final long KB = 1000;
    private static final String NAME = "r".repeat(100_000) + ".bin";   // about 100 KB: 7 pieces

    /** A remote that has the metadata, it says, but rejects (or hangs up). */
    private static final class Unhelpful {
        final boolean hangUp;
        int requests;

        Unhelpful(boolean hangUp) {
            this.hangUp = hangUp;
        }

        Extension extension(int metadataSize) {
            return Extension.of(MetadataExtension.NAME, torrent -> (TorrentPlugin) connection -> new ConnectionPlugin() {
                @Override
                public void addHandshakeEntries(ExtensionHandshake.Builder handshake) {
                    handshake.metadataSize(metadataSize);
                }

                @Override
                public void onMessage(ExtensionPayload payload) {
                    requests++;
                    answer(connection, (MetadataMessage) payload);
                }
            });
        }

        private void answer(ConnectionHandle connection, MetadataMessage m) {
            assertEquals(MetadataMessage.Type.REQUEST, m.type());
            if (hangUp) {
                connection.close("test: hangs up at a metadata request");
            } else {
                connection.send(MetadataMessage.reject(m.piece()));
            }
        }
    }

    private static void fetchPastAnUnhelpfulRemote(boolean hangUp) {
        MetadataSwarm s = new MetadataSwarm(21, 1024 * 1024, 16 * 1024, SimTime.millis(20), NAME).checkEveryEvent();
        Unhelpful unhelpful = new Unhelpful(hangUp);
        s.swarm.addPeer(PeerSpec.seed("unhelpful", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER),
                List.of(unhelpful.extension(s.torrent.infoSize())));
        s.swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        Peer magnet = s.swarm.addPeerWithoutMetadata(
                PeerSpec.leecher("magnet", 200 * KB, 800 * KB, SimTime.seconds(1), PeerSpec.FOREVER));
        s.runUntilAllComplete(600);

        int n = MetadataMessage.pieceCount(s.torrent.infoSize());
        assertEquals(7, n);
        assertTrue(magnet.hasMetadata());
        assertEquals(1, s.swarm.statistics().completedLeechers());
        assertTrue(unhelpful.requests > 0, "pieces were spread over both remotes");
        assertEquals(n, s.stats.data(), "the honest seed sent every piece, once");
        // a hung-up remote had both its requests out (2, the pipeline) but heard only the first
        int askedOfUnhelpful = hangUp ? MetadataPlugin.MAX_OUTSTANDING : unhelpful.requests;
        assertEquals(n + askedOfUnhelpful, s.stats.requests(), "the unhelpful remote's pieces were asked again");
        assertEquals(0, s.stats.verificationFailures());
    }

    @Test
    void aRejectedPieceIsAskedOfAnotherRemote() {
        fetchPastAnUnhelpfulRemote(false);
    }

    @Test
    void piecesAskedOfAConnectionThatClosesAreAskedOfAnotherRemote() {
        fetchPastAnUnhelpfulRemote(true);
    }
}
