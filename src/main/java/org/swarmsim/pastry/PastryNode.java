package org.swarmsim.pastry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.OverlayNode;
import org.swarmsim.overlay.Participant;
import org.swarmsim.overlay.RpcEndpoint;
import org.swarmsim.pastry.PastryMessage.Ack;
import org.swarmsim.pastry.PastryMessage.Announce;
import org.swarmsim.pastry.PastryMessage.EntryReply;
import org.swarmsim.pastry.PastryMessage.EntryRequest;
import org.swarmsim.pastry.PastryMessage.GetReply;
import org.swarmsim.pastry.PastryMessage.JoinReply;
import org.swarmsim.pastry.PastryMessage.KeepAlive;
import org.swarmsim.pastry.PastryMessage.LeafSetReply;
import org.swarmsim.pastry.PastryMessage.LeafSetRequest;
import org.swarmsim.pastry.PastryMessage.NeighbourhoodReply;
import org.swarmsim.pastry.PastryMessage.Replicate;
import org.swarmsim.pastry.PastryMessage.Route;
import org.swarmsim.pastry.PastryMessage.RowCopy;
import org.swarmsim.pastry.PastryMessage.StateReply;
import org.swarmsim.pastry.PastryMessage.StateRequest;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;

/**
 * One Pastry node (Rowstron and Druschel, Middleware 2001): its {@link NodeState}, the routing of
 * messages hop by hop with an acknowledgement per hop, the join protocol, failure detection and
 * repair, and a small PAST-like store. Every message is a datagram of {@link PastryMessage} over
 * an {@link RpcEndpoint}; a one-way message is sent as a query that nobody answers.
 *
 * <ul>
 *   <li><b>Join.</b> The new node X sends a join message with key X's id to a nearby node A
 *       ({@link Bootstrap}); A sends X its neighbourhood set; the message is routed to Z, the live
 *       node numerically closest to X, and every node on the way adds the rows of its routing
 *       table that X can use (rows from the hop number up to the digits it shares with X) and
 *       itself to the path; Z sends X the rows, the path and its leaf set. X offers every node it
 *       received to its state (proximity neighbour selection keeps the nearest per entry), then
 *       announces itself: it sends its state to every node it knows, and the members of its leaf
 *       set answer with theirs, so that concurrent joins find each other. Then (the locality stage,
 *       if configured) it asks every node of its routing table and neighbourhood set for theirs and
 *       keeps any candidate nearer than what it has.</li>
 *   <li><b>Routing.</b> {@link Router}; each hop waits {@code hopTimeout} for its ack, and when
 *       it times out the next node is presumed dead, forgotten, and the message routed again from
 *       here.</li>
 *   <li><b>Failures.</b> A dead leaf is replaced by asking the farthest live leaf on that side for
 *       its leaf set; a dead routing-table entry (row l, column d) is replaced by asking the other
 *       entries of row l, then of row l + 1, for their entry (l, d) (lazy repair). Every
 *       keep-alive period a node sends a keep-alive to each leaf; a leaf silent for 2.5 periods is
 *       probed, and presumed dead if the probe times out.</li>
 *   <li><b>Store.</b> An insert is stored at the key's root and pushed to the k - 1 members of the
 *       root's leaf set closest to the key; whenever a holder's leaf set changes it pushes its keys
 *       to any new member of its k closest. A get is answered by the first node on its route
 *       that holds a replica.</li>
 * </ul>
 * A node that leaves does so silently and forgets everything; when it comes back it joins again
 * with the same id.
 */
public final class PastryNode implements RpcEndpoint.Handler<PastryMessage, Object>, Participant, OverlayNode {
    private static final Object ANNOUNCED = "announce";
    private static final Object PROBE = "probe";
    private static final Object REFINE = "refine";
    private static final int LARGER = 0;
    private static final int SMALLER = 1;

