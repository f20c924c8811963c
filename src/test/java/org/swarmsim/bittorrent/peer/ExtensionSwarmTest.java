package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.extension.Extension;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.ExtendedMessage;
import org.swarmsim.bittorrent.wire.ExtensionHandshake;
import org.swarmsim.bittorrent.wire.Handshake;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.RawExtensionPayload;
import org.swarmsim.bittorrent.wire.WireCodec;
import org.swarmsim.sim.SimTime;

/** The BEP 10 seam in small swarms: handshakes, their exact bytes, and the hooks plug-ins hear. */
class ExtensionSwarmTest {
    private static final long KB = 1000;
    /** What every peer with only the counting extension sends, counted by hand: 52 bytes. */
    private static final String COUNTER_HANDSHAKE = "d1:md12:test_counteri1ee1:pi6881e1:v12:swarmsim 0.1e";

    private static SwarmKit kit() {
        return new SwarmKit(3, 12L * 64 * 1024, 64 * 1024, SimTime.millis(20));
    }

    /** "sender>receiver" of each delivery, sorted: a multiset of directed peer pairs. */
    private static List<String> directions(List<DeliveredMessages.Delivery> deliveries) {
        return deliveries.stream().map(d -> d.from().index() + ">" + d.to().index()).sorted().toList();
    }

    private static boolean isExtensionHandshake(DeliveredMessages.Delivery d) {
        return ((ExtendedMessage) d.message()).extendedId() == ExtendedMessage.HANDSHAKE_ID;
    }

    /** On every direction of every connection, the message after the handshake is the extension handshake. */
    private static void assertExtensionHandshakeFollowsTheHandshake(DeliveredMessages log) {
        Set<String> awaiting = new HashSet<>();
        for (DeliveredMessages.Delivery d : log.all) {
            String direction = d.from().index() + ">" + d.to().index();
            if (d.message() instanceof Handshake) {
                awaiting.add(direction);
            } else if (awaiting.remove(direction)) {
                assertTrue(d.message() instanceof ExtendedMessage && isExtensionHandshake(d),
                        direction + ": " + d.message() + " right after the handshake");
            }
        }
    }

