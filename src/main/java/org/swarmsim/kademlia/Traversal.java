package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/**
 * One running iterative lookup of a {@link DhtNode}, after libtorrent's
 * {@code traversal_algorithm}: it drives the pure {@link Lookup} state machine over the node's
 * RPC endpoint, sending the queries the lookup asks for, feeding it answers and timeouts, and
 * finishing when it is done. Each kind of lookup is a subclass that says which query it sends
 * and what happens at the end: {@link FindNodeLookup}, {@link GetPeersLookup},
 * {@link AnnounceLookup}, {@link BucketRefresh}.
 *
 * <p>Use: construct, {@link #seed()} from the routing table, optionally add more candidates to
 * {@link #lookup()}, then {@link #drive()}. A lookup whose node leaves is simply never driven
 * again (its queries are dropped with the node's pending table).
 */
abstract class Traversal {
    final DhtNode node;
    private final Lookup lookup;
    private final long startNanos;
    private final int number;
    private boolean finished;
    private boolean started;
    private LookupResult result;

    Traversal(DhtNode node, NodeId target, Termination termination) {
        this.node = node;
        DhtConfig c = node.config();
        this.lookup = new Lookup(target, node.id(), c.k(), c.alpha(), termination);
        this.startNanos = node.scheduler().now();
        this.number = node.network().nextLookupNumber();
    }

    /** The lookup's number over the network, in start order (see {@link KrpcObserver}). */
    final int number() {
        return number;
    }

    /** What {@link KrpcObserver#onLookupStarted} calls this kind: find_node, get_peers, announce, refresh. */
    abstract String kindName();

    /** The query this kind of lookup sends, with transaction id {@code tid}. */
    abstract KrpcMessage query(int tid);

    /** The lookup is done (not called if it stopped early, see {@link #stopsEarly()}). */
    abstract void done();

    /** Whether to stop before sending more queries, without {@link #done()}; default never. */
    boolean stopsEarly() {
        return false;
    }

    final Lookup lookup() {
        return lookup;
    }

    final boolean isFinished() {
        return finished;
    }

    /**
     * Marks the bucket covering the target as touched and adds the routing table's closest good
     * contacts (up to 2k) at depth 1.
     */
    final void seed() {
        NodeId target = lookup.target();
        RoutingTable table = node.routingTable();
        table.touch(target, node.scheduler().now());
        NodeId[] ids = node.scratchIds();
        int[] addresses = node.scratchAddresses();
        int n = table.closest(target, ids.length, ids, addresses);
        for (int i = 0; i < n; i++) {
            lookup.addCandidate(ids[i], addresses[i], 1);
        }
    }

    /** Sends every query the lookup allows now; finishes if it is done. */
    final void drive() {
        if (finished) {
            return;
        }
        KrpcObserver observer = node.network().observer();
        if (observer != null && !started) {
            started = true;
            observer.onLookupStarted(number, node.address(), lookup.target(), kindName());
        }
        if (stopsEarly()) {
            finished = true;
            if (observer != null) {
                finishedFor(observer, true);
            }
            return;
        }
        for (int i = lookup.nextToQuery(); i >= 0; i = lookup.nextToQuery()) {
            NodeId to = lookup.candidateId(i);
            int address = lookup.candidateAddress(i);
            int tid = node.rpc().nextTransactionId();
            KrpcMessage q = query(tid);
            if (observer != null) {
                observer.onQuerySent(number, node.address(), address, to, lookup.candidateDepth(i), q);
            }
            node.rpc().query(to, address, q, this);
        }
        if (lookup.isDone()) {
            finished = true;
            done();
            if (observer != null) {
                finishedFor(observer, false);
            }
        }
    }

    private void finishedFor(KrpcObserver observer, boolean stoppedEarly) {
        NodeId[] closest = new NodeId[Math.min(1, lookup.resultCount())];
        if (closest.length > 0) {
            NodeId[] ids = new NodeId[lookup.resultCount()];
            lookup.result(ids, new int[ids.length], new int[ids.length]);
            closest[0] = ids[0];
        }
        Boolean success = result != null && node.network().judgesLookups() ? result.success() : null;
        observer.onLookupFinished(number, node.address(), lookup.rounds(), lookup.messagesSent(), lookup.timeouts(),
                closest.length > 0 ? closest[0] : null, success, stoppedEarly);
    }

    /**
     * An answer to one of this lookup's queries (not an error): the answering node and the nodes
     * it names join the shortlist, get_peers peers are collected, nodes named are offered to the
     * routing table when the node learns from replies, and the lookup goes on.
     */
    final void onAnswer(KrpcMessage m) {
        int depth = lookup.onResponse(m.sender(), m instanceof KrpcMessage.PeersResponse pr ? pr.token() : 0);
        if (depth >= 0) {
            NodeId[] ids;
            int[] addresses;
            if (m instanceof KrpcMessage.NodesResponse nr) {
                ids = nr.nodeIds();
                addresses = nr.nodeAddresses();
            } else if (m instanceof KrpcMessage.PeersResponse pr) {
                ids = pr.nodeIds();
                addresses = pr.nodeAddresses();
                lookup.addPeers(pr.peerAddresses(), pr.peerPorts());
            } else {
                ids = new NodeId[0];
                addresses = new int[0];
            }
            boolean learn = node.config().learnFromReplies();
            long now = node.scheduler().now();
            RoutingTable table = node.routingTable();
            for (int i = 0; i < ids.length; i++) {
                lookup.addCandidate(ids[i], addresses[i], depth + 1);
                if (learn) {
                    table.offerHeardAbout(ids[i], addresses[i], now);
                }
            }
        }
        drive();
    }

    /** The query to {@code contact} timed out: it leaves the shortlist's window and the lookup goes on. */
    final void onTimeout(NodeId contact) {
        lookup.onTimeout(contact);
        drive();
    }

    /** The result (closest answered nodes, peers found), judged and handed to the network's listeners. */
    final LookupResult report(LookupResult.Kind kind) {
        int n = lookup.resultCount();
        NodeId[] ids = new NodeId[n];
        int[] addresses = new int[n];
        int[] tokens = new int[n];
        lookup.result(ids, addresses, tokens);
        result = node.network().completed(node, kind, lookup, startNanos, ids, addresses, tokens);
        return result;
    }
}