    private final int address;
    private final Node host;
    private final Network network;
    private final Scheduler scheduler;
    private final KnownIds ids;
    private final long hi;
    private final long lo;
    private final PastryConfig config;
    private final Proximity proximity;
    private final RandomStream random;
    private final PastryObserver observer;
    private final Bootstrap bootstrap;
    private final RpcEndpoint<PastryMessage, Object> rpc;
    private final NodeState state;
    private final Runnable keepaliveTask = this::keepAliveTick;
    private final Runnable joinTimeoutTask = this::joinTimedOut;
    private final DeadNodes dead = new DeadNodes();
    private final boolean[] leafRepairing = new boolean[2];
    private final List<TableRepair> repairs = new ArrayList<>(0);
    private StoredValues store;
    private boolean online;
    private boolean ready;
    private boolean keepAlives;
    private int joinFirstHop = -1;
    private int[] joinNeighbours;
    private JoinReply joinReply;
    private int joinLast = -1;
    private long joinTimer = Scheduler.NO_EVENT;
    private long keepaliveTimer = Scheduler.NO_EVENT;

    /**
     * A node at {@code host} (whose network id is its address, and whose Pastry id is in
     * {@code ids}), not yet joined. It binds itself to {@code datagrams}.
     */
    public PastryNode(Node host, Datagrams datagrams, KnownIds ids, PastryConfig config, Proximity proximity,
                      Bootstrap bootstrap, PastryObserver observer, RandomStream random) {
        this.address = host.id();
        this.host = host;
        this.network = host.network();
        this.scheduler = network.scheduler();
        this.ids = ids;
        this.hi = ids.hi(address);
        this.lo = ids.lo(address);
        this.config = config;
        this.proximity = proximity;
        this.bootstrap = bootstrap;
        this.observer = observer;
        this.random = random;
        this.state = new NodeState(ids, address, config.bitsPerDigit(), config.leafSetSize(),
                config.neighbourhoodSize(), config.selection());
        this.rpc = new RpcEndpoint<>(scheduler, datagrams, host, PastryMessage.class, config.hopTimeoutNanos(), this);
        datagrams.bind(host, rpc);
    }

    /** This node's address (its network node id). */
    public int address() {
        return address;
    }

    public Node host() {
        return host;
    }

    /** What this node knows now. */
    public NodeState state() {
        return state;
    }

    /** Whether it has finished joining (it routes, and may be a key's root). */
    public boolean isReady() {
        return ready;
    }

    @Override
    public boolean isOnline() {
        return online;
    }

    @Override
    public int routingTableSize() {
        return state.table().filled();
    }

    /** Values this node holds (as root or replica). */
    public int storedValues() {
        return store == null ? 0 : store.size();
    }

    /** Whether it holds the value of the key (kh, kl). */
    public boolean holds(long kh, long kl) {
        return store != null && store.contains(kh, kl);
    }

    /** Starts the first join (the node must not have joined before). */
    public void join() {
        if (online) {
            throw new IllegalStateException("node " + address + " has already joined");
        }
        online = true;
        rpc.open();
        startJoin();
    }

    @Override
    public void goOnline() {
        if (online) {
            throw new IllegalStateException("node " + address + " is online");
        }
        network.setOnline(host, true);
        join();
    }

    @Override
    public void goOffline() {
        if (!online) {
            throw new IllegalStateException("node " + address + " is offline");
        }
        observer.onLeft(this);
        online = false;
        ready = false;
        scheduler.cancel(keepaliveTimer);
        scheduler.cancel(joinTimer);
        keepaliveTimer = Scheduler.NO_EVENT;
        joinTimer = Scheduler.NO_EVENT;
        rpc.close();
        network.setOnline(host, false);
        state.clear();
        store = null;
        dead.clear();
        leafRepairing[LARGER] = false;
        leafRepairing[SMALLER] = false;
        repairs.clear();
        joinNeighbours = null;
        joinReply = null;
    }

    /**
     * Routes a message for the key (kh, kl) from this node (which must be ready): a lookup, an
     * insert of {@code valueBytes}, or a get. Returns its trace.
     */
    public RouteTrace route(RouteOp op, long kh, long kl, int valueBytes, long traceId) {
        if (!ready || op == RouteOp.JOIN) {
            throw new IllegalStateException("node " + address + " cannot route a " + op + (ready ? "" : ": not joined"));
        }
        RouteTrace trace = new RouteTrace(traceId, op, address, kh, kl, scheduler.now());
        observer.onRouteStarted(trace);
        dispatch(new Route(0, op, kh, kl, 0, -1, List.of(), new int[0], valueBytes, trace));
        return trace;
    }

