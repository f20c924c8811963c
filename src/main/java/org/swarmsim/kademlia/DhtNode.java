package org.swarmsim.kademlia;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.swarmsim.net.DatagramListener;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * A BEP 5 DHT node on a simulated host: answers ping, find_node, get_peers and announce_peer,
 * keeps a {@link RoutingTable}, runs iterative {@link Lookup}s, stores announced peers, and
 * refreshes buckets not touched for {@link DhtConfig#refreshIntervalNanos()}. KRPC messages travel
 * as {@link org.swarmsim.net.Datagrams datagrams}.
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
public final class DhtNode implements DatagramListener {
    private static final byte PING = 0;
    private static final byte LOOKUP = 1;
    private static final byte ANNOUNCE = 2;

    private final DhtNetwork dht;
    private final DhtConfig config;
    private final NodeId id;
    private final Node host;
    private final Scheduler sim;
    private final RandomStream random;
    private final RoutingTable table;
    private final long tokenSeed;
    private boolean online;
    private int nextTid;
    private Pending[] pending = new Pending[4];
    private int pendingCount;
    private TreeMap<NodeId, PeerStore> peers;
    private Timer refreshTimer;
    private final NodeId[] scratchIds;
    private final int[] scratchAddresses;
    private long messagesSent;
    private long bytesSent;
    private long messagesReceived;
    private long bytesReceived;
    private long queryTimeouts;

    DhtNode(DhtNetwork dht, NodeId id, Node host, RandomStream random) {
        this.dht = dht;
        this.config = dht.config();
        this.id = Objects.requireNonNull(id, "id");
        this.host = Objects.requireNonNull(host, "host");
        this.sim = dht.scheduler();
        this.random = Objects.requireNonNull(random, "random");
        this.table = new RoutingTable(id, config.k(), config.badAfterFailures(), sim.now());
        this.tokenSeed = random.nextLong();
        this.scratchIds = new NodeId[2 * config.k()];
        this.scratchAddresses = new int[2 * config.k()];
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

    public boolean isOnline() {
        return online;
    }

    /**
     * Goes online and bootstraps: a find_node lookup of the own id, seeded with the routing table's
     * contacts and the given bootstrap nodes (whose ids the simulator knows). {@code done} (may be
     * null) receives the lookup's result.
     */
    public void join(List<DhtNode> bootstrap, Consumer<LookupResult> done) {
        if (online) {
            throw new IllegalStateException(this + " is already online");
        }
        online = true;
        if (!host.isOnline()) {
            dht.network().setOnline(host, true);
        }
        dht.onOnlineChanged(this, true);
        if (config.refreshIntervalNanos() > 0) {
            if (refreshTimer == null) {
                long period = Math.max(1, config.refreshIntervalNanos() / 5);
                refreshTimer = Timer.periodic(sim, period, this::refreshBuckets);
            }
            refreshTimer.start(1 + random.nextLong(Math.max(1, config.refreshIntervalNanos() / 5)));
        }
        Consumer<LookupResult> thenRefresh = r -> {
            refreshFartherBuckets(r);
            if (done != null) {
                done.accept(r);
            }
        };
        Active a = newActive(LookupResult.Kind.FIND_NODE, id, thenRefresh, 0);
        for (DhtNode b : bootstrap) {
            if (b != this) {
                a.lookup.addCandidate(b.id(), b.address(), 1);
            }
        }
        drive(a);
    }

    /** Goes offline: pending queries and lookups are dropped, the routing table is kept. */
    public void leave() {
        if (!online) {
            throw new IllegalStateException(this + " is already offline");
        }
        online = false;
        for (int i = 0; i < pendingCount; i++) {
            sim.cancel(pending[i].timeoutHandle);
            pending[i] = null;
        }
        pendingCount = 0;
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
        drive(newActive(LookupResult.Kind.FIND_NODE, target, done, 0));
    }

    /** An iterative get_peers lookup of {@code infoHash}: the result lists the peers found. */
    public void getPeers(NodeId infoHash, Consumer<LookupResult> done) {
        checkOnline();
        drive(newActive(LookupResult.Kind.GET_PEERS, infoHash, done, 0));
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
        drive(newActive(LookupResult.Kind.GET_PEERS, infoHash, done, port));
    }

    /** {@link #announcePeer(NodeId, int, Consumer)} without a callback. */
    public void announcePeer(NodeId infoHash, int port) {
        announcePeer(infoHash, port, null);
    }

    /** Peers stored here for {@code infoHash} and not expired (addresses). */
    public int storedPeerCount(NodeId infoHash) {
        PeerStore s = peers == null ? null : peers.get(infoHash);
        if (s == null) {
            return 0;
        }
        s.purge(sim.now());
        return s.size;
    }

    public long messagesSent() {
        return messagesSent;
    }

    public long bytesSent() {
        return bytesSent;
    }

    public long messagesReceived() {
        return messagesReceived;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    /** Queries of this node that timed out. */
    public long queryTimeouts() {
        return queryTimeouts;
    }

    /** Queries waiting for an answer. */
    public int pendingQueries() {
        return pendingCount;
    }

    // ---------------------------------------------------------------- lookups

    private Active newActive(LookupResult.Kind kind, NodeId target, Consumer<LookupResult> done, int announcePort) {
        Active a = new Active(new Lookup(target, id, config.k(), config.alpha(), config.termination()),
                kind, sim.now(), done, announcePort);
        seed(a);
        return a;
    }

    private void seed(Active a) {
        NodeId target = a.lookup.target();
        table.touch(target, sim.now());
        int n = table.closest(target, scratchIds.length, scratchIds, scratchAddresses);
        for (int i = 0; i < n; i++) {
            a.lookup.addCandidate(scratchIds[i], scratchAddresses[i], 1);
        }
    }

    private void drive(Active a) {
        if (a.finished) {
            return;
        }
        Lookup l = a.lookup;
        if (a.fillBucket >= 0 && table.bucket(a.fillBucket).isFull()) {
            a.finished = true;
            return;
        }
        for (int i = l.nextToQuery(); i >= 0; i = l.nextToQuery()) {
            NodeId to = l.candidateId(i);
            int address = l.candidateAddress(i);
            int tid = newTid();
            KrpcMessage q = a.kind == LookupResult.Kind.FIND_NODE
                    ? new KrpcMessage.FindNode(tid, id, l.target())
                    : new KrpcMessage.GetPeers(tid, id, l.target());
            send(tid, address, to, q, LOOKUP, a);
        }
        if (l.isDone()) {
            if (a.fillBucket >= 0) {
                a.finished = true;
            } else {
                finish(a);
            }
        }
    }

    private void finish(Active a) {
        a.finished = true;
        Lookup l = a.lookup;
        int n = l.resultCount();
        NodeId[] ids = new NodeId[n];
        int[] addresses = new int[n];
        int[] tokens = new int[n];
        l.result(ids, addresses, tokens);
        LookupResult r = dht.completed(this, a.kind, l, a.startNanos, ids, addresses, tokens);
        if (a.announcePort > 0) {
            for (int i = 0; i < n; i++) {
                int tid = newTid();
                send(tid, addresses[i], ids[i],
                        new KrpcMessage.AnnouncePeer(tid, id, l.target(), a.announcePort, tokens[i], false), ANNOUNCE, null);
            }
        }
        if (a.done != null) {
            a.done.accept(r);
        }
    }

    /**
     * After the join lookup, as in the Kademlia paper: refresh every bucket farther away than the
     * closest neighbour found, with a lookup of a random id in it that stops as soon as the bucket
     * is full (the nodes named in answers fill it) or at the first round without progress
     * ({@link Termination#NO_PROGRESS}). Such lookups are not reported to listeners.
     */
    private void refreshFartherBuckets(LookupResult joined) {
        if (!online || joined.closestIds().length == 0) {
            return;
        }
        int nearest = table.bucketIndex(joined.closestIds()[0]);
        for (int b = 0; b < nearest; b++) {
            Active a = new Active(new Lookup(table.randomIdInBucket(b, random), id, config.k(), config.alpha(),
                    Termination.NO_PROGRESS), LookupResult.Kind.FIND_NODE, sim.now(), null, 0);
            a.fillBucket = b;
            seed(a);
            drive(a);
        }
    }

    private void refreshBuckets() {
        long now = sim.now();
        for (int b = 0; b < table.bucketCount(); b++) {
            if (now - table.bucket(b).lastTouchedNanos() >= config.refreshIntervalNanos()) {
                drive(newActive(LookupResult.Kind.FIND_NODE, table.randomIdInBucket(b, random), null, 0));
            }
        }
        if (peers != null) {
            Iterator<Map.Entry<NodeId, PeerStore>> it = peers.entrySet().iterator();
            while (it.hasNext()) {
                PeerStore s = it.next().getValue();
                s.purge(now);
                if (s.size == 0) {
                    it.remove();
                }
            }
        }
    }

    // ---------------------------------------------------------------- messages

    @Override
    public void onDatagram(Node from, Message message) {
        if (!online || !(message instanceof KrpcMessage m)) {
            return;
        }
        messagesReceived++;
        bytesReceived += m.wireSize();
        int address = from.id();
        if (m.isQuery()) {
            heardFrom(m.sender(), address);
            answer(m, from);
            return;
        }
        Pending p = removePending(m.transactionId(), address);
        if (p == null) {
            return;   // late answer (after its timeout) or not ours
        }
        sim.cancel(p.timeoutHandle);
        if (m instanceof KrpcMessage.ErrorReply) {
            return;
        }
        heardFrom(m.sender(), address);
        Active a = p.lookup;
        if (a == null || a.finished) {
            return;
        }
        int depth = a.lookup.onResponse(m.sender(), m instanceof KrpcMessage.PeersResponse pr ? pr.token() : 0);
        if (depth >= 0) {
            NodeId[] ids;
            int[] addresses;
            if (m instanceof KrpcMessage.NodesResponse nr) {
                ids = nr.nodeIds();
                addresses = nr.nodeAddresses();
            } else if (m instanceof KrpcMessage.PeersResponse pr) {
                ids = pr.nodeIds();
                addresses = pr.nodeAddresses();
                a.lookup.addPeers(pr.peerAddresses(), pr.peerPorts());
            } else {
                ids = new NodeId[0];
                addresses = new int[0];
            }
            boolean learn = config.learnFromReplies();
            long now = sim.now();
            for (int i = 0; i < ids.length; i++) {
                a.lookup.addCandidate(ids[i], addresses[i], depth + 1);
                if (learn) {
                    table.offerHeardAbout(ids[i], addresses[i], now);
                }
            }
        }
        drive(a);
    }

    private void answer(KrpcMessage q, Node from) {
        int tid = q.transactionId();
        KrpcMessage reply;
        if (q instanceof KrpcMessage.Ping) {
            reply = new KrpcMessage.IdResponse(tid, id);
        } else if (q instanceof KrpcMessage.FindNode f) {
            int n = table.closest(f.target(), config.k(), scratchIds, scratchAddresses);
            reply = new KrpcMessage.NodesResponse(tid, id, Arrays.copyOf(scratchIds, n), Arrays.copyOf(scratchAddresses, n));
        } else if (q instanceof KrpcMessage.GetPeers g) {
            int n = table.closest(g.infoHash(), config.k(), scratchIds, scratchAddresses);
            PeerStore s = peers == null ? null : peers.get(g.infoHash());
            int[] pa = new int[0];
            int[] pp = pa;
            if (s != null) {
                s.purge(sim.now());
                int m = Math.min(s.size, config.maxPeersPerReply());
                pa = Arrays.copyOf(s.addresses, m);
                pp = Arrays.copyOf(s.ports, m);
            }
            reply = new KrpcMessage.PeersResponse(tid, id, token(from.id(), epoch()), pa, pp,
                    Arrays.copyOf(scratchIds, n), Arrays.copyOf(scratchAddresses, n));
        } else if (q instanceof KrpcMessage.AnnouncePeer ap) {
            long e = epoch();
            if (ap.token() != token(from.id(), e) && ap.token() != token(from.id(), e - 1)) {
                reply = new KrpcMessage.ErrorReply(tid, KrpcMessage.ErrorReply.PROTOCOL_ERROR, "bad token");
            } else {
                store(ap.infoHash(), from.id(), ap.impliedPort() ? KrpcCodec.DEFAULT_PORT : ap.port());
                reply = new KrpcMessage.IdResponse(tid, id);
            }
        } else {
            return;
        }
        transmit(from, reply);
    }

    private void store(NodeId infoHash, int address, int port) {
        if (peers == null) {
            peers = new TreeMap<>();
        }
        PeerStore s = peers.computeIfAbsent(infoHash, h -> new PeerStore());
        s.put(address, port, sim.now() + config.peerTtlNanos(), sim.now());
    }

    private long epoch() {
        return sim.now() / config.tokenRotationNanos();
    }

    /** The token this node gives {@code address} in token epoch {@code epoch}. */
    int token(int address, long epoch) {
        long z = tokenSeed ^ (epoch * 0x9E3779B97F4A7C15L) ^ ((long) address << 20);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    private void heardFrom(NodeId sender, int address) {
        if (table.offer(sender, address, sim.now()) == RoutingTable.Insertion.PING_OLDEST) {
            int tid = newTid();
            send(tid, table.pingTarget(), table.pingTargetId(), new KrpcMessage.Ping(tid, id), PING, null);
        }
    }

    private int newTid() {
        int t = nextTid;
        nextTid = (nextTid + 1) & 0xFFFF;
        return t;
    }

    private void send(int tid, int address, NodeId to, KrpcMessage q, byte kind, Active a) {
        Pending p = new Pending(tid, address, to, kind, a);
        if (pendingCount == pending.length) {
            pending = Arrays.copyOf(pending, pendingCount * 2);
        }
        pending[pendingCount++] = p;
        p.timeoutHandle = sim.schedule(config.queryTimeoutNanos(), p);
        transmit(dht.network().node(address), q);
    }

    private void transmit(Node to, KrpcMessage m) {
        messagesSent++;
        bytesSent += m.wireSize();
        dht.datagrams().send(host, to, m);
    }

    private Pending removePending(int tid, int address) {
        for (int i = 0; i < pendingCount; i++) {
            Pending p = pending[i];
            if (p.tid == tid && p.address == address) {
                removePendingAt(i);
                return p;
            }
        }
        return null;
    }

    private void removePendingAt(int i) {
        pending[i] = pending[--pendingCount];
        pending[pendingCount] = null;
    }

    private void timedOut(Pending p) {
        int i = 0;
        while (i < pendingCount && pending[i] != p) {
            i++;
        }
        if (i == pendingCount) {
            return;
        }
        removePendingAt(i);
        queryTimeouts++;
        table.onFailure(p.id, p.address, sim.now());
        if (p.lookup != null && !p.lookup.finished) {
            p.lookup.lookup.onTimeout(p.id);
            drive(p.lookup);
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

    /** A query waiting for its answer; also its own timeout event. */
    private final class Pending implements Runnable {
        final int tid;
        final int address;
        final NodeId id;
        final byte kind;
        final Active lookup;
        long timeoutHandle = Scheduler.NO_EVENT;

        Pending(int tid, int address, NodeId id, byte kind, Active lookup) {
            this.tid = tid;
            this.address = address;
            this.id = id;
            this.kind = kind;
            this.lookup = lookup;
        }

        @Override
        public void run() {
            timedOut(this);
        }
    }

    /** A running lookup of this node. */
    private static final class Active {
        final Lookup lookup;
        final LookupResult.Kind kind;
        final long startNanos;
        final Consumer<LookupResult> done;
        final int announcePort;
        boolean finished;
        /** For a bucket-filling lookup: the bucket whose filling ends it, else -1. */
        int fillBucket = -1;

        Active(Lookup lookup, LookupResult.Kind kind, long startNanos, Consumer<LookupResult> done, int announcePort) {
            this.lookup = lookup;
            this.kind = kind;
            this.startNanos = startNanos;
            this.done = done;
            this.announcePort = announcePort;
        }
    }

    /** Peers announced for one info-hash, with expiry times. */
    private static final class PeerStore {
        int[] addresses = new int[4];
        int[] ports = new int[4];
        long[] expires = new long[4];
        int size;

        void put(int address, int port, long expiresAt, long now) {
            purge(now);
            for (int i = 0; i < size; i++) {
                if (addresses[i] == address) {
                    ports[i] = port;
                    expires[i] = expiresAt;
                    return;
                }
            }
            if (size == addresses.length) {
                addresses = Arrays.copyOf(addresses, size * 2);
                ports = Arrays.copyOf(ports, size * 2);
                expires = Arrays.copyOf(expires, size * 2);
            }
            addresses[size] = address;
            ports[size] = port;
            expires[size++] = expiresAt;
        }

        void purge(long now) {
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (expires[i] > now) {
                    addresses[w] = addresses[i];
                    ports[w] = ports[i];
                    expires[w++] = expires[i];
                }
            }
            size = w;
        }
    }
}