    private static int openConnectionsWithPlugins(Swarm swarm) {
        int n = 0;
        for (Peer p : swarm.peers()) {
            for (PeerConnection c : p.connectionsView()) {
                n += c.extensions != null ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void everyConnectionCarriesTwoExtensionHandshakesOfTheirExactSizeAndPlugInsHearEveryHook() {
        SwarmKit kit = kit();
        CountingExtension counter = new CountingExtension();
        kit.builder.extensions(List.of(counter));
        Swarm swarm = kit.build();
        DeliveredMessages log = new DeliveredMessages();
        swarm.addListener(log);
        swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 4; i++) {
            swarm.addPeer(PeerSpec.leecher("leecher", 200 * KB, 800 * KB, SimTime.millis(300L * i), PeerSpec.FOREVER));
        }
        kit.checkEveryEvent();
        kit.runUntilAllComplete(600);
        kit.network.deliverDeferred();
        assertEquals(4, swarm.statistics().completedLeechers());

        List<DeliveredMessages.Delivery> handshakes = log.of(Handshake.class);
        assertTrue(handshakes.stream().allMatch(d -> ((Handshake) d.message()).supportsExtensionProtocol()),
                "every peer has an extension, so every handshake sets the BEP 10 bit");
        int connections = handshakes.size() / 2;
        assertTrue(connections >= 4 && handshakes.size() % 2 == 0, handshakes.size() + " handshakes");
        assertEquals(handshakes.size(), counter.connections, "a connection plug-in per handshake received");

        List<DeliveredMessages.Delivery> extHandshakes = log.of(ExtendedMessage.class,
                ExtensionSwarmTest::isExtensionHandshake);
        assertEquals(directions(handshakes), directions(extHandshakes),
                "each handshake is followed by an extension handshake the same way: two per connection");
        assertEquals(extHandshakes.size(), counter.extensionHandshakes);
        assertExtensionHandshakeFollowsTheHandshake(log);
        ExtensionHandshake expected = ExtensionHandshake.builder()
                .extension(CountingExtension.NAME, 1).listenPort(6881).clientVersion("swarmsim 0.1").build();
        WireCodec codec = new WireCodec(kit.layout.pieceCount());
        long bytes = 0;
        for (DeliveredMessages.Delivery d : extHandshakes) {
            ExtendedMessage m = (ExtendedMessage) d.message();
            assertEquals(expected, m.payload());
            assertEquals(COUNTER_HANDSHAKE.length(), m.payload().size());
            assertEquals(6 + 52, m.wireSize());
            assertEquals(m.wireSize(), codec.encode(m).length);
            bytes += m.wireSize();
        }
        assertEquals(58L * 2 * connections, bytes, "extension handshake bytes in the traffic");

        List<DeliveredMessages.Delivery> pings = log.of(ExtendedMessage.class,
                d -> ((ExtendedMessage) d.message()).payload() instanceof CountingExtension.Ping);
        assertEquals(counter.extensionHandshakes, counter.pingsSent, "a ping back for every extension handshake");
        assertEquals(pings.size(), counter.pingsReceived, "every ping delivered reached the plug-in");
        // A ping leaves after our bitfield, so two seeds may hang up before it arrives.
        assertTrue(pings.size() <= counter.pingsSent && pings.size() > counter.pingsSent / 2,
                pings.size() + " of " + counter.pingsSent + " pings delivered");
        assertTrue(pings.stream().allMatch(d -> ((ExtendedMessage) d.message()).extendedId() == 1));
        assertEquals(0, counter.otherMessages);
        assertEquals(0, counter.supportBeforeHandshake);

        assertEquals(log.of(Have.class).size(), counter.haves, "a have hook per have delivered");
        assertEquals(log.of(BitfieldMessage.class).size(), counter.bitfields, "a bitfield hook per bitfield delivered");
        assertTrue(counter.bitfields > 0 && counter.haves > 0);
        assertEquals(counter.connections - openConnectionsWithPlugins(swarm), counter.closed,
                "every connection plug-in of a closed connection heard it close");
        assertTrue(counter.closed > 0, "seeds hang up on each other");
        assertEquals(4 * kit.layout.pieceCount(), counter.piecesVerified);
        assertEquals(5, counter.torrentPlugins);
        assertTrue(counter.ticks > 0);
        assertEquals(0, counter.metadata, "every peer had the metadata from the start");
    }

    @Test
    void peersWithoutExtensionsIgnoreExtendedMessagesAndEverybodyCompletes() {
        SwarmKit kit = kit();
        CountingExtension counter = new CountingExtension();
        kit.builder.extensions(List.of(counter));
        Swarm swarm = kit.build();
        DeliveredMessages log = new DeliveredMessages();
        swarm.addListener(log);
        Set<Peer> plain = new HashSet<>();
        swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 6; i++) {
            PeerSpec spec = PeerSpec.leecher("leecher", 200 * KB, 800 * KB, SimTime.millis(300L * i), PeerSpec.FOREVER);
            if (i % 2 == 0) {
                plain.add(swarm.addPeer(spec, List.<Extension>of()));
            } else {
                swarm.addPeer(spec);
            }
        }
        // Misbehave on purpose, once most connections are up: extended messages to peers without
        // extensions, and to peers with one under an id they never announced.
        int[] injected = {0};
        kit.sim.scheduleAt(SimTime.seconds(3), () -> {
            for (Peer p : swarm.peers()) {
                for (PeerConnection c : plain.contains(p) ? List.<PeerConnection>of() : p.connectionsView()) {
                    if (!c.handshakeReceived) {
                        continue;   // our own handshake may not be out yet
                    }
                    boolean toPlain = plain.contains(swarm.peerOnNode(c.remote.id()));
                    c.conn.send(toPlain ? ExtendedMessage.handshake(ExtensionHandshake.builder().extension("x", 1).build())
                            : new ExtendedMessage(9, new RawExtensionPayload(new byte[] {1, 2, 3})));
                    c.conn.send(new ExtendedMessage(1, new RawExtensionPayload(new byte[] {4})));
                    injected[0] += toPlain ? 2 : 0;
                }
            }
        });
        kit.checkEveryEvent();
        kit.runUntilAllComplete(600);
        kit.network.deliverDeferred();

        assertEquals(6, swarm.statistics().completedLeechers(), "plain and extended peers all complete");
        for (DeliveredMessages.Delivery d : log.of(Handshake.class)) {
            assertEquals(!plain.contains(d.from()), ((Handshake) d.message()).supportsExtensionProtocol(),
                    "the reserved bit is set exactly by peers with an extension: " + d);
        }
        List<DeliveredMessages.Delivery> toPlain = log.of(ExtendedMessage.class, d -> plain.contains(d.to()));
        assertTrue(injected[0] > 0 && toPlain.size() == injected[0], "only the injected messages reach plain peers");
        assertTrue(log.of(ExtendedMessage.class, d -> plain.contains(d.from())).isEmpty(), "plain peers send none");
        // Between extended peers, the handshakes and pings flowed; the injected id 1 messages reached
        // their plug-ins (raw bytes), the id 9 ones nobody.
        List<DeliveredMessages.Delivery> betweenExtended = log.of(Handshake.class,
                d -> !plain.contains(d.from()) && !plain.contains(d.to()));
        assertEquals(directions(betweenExtended), directions(log.of(ExtendedMessage.class,
                d -> isExtensionHandshake(d) && !plain.contains(d.to()))), "two extension handshakes per connection "
                + "between peers with the extension, none else");
        assertEquals(betweenExtended.size(), counter.extensionHandshakes);
        assertEquals(counter.pingsSent, counter.pingsReceived);
        int rawToExtended = log.of(ExtendedMessage.class, d -> !plain.contains(d.to())
                && ((ExtendedMessage) d.message()).extendedId() == 1
                && ((ExtendedMessage) d.message()).payload() instanceof RawExtensionPayload).size();
        assertTrue(rawToExtended > 0);
        assertEquals(rawToExtended, counter.otherMessages, "an id we announced reaches its plug-in, id 9 nobody");
        assertEquals(4, counter.torrentPlugins);
    }

    @Test
    void extensionsAreNamedOnce() {
        Swarm.Builder b = kit().builder;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.extensions(List.of(new CountingExtension(), Extension.of(CountingExtension.NAME, t -> null))));
        assertEquals("two extensions are named test_counter", e.getMessage());
    }
}