    // ---- join ---------------------------------------------------------------------------------

    private void startJoin() {
        joinNeighbours = null;
        joinReply = null;
        int a = bootstrap.nearby(address);
        if (a < 0 || a == address) {
            becomeReady();
            return;
        }
        joinFirstHop = a;
        RouteTrace trace = new RouteTrace(-1, RouteOp.JOIN, address, hi, lo, scheduler.now());
        trace.pendingKind = HopKind.TABLE;
        Route r = new Route(rpc.nextTransactionId(), RouteOp.JOIN, hi, lo, 0, address, List.of(), new int[0], 0, trace);
        query(a, r, r);
        scheduler.cancel(joinTimer);
        joinTimer = scheduler.schedule(config.joinTimeoutNanos(), joinTimeoutTask);
    }

    private void joinTimedOut() {
        joinTimer = Scheduler.NO_EVENT;
        if (online && !ready) {
            observer.onJoinRetry(this);
            startJoin();
        }
    }

    private void maybeFinishJoin() {
        if (ready || joinReply == null || joinNeighbours == null) {
            return;
        }
        scheduler.cancel(joinTimer);
        joinTimer = Scheduler.NO_EVENT;
        state.learnJoin(joinReply, joinLast, joinNeighbours, joinFirstHop, scheduler.now(), proximity);
        joinReply = null;
        joinNeighbours = null;
        becomeReady();
        announce();
        if (config.refineLocality()) {
            refineLocality();
        }
    }

