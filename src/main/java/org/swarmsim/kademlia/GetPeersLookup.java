package org.swarmsim.kademlia;

import java.util.function.Consumer;
import org.swarmsim.overlay.NodeId;

/**
 * An iterative get_peers lookup of an info-hash: the k closest nodes (with the token each gave)
 * and every peer their answers listed, reported to the network's listeners and to {@code done}
 * (may be null).
 */
class GetPeersLookup extends Traversal {
    private final Consumer<LookupResult> done;

    GetPeersLookup(DhtNode node, NodeId infoHash, Consumer<LookupResult> done) {
        super(node, infoHash, node.config().termination());
        this.done = done;
    }

    @Override
    final KrpcMessage query(int tid) {
        return new KrpcMessage.GetPeers(tid, node.id(), lookup().target());
    }

    @Override
    final void done() {
        LookupResult r = report(LookupResult.Kind.GET_PEERS);
        afterResult(r);
        if (done != null) {
            done.accept(r);
        }
    }

    /** Runs after the result is reported and before {@code done} hears of it; default nothing. */
    void afterResult(LookupResult r) {
    }

    @Override
    String kindName() {
        return "get_peers";
    }
}
