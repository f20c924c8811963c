package org.swarmsim.kademlia;

import java.util.Objects;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.RpcMessage;

/**
 * The BEP 5 KRPC messages as immutable records whose {@link #wireSize()} is the exact length of
 * their bencoded form ({@link KrpcCodec} writes it; a test proves the two agree). Sizes count the
 * UDP payload only (no IP/UDP headers), with 2-byte transaction ids, 4-byte tokens (as libtorrent
 * sends), compact node info of 26 bytes (id, IPv4, port) and compact peer info of 6 bytes, and no
 * optional {@code v} (client version) key.
 *
 * <p>Addresses are the simulated network's node ids ({@link org.swarmsim.net.Node#id()}); the codec
 * writes address {@code a} as IPv4 {@code 10.0.0.0 + a}.
 */
public sealed interface KrpcMessage extends RpcMessage {
    /** Length of a KRPC transaction id in bytes. */
    int TRANSACTION_ID_BYTES = 2;
    /** Length of a get_peers token in bytes. */
    int TOKEN_BYTES = 4;
    /** Compact node info: 20-byte id, 4-byte IPv4 address, 2-byte port. */
    int COMPACT_NODE_BYTES = 26;
    /** Compact peer info: 4-byte IPv4 address, 2-byte port. */
    int COMPACT_PEER_BYTES = 6;

    /** The transaction id, 0..65535. */
    @Override
    int transactionId();

    /** The sending node's id (null only for errors, which carry none). */
    NodeId sender();

    /** Datagrams never report transmission. */
    @Override
    default boolean notifyOnTransmit() {
        return false;
    }

    /** Whether this is a query ({@code y=q}). */
    @Override
    default boolean isQuery() {
        return false;
    }

    /** {@code ping} query. */
    record Ping(int transactionId, NodeId sender) implements KrpcMessage {
        public Ping {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
        }

        @Override
        public int wireSize() {
            return KrpcSizes.query("ping", KrpcSizes.ID_ENTRY);
        }

        @Override
        public boolean isQuery() {
            return true;
        }
    }

    /** {@code find_node} query for {@code target}. */
    record FindNode(int transactionId, NodeId sender, NodeId target) implements KrpcMessage {
        public FindNode {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public int wireSize() {
            return KrpcSizes.query("find_node", KrpcSizes.ID_ENTRY + KrpcSizes.idEntry("target"));
        }

        @Override
        public boolean isQuery() {
            return true;
        }
    }

    /** {@code get_peers} query for {@code infoHash}. */
    record GetPeers(int transactionId, NodeId sender, NodeId infoHash) implements KrpcMessage {
        public GetPeers {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(infoHash, "infoHash");
        }

        @Override
        public int wireSize() {
            return KrpcSizes.query("get_peers", KrpcSizes.ID_ENTRY + KrpcSizes.idEntry("info_hash"));
        }

        @Override
        public boolean isQuery() {
            return true;
        }
    }

    /**
     * {@code announce_peer} query: the sender downloads {@code infoHash} on {@code port} (or, with
     * {@code impliedPort}, on the datagram's source port); {@code token} is from an earlier
     * get_peers reply of the receiver.
     */
    record AnnouncePeer(int transactionId, NodeId sender, NodeId infoHash, int port, int token, boolean impliedPort)
            implements KrpcMessage {
        public AnnouncePeer {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(infoHash, "infoHash");
            checkPort(port);
        }

        @Override
        public int wireSize() {
            int args = KrpcSizes.ID_ENTRY
                    + (impliedPort ? KrpcSizes.string("implied_port") + KrpcSizes.integer(1) : 0)
                    + KrpcSizes.idEntry("info_hash")
                    + KrpcSizes.string("port") + KrpcSizes.integer(port)
                    + KrpcSizes.string("token") + KrpcSizes.string(TOKEN_BYTES);
            return KrpcSizes.query("announce_peer", args);
        }

        @Override
        public boolean isQuery() {
            return true;
        }
    }

