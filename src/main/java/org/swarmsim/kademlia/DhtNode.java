package org.swarmsim.kademlia;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OverlayNode;
import org.swarmsim.overlay.RpcEndpoint;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * A BEP 5 DHT node on a simulated host: answers ping, find_node, get_peers and announce_peer,
 * keeps a {@link RoutingTable}, runs iterative lookups ({@link FindNodeLookup},
 * {@link GetPeersLookup}, {@link AnnounceLookup}, {@link BucketRefresh} over the pure
 * {@link Lookup}), stores announced peers ({@link PeerStore}) with {@link Tokens}, and refreshes
 * buckets not touched for {@link DhtConfig#refreshIntervalNanos()}. KRPC messages travel as
 * {@link org.swarmsim.net.Datagrams datagrams} through the node's
 * {@link RpcEndpoint} (transaction ids, pending queries, timeouts, traffic counters).
 *
 * <ul>
 *   <li>Every node heard from (query or answer) is offered to the routing table; a full bucket
 *       pings its oldest contact before replacing it.</li>
 *   <li>A query unanswered after {@link DhtConfig#queryTimeoutNanos()} counts as a failure of the
 *       contact; after {@link DhtConfig#badAfterFailures()} in a row the contact is bad and
 *       replaced.</li>
 *   <li>Tokens: {@code hash(secret of the 5-minute epoch, requester address)}; a token is accepted
 *       in its epoch and the next, so it stays valid between 5 and 10 minutes.</li>
 *   <li>Stored peers expire {@link DhtConfig#peerTtlNanos()} after their last announce.</li>
 *   <li>{@link #leave()} drops every pending query and running lookup (their callbacks never run)
 *       but keeps the routing table, so a node {@link #join rejoins} with the same id and its old,
 *       possibly stale, contacts.</li>
 * </ul>
 */
public final class DhtNode implements OverlayNode {
    private final DhtNetwork dht;
    private final DhtConfig config;
    private final NodeId id;
    private final Node host;
    private final Scheduler scheduler;
    private final RandomStream random;
    private final RoutingTable table;
    private final Tokens tokens;
    private final PeerStore peers = new PeerStore();
    private final RpcEndpoint<KrpcMessage, Traversal> rpc;
    private boolean online;
    private Timer refreshTimer;

    DhtNode(DhtNetwork dht, NodeId id, Node host, RandomStream random) {
        this.dht = dht;
        this.config = dht.config();
        this.id = Objects.requireNonNull(id, "id");
        this.host = Objects.requireNonNull(host, "host");
        this.scheduler = dht.scheduler();
        this.random = Objects.requireNonNull(random, "random");
        this.table = new RoutingTable(id, config.k(), config.badAfterFailures(), scheduler.now());
        this.tokens = new Tokens(random.nextLong(), config.tokenRotationNanos());
        this.rpc = new RpcEndpoint<>(scheduler, dht.datagrams(), host, KrpcMessage.class, config.queryTimeoutNanos(),
                new Krpc());
    }

    public NodeId id() {
        return id;
    }

    /** The network host this node runs on; its id is the node's address. */
    public Node host() {
        return host;
    }

    public int address() {
        return host.id();
    }

    public RoutingTable routingTable() {
        return table;
    }

    @Override
    public int routingTableSize() {
        return table.size();
    }

    @Override
    public boolean isOnline() {
        return online;
    }

    /**
     * Goes online and bootstraps: a find_node lookup of the own id, seeded with the routing table's
     * contacts and the given bootstrap nodes (whose ids the simulator knows), then the farther
     * buckets are filled ({@link BucketRefresh#fillFartherBuckets}). {@code done} (may be null)
     * receives the join lookup's result.
     */
    public void join(List<DhtNode> bootstrap, Consumer<LookupResult> done) {
        if (online) {
            throw new IllegalStateException(this + " is already online");
        }
        online = true;
        rpc.open();
        if (!host.isOnline()) {
            dht.network().setOnline(host, true);
        }
        dht.onOnlineChanged(this, true);
        if (config.refreshIntervalNanos() > 0) {
            if (refreshTimer == null) {
                long period = Math.max(1, config.refreshIntervalNanos() / 5);
                refreshTimer = Timer.periodic(scheduler, period, this::refresh);
            }
            refreshTimer.start(1 + random.nextLong(Math.max(1, config.refreshIntervalNanos() / 5)));
        }
        FindNodeLookup join = new FindNodeLookup(this, id, r -> {
            BucketRefresh.fillFartherBuckets(this, r);
            if (done != null) {
                done.accept(r);
            }
        });
        join.seed();
        for (DhtNode b : bootstrap) {
            if (b != this) {
                join.lookup().addCandidate(b.id(), b.address(), 1);
            }
        }
        join.drive();
    }

    /** Goes offline: pending queries and lookups are dropped, the routing table is kept. */
    public void leave() {
        if (!online) {
            throw new IllegalStateException(this + " is already offline");
        }
        online = false;
        rpc.close();
        table.clearPendingPings();
        if (refreshTimer != null) {
            refreshTimer.cancel();
        }
        dht.network().setOnline(host, false);
        dht.onOnlineChanged(this, false);
    }

    /** An iterative find_node lookup of {@code target}; {@code done} (may be null) gets the result. */
    public void lookup(NodeId target, Consumer<LookupResult> done) {
        checkOnline();
        start(new FindNodeLookup(this, target, done));
    }

    /** An iterative get_peers lookup of {@code infoHash}: the result lists the peers found. */
    public void getPeers(NodeId infoHash, Consumer<LookupResult> done) {
        checkOnline();
        start(new GetPeersLookup(this, infoHash, done));
    }

    /**
     * A get_peers lookup of {@code infoHash}, then announce_peer with {@code port} to every one of
     * the k closest nodes that answered (with the token each gave). {@code done} (may be null)
     * gets the get_peers result, so announcing also finds peers.
     */
    public void announcePeer(NodeId infoHash, int port, Consumer<LookupResult> done) {
        checkOnline();
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
        start(new AnnounceLookup(this, infoHash, port, done));
    }

    /** {@link #announcePeer(NodeId, int, Consumer)} without a callback. */
    public void announcePeer(NodeId infoHash, int port) {
        announcePeer(infoHash, port, null);
    }

    /** Peers stored here for {@code infoHash} and not expired (addresses). */
    public int storedPeerCount(NodeId infoHash) {
        return peers.count(infoHash, scheduler.now());
    }

    public long messagesSent() {
        return rpc.messagesSent();
    }

    public long bytesSent() {
        return rpc.bytesSent();
    }

    public long messagesReceived() {
        return rpc.messagesReceived();
    }

    public long bytesReceived() {
        return rpc.bytesReceived();
    }

    /** Queries of this node that timed out. */
    public long queryTimeouts() {
        return rpc.timeouts();
    }

    /** Queries waiting for an answer. */
    public int pendingQueries() {
        return rpc.waitingCount();
    }

    // ---------------------------------------------------------------- what the lookups use

    DhtNetwork network() {
        return dht;
    }

    DhtConfig config() {
        return config;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    RandomStream random() {
        return random;
    }

    RpcEndpoint<KrpcMessage, Traversal> rpc() {
        return rpc;
    }

    /** Scratch arrays of 2k entries for closest-contact queries, shared by the network's nodes (not reentrant). */
    NodeId[] scratchIds() {
        return dht.scratchIds();
    }

    int[] scratchAddresses() {
        return dht.scratchAddresses();
    }

    private static void start(Traversal t) {
        t.seed();
        t.drive();
    }

    /** The refresh timer: stale buckets get a lookup, expired peers are dropped. */
    private void refresh() {
        BucketRefresh.refreshStale(this, config.refreshIntervalNanos());
        peers.purge(scheduler.now());
    }

    // ---------------------------------------------------------------- BEP 5 handlers

    /** The node's side of KRPC: answers queries, hands answers and timeouts to their lookups. */
    private final class Krpc implements RpcEndpoint.Handler<KrpcMessage, Traversal> {
        @Override
        public void onQuery(Node from, KrpcMessage query) {
            heardFrom(query.sender(), from.id());
            answer(query, from);
        }

        @Override
        public void onAnswer(Node from, KrpcMessage answer, NodeId contact, Traversal lookup) {
            if (dht.observer() != null) {
                dht.observer().onAnswerReceived(lookup == null ? -1 : lookup.number(), from.id(), host.id(), answer);
            }
            if (answer instanceof KrpcMessage.ErrorReply) {
                return;
            }
            heardFrom(answer.sender(), from.id());
            if (lookup != null && !lookup.isFinished()) {
                lookup.onAnswer(answer);
            }
        }

        @Override
        public void onTimeout(NodeId contact, int address, Traversal lookup) {
            if (dht.observer() != null) {
                dht.observer().onQueryTimedOut(lookup == null ? -1 : lookup.number(), host.id(), address, contact);
            }
            table.onFailure(contact, address, scheduler.now());
            if (lookup != null && !lookup.isFinished()) {
                lookup.onTimeout(contact);
            }
        }
    }

    private void answer(KrpcMessage q, Node from) {
        int tid = q.transactionId();
        KrpcMessage reply;
        NodeId[] scratchIds = dht.scratchIds();
        int[] scratchAddresses = dht.scratchAddresses();
        if (q instanceof KrpcMessage.Ping) {
            reply = new KrpcMessage.IdResponse(tid, id);
        } else if (q instanceof KrpcMessage.FindNode f) {
            int n = table.closest(f.target(), config.k(), scratchIds, scratchAddresses);
            reply = new KrpcMessage.NodesResponse(tid, id, Arrays.copyOf(scratchIds, n), Arrays.copyOf(scratchAddresses, n));
        } else if (q instanceof KrpcMessage.GetPeers g) {
            int n = table.closest(g.infoHash(), config.k(), scratchIds, scratchAddresses);
            PeerStore.Peers s = peers.get(g.infoHash(), scheduler.now());
            int[] pa = new int[0];
            int[] pp = pa;
            if (s != null) {
                int m = Math.min(s.size(), config.maxPeersPerReply());
                pa = s.addresses(m);
                pp = s.ports(m);
            }
            reply = new KrpcMessage.PeersResponse(tid, id, tokens.issue(from.id(), scheduler.now()), pa, pp,
                    Arrays.copyOf(scratchIds, n), Arrays.copyOf(scratchAddresses, n));
        } else if (q instanceof KrpcMessage.AnnouncePeer ap) {
            if (!tokens.accepts(ap.token(), from.id(), scheduler.now())) {
                reply = new KrpcMessage.ErrorReply(tid, KrpcMessage.ErrorReply.PROTOCOL_ERROR, "bad token");
            } else {
                long now = scheduler.now();
                peers.put(ap.infoHash(), from.id(), ap.impliedPort() ? KrpcCodec.DEFAULT_PORT : ap.port(),
                        now + config.peerTtlNanos(), now);
                reply = new KrpcMessage.IdResponse(tid, id);
            }
        } else {
            return;
        }
        rpc.send(from, reply);
    }

    private void heardFrom(NodeId sender, int address) {
        if (table.offer(sender, address, scheduler.now()) == RoutingTable.Insertion.PING_OLDEST) {
            int tid = rpc.nextTransactionId();
            KrpcMessage.Ping ping = new KrpcMessage.Ping(tid, id);
            if (dht.observer() != null) {
                dht.observer().onQuerySent(-1, host.id(), table.pingTarget(), table.pingTargetId(), 0, ping);
            }
            rpc.query(table.pingTargetId(), table.pingTarget(), ping, null);
        }
    }

    private void checkOnline() {
        if (!online) {
            throw new IllegalStateException(this + " is offline: join first");
        }
    }

    @Override
    public String toString() {
        return "DhtNode[" + host.id() + " " + id + "]";
    }
}
