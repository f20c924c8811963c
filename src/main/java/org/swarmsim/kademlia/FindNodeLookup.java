package org.swarmsim.kademlia;

import java.util.function.Consumer;
import org.swarmsim.overlay.NodeId;

/**
 * An iterative find_node lookup: the k closest nodes to the target, reported to the network's
 * listeners and to {@code done} (may be null). A join is one, of the node's own id.
 */
final class FindNodeLookup extends Traversal {
    private final Consumer<LookupResult> done;

    FindNodeLookup(DhtNode node, NodeId target, Consumer<LookupResult> done) {
        super(node, target, node.config().termination());
        this.done = done;
    }

    @Override
    KrpcMessage query(int tid) {
        return new KrpcMessage.FindNode(tid, node.id(), lookup().target());
    }

    @Override
    void done() {
        LookupResult r = report(LookupResult.Kind.FIND_NODE);
        if (done != null) {
            done.accept(r);
        }
    }

    @Override
    String kindName() {
        return "find_node";
    }
}