    /**
     * The locality stage: every node of row r of the routing table is asked for its row r (whose
     * entries all fit this node's row r, and are near that node), every member of the
     * neighbourhood set for its neighbourhood set; the answers are offered to the table (and the
     * neighbourhood set), which keep whatever is nearer.
     */
    private void refineLocality() {
        RoutingTable t = state.table();
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                int e = t.get(r, c);
                if (e != RoutingTable.EMPTY) {
                    query(e, new StateRequest(rpc.nextTransactionId(), r), REFINE);
                }
            }
        }
        for (int m : state.neighbours().members()) {
            query(m, new StateRequest(rpc.nextTransactionId(), -1), REFINE);
        }
    }

    private void becomeReady() {
        ready = true;
        observer.onReady(this);
        scheduleFirstKeepAlive();
    }

    /**
     * Turns leaf-set keep-alives on from now (if the configuration has them): the first one at a
     * random time within a period, then every period, now and after every later join. A run turns
     * them on when its static build phase is over, so that a network of a million nodes built over
     * simulated days does not spend its events on keep-alives nobody needs yet.
     */
    public void startKeepAlives() {
        keepAlives = true;
        state.leaves().heardAll(scheduler.now());
        scheduleFirstKeepAlive();
    }

    private void scheduleFirstKeepAlive() {
        if (keepAlives && ready && config.keepaliveNanos() > 0 && keepaliveTimer == Scheduler.NO_EVENT) {
            keepaliveTimer = scheduler.schedule(1 + random.nextLong(config.keepaliveNanos()), keepaliveTask);
        }
    }

    /** Sends this node's state to every node it knows; the leaf set's members answer with theirs. */
    private void announce() {
        int[] leaves = state.leaves().members();
        List<RowCopy> rows = state.rowCopies();
        int[] neighbours = state.neighbours().members();
        int[] all = state.knownNodes();
        Announce oneWay = new Announce(0, false, leaves, rows, neighbours);
        for (int n : all) {
            if (state.leaves().contains(n)) {
                query(n, new Announce(rpc.nextTransactionId(), true, leaves, rows, neighbours), ANNOUNCED);
            } else {
                send(n, oneWay);
            }
        }
    }

    private void announceTo(int n) {
        query(n, new Announce(rpc.nextTransactionId(), true, state.leaves().members(), state.rowCopies(),
                state.neighbours().members()), ANNOUNCED);
    }

    // ---- routing ------------------------------------------------------------------------------

    /** Decides where {@code out} goes from here, and sends or delivers it. */
    private void dispatch(Route out) {
        if (out.op() == RouteOp.GET && holds(out.keyHi(), out.keyLo())) {
            deliver(out, true);
            return;
        }
        NextHop h = Router.next(state, out.keyHi(), out.keyLo());
        if (h.kind() == HopKind.DELIVER) {
            deliver(out, out.op() == RouteOp.GET && holds(out.keyHi(), out.keyLo()));
            return;
        }
        RouteTrace t = out.trace();
        t.pendingKind = h.kind();
        t.at = address;
        Route sent = new Route(rpc.nextTransactionId(), out.op(), out.keyHi(), out.keyLo(), out.hops(), out.joiner(),
                out.rows(), out.path(), out.valueBytes(), t);
        query(h.node(), sent, sent);
    }

    /** A routed message arrived (and was acknowledged). */
    private void arrive(int from, Route r) {
        RouteTrace t = r.trace();
        HopKind kind = t.pendingKind;
        t.hops++;
        t.travelledNanos += proximity.nanos(from, address);
        if (kind == HopKind.RARE) {
            t.rareHops++;
        }
        t.at = address;
        t.reached(address);
        observer.onHop(t, from, address, kind);
        if (r.hops() + 1 > config.maxHops()) {
            t.finished = true;
            observer.onDropped(t, address);
            return;
        }
        List<RowCopy> rows = r.rows();
        int[] path = r.path();
        if (r.op() == RouteOp.JOIN) {
            if (r.hops() == 0) {
                int[] m = state.neighbours().members();
                send(r.joiner(), new NeighbourhoodReply(0, m));
            }
            rows = state.joinRows(r.rows(), r.keyHi(), r.keyLo());
            path = Arrays.copyOf(path, path.length + 1);
            path[path.length - 1] = address;
        }
        dispatch(new Route(0, r.op(), r.keyHi(), r.keyLo(), r.hops() + 1, r.joiner(), rows, path, r.valueBytes(), t));
    }

    private void deliver(Route r, boolean found) {
        RouteTrace t = r.trace();
        t.finished = true;
        t.at = address;
        switch (r.op()) {
            case JOIN -> send(r.joiner(), new JoinReply(0, r.rows(), r.path(), state.leaves().members()));
            case INSERT -> storeValue(r.keyHi(), r.keyLo(), r.valueBytes(), -1);
            case GET -> {
                if (t.origin() != address) {
                    StoredValues.Stored s = store == null ? null : store.get(r.keyHi(), r.keyLo());
                    send(t.origin(), new GetReply(0, r.keyHi(), r.keyLo(), s == null ? -1 : s.valueBytes()));
                }
            }
            case LOOKUP -> {
            }
        }
        observer.onDelivered(t, address, found);
    }

    // ---- the RPC handler ----------------------------------------------------------------------

    @Override
    public void onQuery(Node from, PastryMessage m) {
        int f = from.id();
        alive(f);
        if (m instanceof NeighbourhoodReply n) {
            if (!ready && f == joinFirstHop) {
                joinNeighbours = Arrays.copyOf(n.members(), n.members().length);
                maybeFinishJoin();
            }
            return;
        }
        if (m instanceof JoinReply j) {
            if (!ready) {
                joinReply = j;
                joinLast = f;
                maybeFinishJoin();
            }
            return;
        }
        if (!ready) {
            return;   // not joined: no answer, so the sender presumes this node dead for now
        }
        long now = scheduler.now();
        if (m instanceof Route r) {
            send(f, new Ack(r.transactionId(), r.traffic()));
            arrive(f, r);
        } else if (m instanceof Announce a) {
            if (learn(f, now)) {
                leavesChanged();
            }
            if (a.wantsReply()) {
                send(f, new LeafSetReply(a.transactionId(), state.leaves().members(), Traffic.JOIN));
            }
        } else if (m instanceof LeafSetRequest q) {
            if (state.leaves().offer(f, now)) {
                leavesChanged();
            }
            send(f, new LeafSetReply(q.transactionId(), state.leaves().members(), Traffic.MAINTENANCE));
        } else if (m instanceof StateRequest q) {
            if (learn(f, now)) {
                leavesChanged();
            }
            send(f, new StateReply(q.transactionId(), q.row(), q.row() < 0 ? state.neighbours().members()
                    : state.table().row(q.row())));
        } else if (m instanceof EntryRequest e) {
            send(f, new EntryReply(e.transactionId(), state.table().get(e.row(), e.column())));
        } else if (m instanceof KeepAlive) {
            if (state.leaves().offer(f, now)) {
                leavesChanged();
            }
        } else if (m instanceof Replicate rep) {
            storeValue(rep.keyHi(), rep.keyLo(), rep.valueBytes(), f);
        }
        // GetReply: the value reached its origin; nothing more to do
    }

    @Override
    public void onAnswer(Node from, PastryMessage answer, org.swarmsim.overlay.NodeId contact, Object context) {
        int f = from.id();
        alive(f);
        if (!ready) {
            return;
        }
        if (answer instanceof LeafSetReply reply) {
            if (context instanceof LeafRepair lr) {
                leafRepairing[lr.side] = false;
                boolean changed = merge(f, reply.leaves(), false);
                int count = lr.side == LARGER ? state.leaves().largerCount() : state.leaves().smallerCount();
                if (changed && count < state.leaves().half()) {
                    repairLeaves(lr.side);
                }
            } else {
                merge(f, reply.leaves(), context == ANNOUNCED);
            }
        } else if (answer instanceof StateReply reply) {
            RoutingTable t = state.table();
            for (int e : reply.entries()) {
                if (e != RoutingTable.EMPTY && e != address && !dead.contains(e)) {
                    t.offer(e, proximity);
                    if (reply.row() < 0) {
                        state.neighbours().offer(e, proximity);
                    }
                }
            }
        } else if (answer instanceof EntryReply reply && context instanceof TableRepair tr) {
            RoutingTable t = state.table();
            int e = reply.entry();
            if (t.get(tr.row, tr.column) != RoutingTable.EMPTY) {
                repairs.remove(tr);                 // filled meanwhile by what the node learnt otherwise
                observer.onTableRepair(this, false);
            } else if (e != RoutingTable.EMPTY && e != address && !dead.contains(e)
                    && t.slotOf(e) == tr.row * t.columns() + tr.column) {
                t.offer(e, proximity);
                repairs.remove(tr);
                observer.onTableRepair(this, false);
            } else {
                askNext(tr);
            }
        }
    }

    @Override
    public void onTimeout(org.swarmsim.overlay.NodeId contact, int to, Object context) {
        if (!ready) {
            if (context instanceof Route r && r.op() == RouteOp.JOIN && r.joiner() == address) {
                scheduler.cancel(joinTimer);   // the bootstrap node did not answer: start again
                joinTimer = Scheduler.NO_EVENT;
                observer.onJoinRetry(this);
                startJoin();
            }
            return;
        }
        foundDead(to);
        if (context instanceof Route r) {
            RouteTrace t = r.trace();
            t.timeouts++;
            observer.onHopTimeout(t, address, to);
            dispatch(r);
        } else if (context instanceof LeafRepair lr) {
            leafRepairing[lr.side] = false;
            repairLeaves(lr.side);
        } else if (context instanceof TableRepair tr) {
            askNext(tr);
        }
    }

    // ---- learning and failures ----------------------------------------------------------------

    /** Offers {@code node} to the whole state unless it is remembered dead; returns whether the leaf set changed. */
    private boolean learn(int node, long now) {
        if (node < 0 || node == address || dead.contains(node)) {
            return false;
        }
        return state.learn(node, now, proximity);
    }

    /** Offers the members of a leaf set (and its sender) to the state; announces to new leaves if asked. */
    private boolean merge(int sender, int[] leaves, boolean announceToNew) {
        long now = scheduler.now();
        boolean changed = false;
        for (int i = -1; i < leaves.length; i++) {
            int m = i < 0 ? sender : leaves[i];
            if (m == address || dead.contains(m)) {
                continue;
            }
            boolean isNew = !state.leaves().contains(m);
            if (state.learn(m, now, proximity) && isNew) {
                changed = true;
                if (announceToNew && m != sender) {
                    announceTo(m);
                }
            }
        }
        if (changed) {
            leavesChanged();
        }
        return changed;
    }

    private void foundDead(int node) {
        dead.remember(node);
        observer.onFoundDead(this, node);
        int slot = state.table().remove(node);
        state.neighbours().remove(node);
        int sides = state.leaves().remove(node);
        if ((sides & 1) != 0) {
            repairLeaves(LARGER);
        }
        if ((sides & 2) != 0) {
            repairLeaves(SMALLER);
        }
        if (slot >= 0 && config.tableRepair()) {
            startTableRepair(slot);
        }
        if (sides != 0) {
            leavesChanged();
        }
    }

    private void repairLeaves(int side) {
        if (leafRepairing[side]) {
            return;
        }
        LeafSet l = state.leaves();
        int target = farthest(l, side);
        if (target < 0) {
            target = farthest(l, 1 - side);
        }
        if (target < 0) {
            return;
        }
        leafRepairing[side] = true;
        observer.onLeafRepair(this);
        query(target, new LeafSetRequest(rpc.nextTransactionId()), new LeafRepair(side));
    }

    private static int farthest(LeafSet l, int side) {
        if (side == LARGER) {
            return l.largerCount() == 0 ? -1 : l.larger(l.largerCount() - 1);
        }
        return l.smallerCount() == 0 ? -1 : l.smaller(l.smallerCount() - 1);
    }

    private void startTableRepair(int slot) {
        RoutingTable t = state.table();
        for (TableRepair r : repairs) {
            if (r.repairs(slot / t.columns(), slot % t.columns())) {
                return;
            }
        }
        TableRepair tr = TableRepair.of(t, slot);
        repairs.add(tr);
        observer.onTableRepair(this, true);
        askNext(tr);
    }

    private void askNext(TableRepair tr) {
        int c = tr.nextCandidate(dead, address);
        if (c < 0) {
            repairs.remove(tr);   // no node asked knew a live replacement
        } else {
            query(c, new EntryRequest(rpc.nextTransactionId(), tr.row, tr.column), tr);
        }
    }

    private void keepAliveTick() {
        keepaliveTimer = Scheduler.NO_EVENT;
        if (!ready) {
            return;
        }
        long now = scheduler.now();
        LeafSet l = state.leaves();
        for (int silent = l.silentSince(now - config.silenceNanos()); silent >= 0;
             silent = l.silentSince(now - config.silenceNanos())) {
            l.heard(silent, now);                  // probed now; presumed dead if the probe times out
            query(silent, new LeafSetRequest(rpc.nextTransactionId()), PROBE);
        }
        KeepAlive k = new KeepAlive(0);
        for (int m : l.members()) {
            send(m, k);
        }
        keepaliveTimer = scheduler.schedule(config.keepaliveNanos(), keepaliveTask);
    }

    /** A message came from {@code node}: it is alive. */
    private void alive(int node) {
        dead.forgive(node);
        state.leaves().heard(node, scheduler.now());
    }

    // ---- store --------------------------------------------------------------------------------

    private void storeValue(long kh, long kl, int valueBytes, int from) {
        if (store == null) {
            store = new StoredValues();
        }
        boolean fresh = store.put(kh, kl, valueBytes, from);
        if (fresh) {
            observer.onStored(this, from >= 0);
        }
        if (from < 0) {
            replicate(store.get(kh, kl));   // the root pushes; a replica pushes only when its leaf set changes
        }
    }

    private void leavesChanged() {
        if (store == null) {
            return;
        }
        for (StoredValues.Stored s : store.values()) {
            replicate(s);
        }
    }

    /** Pushes the value to the members of this node's k closest to the key it has not pushed to, if it is one of them. */
    private void replicate(StoredValues.Stored s) {
        for (int holder : s.newHolders(address, state.leaves().members(), ids, config.replicas())) {
            send(holder, new Replicate(0, s.keyHi(), s.keyLo(), s.valueBytes()));
        }
    }

    // ---- sending ------------------------------------------------------------------------------

    private void query(int to, PastryMessage m, Object context) {
        observer.onSent(address, to, m);
        rpc.query(ids.id(to), to, m, context);
    }

    private void send(int to, PastryMessage m) {
        if (to == address) {
            return;
        }
        observer.onSent(address, to, m);
        rpc.send(network.node(to), m);
    }

    @Override
    public String toString() {
        return "pastry node " + address + " (" + Ring.hex(hi, lo) + ")";
    }

    /** A leaf-set repair in flight, for one side. */
    private record LeafRepair(int side) {
    }
}
