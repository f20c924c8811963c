package org.swarmsim.kademlia;

import java.util.function.Consumer;
import org.swarmsim.overlay.NodeId;

/**
 * BEP 5 announce: a get_peers lookup of the info-hash, then announce_peer with {@code port} to
 * every one of the k closest nodes that answered, with the token each gave (answers to the
 * announces only refresh the routing table). {@code done} gets the get_peers result, so
 * announcing also finds peers.
 */
final class AnnounceLookup extends GetPeersLookup {
    private final int port;

    AnnounceLookup(DhtNode node, NodeId infoHash, int port, Consumer<LookupResult> done) {
        super(node, infoHash, done);
        this.port = port;
    }

    @Override
    void afterResult(LookupResult r) {
        NodeId[] ids = r.closestIds();
        int[] addresses = r.closestAddresses();
        int[] tokens = r.tokens();
        for (int i = 0; i < ids.length; i++) {
            int tid = node.rpc().nextTransactionId();
            KrpcMessage q = new KrpcMessage.AnnouncePeer(tid, node.id(), lookup().target(), port, tokens[i], false);
            if (node.network().observer() != null) {
                node.network().observer().onQuerySent(-1, node.address(), addresses[i], ids[i], 0, q);
            }
            node.rpc().query(ids[i], addresses[i], q, null);
        }
    }

    @Override
    String kindName() {
        return "announce";
    }
}
