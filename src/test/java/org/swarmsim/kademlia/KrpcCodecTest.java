package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class KrpcCodecTest {
    private final RandomStream random = new RandomStreams(3).stream("krpc-test");

    @Test
    void encodesTheBep5ExamplesByteForByte() {
        NodeId querier = NodeId.fromBytes("abcdefghij0123456789".getBytes(StandardCharsets.US_ASCII));
        NodeId responder = NodeId.fromBytes("mnopqrstuvwxyz123456".getBytes(StandardCharsets.US_ASCII));
        int aa = ('a' << 8) | 'a';
        assertEncodes("d1:ad2:id20:abcdefghij0123456789e1:q4:ping1:t2:aa1:y1:qe", new KrpcMessage.Ping(aa, querier));
        assertEncodes("d1:rd2:id20:mnopqrstuvwxyz123456e1:t2:aa1:y1:re", new KrpcMessage.IdResponse(aa, responder));
        assertEncodes("d1:ad2:id20:abcdefghij01234567896:target20:mnopqrstuvwxyz123456e1:q9:find_node1:t2:aa1:y1:qe",
                new KrpcMessage.FindNode(aa, querier, responder));
        assertEncodes("d1:ad2:id20:abcdefghij01234567899:info_hash20:mnopqrstuvwxyz123456e1:q9:get_peers1:t2:aa1:y1:qe",
                new KrpcMessage.GetPeers(aa, querier, responder));
        assertEncodes("d1:eli201e23:A Generic Error Ocurrede1:t2:aa1:y1:ee",
                new KrpcMessage.ErrorReply(aa, 201, "A Generic Error Ocurred"));
    }

    @Test
    void pingIs56BytesAndItsReply47() {
        NodeId id = NodeId.random(random);
        assertEquals(56, new KrpcMessage.Ping(1, id).wireSize());
        assertEquals(47, new KrpcMessage.IdResponse(1, id).wireSize());
        assertEquals(92, new KrpcMessage.FindNode(1, id, id).wireSize());
        assertEquals(95, new KrpcMessage.GetPeers(1, id, id).wireSize());
        // find_node reply with 8 nodes: 47 + "5:nodes" + "208:" + 8 * 26
        assertEquals(47 + 7 + 4 + 8 * 26, nodes(8).wireSize());
    }

    @Test
    void wireSizeEqualsTheEncodedLengthForEveryMessageShape() {
        List<KrpcMessage> all = new ArrayList<>();
        NodeId a = NodeId.random(random);
        NodeId b = NodeId.random(random);
        for (int tid : new int[] {0, 1, 0xFFFF}) {
            all.add(new KrpcMessage.Ping(tid, a));
            all.add(new KrpcMessage.FindNode(tid, a, b));
            all.add(new KrpcMessage.GetPeers(tid, a, b));
            all.add(new KrpcMessage.IdResponse(tid, b));
            for (int port : new int[] {1, 80, 6881, 65535}) {
                all.add(new KrpcMessage.AnnouncePeer(tid, a, b, port, 0x12345678, false));
                all.add(new KrpcMessage.AnnouncePeer(tid, a, b, port, -1, true));
            }
            all.add(new KrpcMessage.ErrorReply(tid, KrpcMessage.ErrorReply.PROTOCOL_ERROR, "bad token"));
            all.add(new KrpcMessage.ErrorReply(tid, 201, ""));
        }
        for (int n : new int[] {0, 1, 3, 8, 20, 100}) {
            all.add(nodes(n));
            for (int peers : new int[] {0, 1, 2, 50, 200}) {
                int[] addrs = new int[peers];
                int[] ports = new int[peers];
                for (int i = 0; i < peers; i++) {
                    addrs[i] = random.nextInt(1 << 20);
                    ports[i] = 1 + random.nextInt(65535);
                }
                NodesResponseParts p = parts(n);
                all.add(new KrpcMessage.PeersResponse(7, a, random.nextInt(), addrs, ports, p.ids, p.addresses));
            }
        }
        for (KrpcMessage m : all) {
            assertEquals(KrpcCodec.encode(m).length, m.wireSize(), () -> "size of " + m);
        }
    }

    @Test
    void compactNodeInfoIs26BytesAndCompactPeerInfo6() {
        assertEquals(26 * 5, KrpcCodec.compactNodes(parts(5).ids, parts(5).addresses).length);
        assertEquals(26, KrpcMessage.COMPACT_NODE_BYTES);
        assertEquals(6, KrpcMessage.COMPACT_PEER_BYTES);
        // a get_peers reply with 2 peers and no nodes: values list of two 6-byte strings, no nodes key
        KrpcMessage.PeersResponse r = new KrpcMessage.PeersResponse(1, NodeId.random(random), 5,
                new int[] {1, 2}, new int[] {6881, 6882}, new NodeId[0], new int[0]);
        String text = new String(KrpcCodec.encode(r), StandardCharsets.ISO_8859_1);
        assertEquals(-1, text.indexOf("5:nodes"));
        assertEquals(true, text.contains("6:valuesl6:"));
    }

    private record NodesResponseParts(NodeId[] ids, int[] addresses) {
    }

    private NodesResponseParts parts(int n) {
        NodeId[] ids = new NodeId[n];
        int[] addrs = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = NodeId.random(random);
            addrs[i] = random.nextInt(1 << 24);
        }
        return new NodesResponseParts(ids, addrs);
    }

    private KrpcMessage.NodesResponse nodes(int n) {
        NodesResponseParts p = parts(n);
        return new KrpcMessage.NodesResponse(9, NodeId.random(random), p.ids, p.addresses);
    }

    private static void assertEncodes(String expected, KrpcMessage m) {
        assertEquals(expected, new String(KrpcCodec.encode(m), StandardCharsets.ISO_8859_1));
        assertEquals(expected.length(), m.wireSize());
    }
}
