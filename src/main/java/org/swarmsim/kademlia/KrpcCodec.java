package org.swarmsim.kademlia;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.swarmsim.overlay.NodeId;

/**
 * Writes {@link KrpcMessage}s in their real BEP 5 bencoded form (dictionary keys in sorted order,
 * as bencoding requires), so that their {@link KrpcMessage#wireSize() sizes} can be checked against
 * real bytes. Address {@code a} is written as IPv4 {@code 10.0.0.0 + a} with port
 * {@link #DEFAULT_PORT} in compact node info, and with the stored port in compact peer info.
 */
public final class KrpcCodec {
    /** The UDP port written for every node in compact node info. */
    public static final int DEFAULT_PORT = 6881;
    private static final int IPV4_BASE = 10 << 24;

    private KrpcCodec() {
    }

    /** The bencoded bytes of {@code m}. */
    public static byte[] encode(KrpcMessage m) {
        Out out = new Out();
        out.raw('d');
        if (m instanceof KrpcMessage.ErrorReply e) {
            out.key("e").raw('l').integer(e.code()).string(e.text().getBytes(StandardCharsets.US_ASCII)).raw('e');
            trailer(out, m, "e");
            return out.bytes();
        }
        if (m.isQuery()) {
            out.key("a").raw('d');
            out.key("id").id(m.sender());
            String name;
            if (m instanceof KrpcMessage.Ping) {
                name = "ping";
            } else if (m instanceof KrpcMessage.FindNode f) {
                out.key("target").id(f.target());
                name = "find_node";
            } else if (m instanceof KrpcMessage.GetPeers g) {
                out.key("info_hash").id(g.infoHash());
                name = "get_peers";
            } else if (m instanceof KrpcMessage.AnnouncePeer a) {
                if (a.impliedPort()) {
                    out.key("implied_port").integer(1);
                }
                out.key("info_hash").id(a.infoHash());
                out.key("port").integer(a.port());
                out.key("token").string(tokenBytes(a.token()));
                name = "announce_peer";
            } else {
                throw new IllegalStateException("not a query: " + m);
            }
            out.raw('e');
            out.key("q").string(name.getBytes(StandardCharsets.US_ASCII));
            trailer(out, m, "q");
            return out.bytes();
        }
        out.key("r").raw('d');
        out.key("id").id(m.sender());
        if (m instanceof KrpcMessage.NodesResponse r) {
            out.key("nodes").string(compactNodes(r.nodeIds(), r.nodeAddresses()));
        } else if (m instanceof KrpcMessage.PeersResponse r) {
            if (r.hasNodesKey()) {
                out.key("nodes").string(compactNodes(r.nodeIds(), r.nodeAddresses()));
            }
            out.key("token").string(tokenBytes(r.token()));
            if (r.peerAddresses().length > 0) {
                out.key("values").raw('l');
                for (int i = 0; i < r.peerAddresses().length; i++) {
                    byte[] peer = new byte[KrpcMessage.COMPACT_PEER_BYTES];
                    writeAddress(peer, 0, r.peerAddresses()[i], r.peerPorts()[i]);
                    out.string(peer);
                }
                out.raw('e');
            }
        } else if (!(m instanceof KrpcMessage.IdResponse)) {
            throw new IllegalStateException("not a response: " + m);
        }
        out.raw('e');
        trailer(out, m, "r");
        return out.bytes();
    }

    /** Compact node info: 26 bytes per node. */
    static byte[] compactNodes(NodeId[] ids, int[] addresses) {
        byte[] b = new byte[KrpcMessage.COMPACT_NODE_BYTES * ids.length];
        for (int i = 0; i < ids.length; i++) {
            int o = i * KrpcMessage.COMPACT_NODE_BYTES;
            ids[i].writeTo(b, o);
            writeAddress(b, o + NodeId.BYTES, addresses[i], DEFAULT_PORT);
        }
        return b;
    }

    /** IPv4 (4 bytes) then port (2 bytes), big-endian. */
    static void writeAddress(byte[] b, int o, int address, int port) {
        int ip = IPV4_BASE + address;
        b[o] = (byte) (ip >>> 24);
        b[o + 1] = (byte) (ip >>> 16);
        b[o + 2] = (byte) (ip >>> 8);
        b[o + 3] = (byte) ip;
        b[o + 4] = (byte) (port >>> 8);
        b[o + 5] = (byte) port;
    }

    private static byte[] tokenBytes(int token) {
        return new byte[] {(byte) (token >>> 24), (byte) (token >>> 16), (byte) (token >>> 8), (byte) token};
    }

    private static void trailer(Out out, KrpcMessage m, String y) {
        int t = m.transactionId();
        out.key("t").string(new byte[] {(byte) (t >>> 8), (byte) t});
        out.key("y").string(y.getBytes(StandardCharsets.US_ASCII));
        out.raw('e');
    }

    private static final class Out {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(128);

        Out raw(char c) {
            buf.write(c);
            return this;
        }

        Out key(String k) {
            return string(k.getBytes(StandardCharsets.US_ASCII));
        }

        Out string(byte[] s) {
            buf.writeBytes(Integer.toString(s.length).getBytes(StandardCharsets.US_ASCII));
            buf.write(':');
            buf.writeBytes(s);
            return this;
        }

        Out integer(long n) {
            buf.write('i');
            buf.writeBytes(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
            buf.write('e');
            return this;
        }

        Out id(NodeId id) {
            return string(id.toBytes());
        }

        byte[] bytes() {
            return buf.toByteArray();
        }
    }
}
