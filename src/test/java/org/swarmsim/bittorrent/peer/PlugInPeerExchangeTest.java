package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.extension.ConnectionHandle;
import org.swarmsim.bittorrent.extension.ConnectionPlugin;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.extension.TorrentPlugin;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.ExtensionPayload;
import org.swarmsim.bittorrent.wire.Handshake;
import org.swarmsim.sim.SimTime;

/**
 * The seam suffices for peer exchange: a small gossip plug-in (not BEP 11, just its shape)
 * tells every remote the addresses of the peer's other connections and hands what it hears to
 * {@code addCandidates}. In a swarm where each peer is only told of the seed, leechers then meet.
 */
class PlugInPeerExchangeTest {
    private static final long KB = 1000;

    /** Compact addresses, 6 bytes each, as PEX's {@code added} carries them. */
    record Addresses(List<PeerAddress> peers) implements ExtensionPayload {
        @Override
        public int size() {
            return PeerAddress.COMPACT_BYTES * peers.size();
        }

        @Override
        public void encode(ByteBuffer out) {
            for (PeerAddress a : peers) {
                out.putInt(a.ipv4()).putShort((short) a.port());
            }
        }
    }

    private static final Extension GOSSIP = Extension.of("test_gossip", torrent -> new TorrentPlugin() {
        private final List<ConnectionHandle> open = new ArrayList<>();

        @Override
        public ConnectionPlugin newConnection(ConnectionHandle connection) {
            open.add(connection);
            return new ConnectionPlugin() {
                @Override
                public void onExtensionHandshake(ExtensionHandshake remote) {
                    List<PeerAddress> others = new ArrayList<>();
                    for (ConnectionHandle c : open) {
                        if (c != connection) {
                            others.add(c.remote());
                        }
                    }
                    connection.send(new Addresses(others));
                }

                @Override
                public void onMessage(ExtensionPayload payload) {
                    torrent.addCandidates("test_gossip", ((Addresses) payload).peers());
                }

                @Override
                public void onClosed(String reason) {
                    open.remove(connection);
                }
            };
        }
    });

    /** Handshakes delivered between two leechers (peers other than peer 0, the seed). */
    private static int leecherHandshakes(List<Extension> extensions) {
        SwarmKit kit = new SwarmKit(9, 16L * 64 * 1024, 64 * 1024, SimTime.millis(20));
        kit.builder.extensions(extensions);
        Swarm swarm = kit.builder.build();   // no tracker: peers learn only of the seed
        kit.swarm = swarm;
        DeliveredMessages log = new DeliveredMessages();
        swarm.addListener(log);
        Peer seed = swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
        swarm.addPeerSource(peer -> new PeerSource() {
            @Override
            public void started() {
                peer.addCandidates("test", List.of(seed.node().id()));
            }

            @Override
            public void completed() {
            }

            @Override
            public void wantMorePeers() {
            }

            @Override
            public void stopping(Runnable then) {
                then.run();
            }
        });
        for (int i = 0; i < 5; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", 150 * KB, 600 * KB, SimTime.millis(500L * i), PeerSpec.FOREVER));
        }
        kit.checkEveryEvent();
        kit.runUntilAllComplete(900);
        assertEquals(5, swarm.statistics().completedLeechers());
        return log.of(Handshake.class, d -> d.from() != seed && d.to() != seed).size();
    }

    @Test
    void leechersToldOnlyOfTheSeedMeetThroughTheGossipPlugIn() {
        assertEquals(0, leecherHandshakes(List.of()), "without the plug-in every leecher talks to the seed only");
        int met = leecherHandshakes(List.of(GOSSIP));
        assertTrue(met >= 2 * 4, "leechers connected to each other: " + met + " handshakes");
    }
}
