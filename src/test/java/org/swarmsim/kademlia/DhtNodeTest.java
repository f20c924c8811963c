package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;

class DhtNodeTest {
    @Test
    void peersAnnouncedOnTheDhtAreFoundWithGetPeersWithoutAnyTracker() {
        DhtFixture f = new DhtFixture(9, DhtConfig.bep5(), true).grow(300, SimTime.millis(100));
        NodeId infoHash = NodeId.random(f.streams.stream("torrent"));
        for (int i = 1; i <= 10; i++) {
            DhtNode peer = f.nodes.get(i * 20);
            int port = 6880 + i;
            f.sim.schedule(i * SimTime.millis(10), () -> peer.announcePeer(infoHash, port, null));
        }
        f.sim.run(f.sim.now() + SimTime.seconds(30));
        // the k nodes closest to the info-hash now store the 10 peers
        for (NodeId id : f.dht.trueClosest(infoHash, 8, null)) {
            DhtNode holder = f.nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
            assertEquals(10, holder.storedPeerCount(infoHash), "peers stored at " + holder);
        }
        List<LookupResult> found = new ArrayList<>();
        f.nodes.get(299).getPeers(infoHash, found::add);
        f.sim.run(f.sim.now() + SimTime.seconds(30));
        assertEquals(1, found.size());
        LookupResult r = found.get(0);
        assertEquals(LookupResult.Kind.GET_PEERS, r.kind());
        TreeSet<String> peers = new TreeSet<>();
        for (int i = 0; i < r.peerAddresses().length; i++) {
            peers.add(r.peerAddresses()[i] + ":" + r.peerPorts()[i]);
        }
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 1; i <= 10; i++) {
            expected.add(f.nodes.get(i * 20).address() + ":" + (6880 + i));
        }
        assertEquals(expected, peers);
    }

    /** A bare host that sends KRPC queries by hand and records the replies. */
    private static final class Probe {
        final Node host;
        final NodeId id;
        final List<Message> replies = new ArrayList<>();
        final DhtFixture f;

        Probe(DhtFixture f) {
            this(f, NodeId.fromHex("00000000000000000000000000000000000000ff"));
        }

        Probe(DhtFixture f, NodeId id) {
            this.f = f;
            this.id = id;
            host = f.network.addNode("probe" + f.network.nodeCount(), 1_000_000, 1_000_000);
            f.dht.datagrams().bind(host, (from, m) -> replies.add(m));
        }

        Message ask(DhtNode to, KrpcMessage query) {
            replies.clear();
            f.dht.datagrams().send(host, to.host(), query);
            f.sim.run(f.sim.now() + SimTime.seconds(1));
            assertEquals(1, replies.size());
            return replies.get(0);
        }
    }

    @Test
    void tokensRotateEveryFiveMinutesAndStayValidTenAndAnnouncedPeersExpireAfterThirtyMinutes() {
        DhtFixture f = new DhtFixture(4, DhtConfig.bep5(), false).grow(20, SimTime.millis(100));
        Probe probe = new Probe(f);
        DhtNode x = f.nodes.get(7);
        NodeId infoHash = NodeId.random(f.streams.stream("torrent"));
        f.sim.run(SimTime.minutes(10));   // start of a token epoch

        KrpcMessage.PeersResponse first = assertInstanceOf(KrpcMessage.PeersResponse.class,
                probe.ask(x, new KrpcMessage.GetPeers(1, probe.id, infoHash)));
        int token = first.token();
        // a wrong token is refused with a protocol error
        KrpcMessage.ErrorReply bad = assertInstanceOf(KrpcMessage.ErrorReply.class,
                probe.ask(x, new KrpcMessage.AnnouncePeer(2, probe.id, infoHash, 7000, token + 1, false)));
        assertEquals(203, bad.code());
        assertEquals(0, x.storedPeerCount(infoHash));
        // in the next epoch (6 to 9.9 minutes later) the token is still accepted
        f.sim.run(SimTime.minutes(19.9));
        assertInstanceOf(KrpcMessage.IdResponse.class,
                probe.ask(x, new KrpcMessage.AnnouncePeer(3, probe.id, infoHash, 7000, token, false)));
        assertEquals(1, x.storedPeerCount(infoHash));
        long announcedAt = f.sim.now();
        // two rotations later (10 minutes after its epoch began) it is refused
        f.sim.run(SimTime.minutes(20.1));
        assertInstanceOf(KrpcMessage.ErrorReply.class,
                probe.ask(x, new KrpcMessage.AnnouncePeer(4, probe.id, infoHash, 7000, token, false)));
        // the stored peer lives 30 minutes after its announce, unless re-announced
        KrpcMessage.PeersResponse seen = assertInstanceOf(KrpcMessage.PeersResponse.class,
                probe.ask(x, new KrpcMessage.GetPeers(5, probe.id, infoHash)));
        assertEquals(1, seen.peerAddresses().length);
        assertEquals(probe.host.id(), seen.peerAddresses()[0]);
        assertEquals(7000, seen.peerPorts()[0]);
        f.sim.run(announcedAt + SimTime.minutes(29.5));
        assertEquals(1, x.storedPeerCount(infoHash));
        f.sim.run(announcedAt + SimTime.minutes(30.5));
        assertEquals(0, x.storedPeerCount(infoHash));
        KrpcMessage.PeersResponse gone = assertInstanceOf(KrpcMessage.PeersResponse.class,
                probe.ask(x, new KrpcMessage.GetPeers(6, probe.id, infoHash)));
        assertEquals(0, gone.peerAddresses().length);
        assertTrue(gone.hasNodesKey());
    }

    @Test
    void answersCarryTheSameTransactionIdAndTheKClosestContacts() {
        DhtFixture f = new DhtFixture(8, DhtConfig.bep5(), false).grow(200, SimTime.millis(100));
        Probe probe = new Probe(f);
        DhtNode x = f.nodes.get(50);
        NodeId target = NodeId.random(f.streams.stream("t"));
        KrpcMessage.NodesResponse r = assertInstanceOf(KrpcMessage.NodesResponse.class,
                probe.ask(x, new KrpcMessage.FindNode(0xBEEF, probe.id, target)));
        assertEquals(0xBEEF, r.transactionId());
        assertEquals(x.id(), r.sender());
        NodeId[] expected = new NodeId[8];
        int n = x.routingTable().closest(target, 8, expected, new int[8]);
        assertEquals(8, n);
        assertEquals(List.of(expected), List.of(r.nodeIds()));
        assertEquals(47 + 7 + 4 + 8 * 26, r.wireSize());
        // a querier near x lands in x's own bucket, which splits to make room
        Probe near = new Probe(f, x.id().flipBit(159));
        assertInstanceOf(KrpcMessage.IdResponse.class, near.ask(x, new KrpcMessage.Ping(9, near.id)));
        assertTrue(x.routingTable().contains(near.id), "a node that queries is added to the routing table");
        // a querier in the far half meets a full bucket of live contacts: x pings the oldest, which
        // answers, so the newcomer is not added and the oldest moves to the tail
        RoutingTable t = x.routingTable();
        Probe far = new Probe(f, x.id().flipBit(0));
        KBucket half = t.bucket(0);
        assertTrue(half.isFull());
        NodeId oldest = half.id(0);
        long sentBefore = x.messagesSent();
        far.ask(x, new KrpcMessage.Ping(10, far.id));
        f.sim.run(f.sim.now() + SimTime.seconds(5));
        assertEquals(sentBefore + 2, x.messagesSent(), "the reply and one ping of the oldest contact");
        assertTrue(!t.contains(far.id));
        assertEquals(oldest, half.id(half.size() - 1));
    }
}