    /** Reply carrying only the responder's id: the answer to ping and to announce_peer. */
    record IdResponse(int transactionId, NodeId sender) implements KrpcMessage {
        public IdResponse {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
        }

        @Override
        public int wireSize() {
            return KrpcSizes.response(KrpcSizes.ID_ENTRY);
        }
    }

    /** Reply to find_node: the responder's closest contacts as compact node info. */
    record NodesResponse(int transactionId, NodeId sender, NodeId[] nodeIds, int[] nodeAddresses)
            implements KrpcMessage {
        public NodesResponse {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
            checkSameLength(nodeIds, nodeAddresses);
        }

        @Override
        public int wireSize() {
            return KrpcSizes.response(KrpcSizes.ID_ENTRY + KrpcSizes.string("nodes")
                    + KrpcSizes.string(COMPACT_NODE_BYTES * nodeIds.length));
        }
    }

    /**
     * Reply to get_peers: a token, and the peers stored for the info-hash ({@code values}, omitted
     * when there are none) and/or the responder's closest contacts ({@code nodes}, omitted when
     * there are none and peers are returned). Peers are network addresses with their ports.
     */
    record PeersResponse(int transactionId, NodeId sender, int token, int[] peerAddresses, int[] peerPorts,
                         NodeId[] nodeIds, int[] nodeAddresses) implements KrpcMessage {
        public PeersResponse {
            checkTid(transactionId);
            Objects.requireNonNull(sender, "sender");
            if (peerAddresses.length != peerPorts.length) {
                throw new IllegalArgumentException("peer addresses and ports differ in length: "
                        + peerAddresses.length + " vs " + peerPorts.length);
            }
            checkSameLength(nodeIds, nodeAddresses);
        }

        /** Whether the {@code nodes} key is written (always unless peers are returned and no nodes). */
        public boolean hasNodesKey() {
            return nodeIds.length > 0 || peerAddresses.length == 0;
        }

        @Override
        public int wireSize() {
            int values = KrpcSizes.ID_ENTRY;
            if (hasNodesKey()) {
                values += KrpcSizes.string("nodes") + KrpcSizes.string(COMPACT_NODE_BYTES * nodeIds.length);
            }
            values += KrpcSizes.string("token") + KrpcSizes.string(TOKEN_BYTES);
            if (peerAddresses.length > 0) {
                values += KrpcSizes.string("values") + 2 + peerAddresses.length * KrpcSizes.string(COMPACT_PEER_BYTES);
            }
            return KrpcSizes.response(values);
        }
    }

    /** Error reply ({@code y=e}): a code (201 generic, 202 server, 203 protocol, 204 method unknown) and text. */
    record ErrorReply(int transactionId, int code, String text) implements KrpcMessage {
        /** Code of a protocol error, such as a bad token. */
        public static final int PROTOCOL_ERROR = 203;

        public ErrorReply {
            checkTid(transactionId);
            Objects.requireNonNull(text, "text");
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0x7F) {
                    throw new IllegalArgumentException("error text must be ASCII, got '" + text + "'");
                }
            }
        }

        @Override
        public NodeId sender() {
            return null;
        }

        @Override
        public int wireSize() {
            // d 1:e l i<code>e <text> e 1:t 2:tt 1:y 1:e e
            return 1 + 3 + 1 + KrpcSizes.integer(code) + KrpcSizes.string(text.length()) + 1
                    + 3 + KrpcSizes.string(TRANSACTION_ID_BYTES) + 3 + 3 + 1;
        }
    }

    private static void checkTid(int tid) {
        if (tid < 0 || tid > 0xFFFF) {
            throw new IllegalArgumentException("transaction id must be 0..65535 (2 bytes), got " + tid);
        }
    }

    private static void checkPort(int port) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
    }

    private static void checkSameLength(NodeId[] ids, int[] addresses) {
        if (ids.length != addresses.length) {
            throw new IllegalArgumentException("node ids and addresses differ in length: "
                    + ids.length + " vs " + addresses.length);
        }
    }
}
