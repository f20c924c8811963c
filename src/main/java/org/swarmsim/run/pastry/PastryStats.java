package org.swarmsim.run.pastry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.TraceNames;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.overlay.GroundTruth;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OnlineIds;
import org.swarmsim.pastry.HopKind;
import org.swarmsim.pastry.KnownIds;
import org.swarmsim.pastry.PastryMessage;
import org.swarmsim.pastry.PastryNode;
import org.swarmsim.pastry.PastryObserver;
import org.swarmsim.pastry.Proximity;
import org.swarmsim.pastry.Ring;
import org.swarmsim.pastry.RouteOp;
import org.swarmsim.pastry.RouteTrace;
import org.swarmsim.pastry.Traffic;
import org.swarmsim.sim.Scheduler;

/**
 * The god's-eye statistics of a Pastry run: which nodes are joined (the ground truth for roots),
 * every measured route, traffic by purpose, joins, repairs. Nodes tell it what they do
 * ({@link PastryObserver}); it never tells them anything.
 */
final class PastryStats implements PastryObserver {
    private final Scheduler sim;
    private final KnownIds ids;
    private final Proximity proximity;
    final OnlineIds truth = new OnlineIds(GroundTruth.Metric.RING);
    private final Map<NodeId, Integer> addressOf = new HashMap<>();
    final ReadyNodes ready;
    final List<LookupRecord> records = new ArrayList<>();
    private final LinkedHashMap<Long, RouteTrace> inFlight = new LinkedHashMap<>();
    final long[] messages = new long[Traffic.values().length];
    final long[] bytes = new long[Traffic.values().length];
    final long[] joinedAtNanos;
    long joinsCompleted;
    long joinRetries;
    long joinHops;
    long leafRepairs;
    long tableRepairsStarted;
    long tableRepairsDone;
    long foundDead;
    long storedInserted;
    long storedReplicas;
    long dropped;
    // the current sample's window
    int windowLookups;
    int windowSuccesses;
    long windowHops;
    private TraceWriter trace;
    private int bitsPerDigit;
    private boolean countingNodeTime;
    private long nodeTimeFrom;
    private double nodeSeconds;

    PastryStats(Scheduler sim, KnownIds ids, Proximity proximity, int nodes) {
        this.sim = sim;
        this.ids = ids;
        this.proximity = proximity;
        this.ready = new ReadyNodes(nodes);
        this.joinedAtNanos = new long[nodes];
        java.util.Arrays.fill(joinedAtNanos, -1);
    }

    /** Streams every datagram to {@code trace} (null: no trace); routes are read with digits of {@code bitsPerDigit} bits. */
    void trace(TraceWriter trace, int bitsPerDigit) {
        this.trace = trace;
        this.bitsPerDigit = bitsPerDigit;
    }

    /** Every type a pastry trace can hold: route_&lt;op&gt; and the other messages' names. */
    static java.util.SortedSet<String> traceTypes() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        for (RouteOp op : RouteOp.values()) {
            all.add("route_" + name(op));
        }
        for (Class<?> c : PastryMessage.class.getPermittedSubclasses()) {
            if (c != PastryMessage.Route.class) {
                all.add(TraceNames.ofClass(c));
            }
        }
        return all;
    }

    @Override
    public void onRouteStarted(RouteTrace t) {
        inFlight.put(t.id(), t);
    }

    @Override
    public void onSent(int from, int to, PastryMessage m) {
        int t = m.traffic().ordinal();
        messages[t]++;
        bytes[t] += m.wireSize();
        if (trace != null) {
            TraceWriter.Line line = trace.message(sim.now(), from, to, typeName(m), m.wireSize());
            if (line.kept() && m instanceof PastryMessage.Route r) {
                routeFields(line, from, r);
            }
            line.end();
        }
    }

    /**
     * A hop of a routed message: the route's number ({@code joiner}'s address for a join), the
     * {@code key} (8 hex digits), {@code hops} before this one, how the next node was chosen ({@code via}: table, leaf, rare, deliver),
     * the routing-table {@code row} used (the digits the sender shares with the key) and the
     * {@code digit} of the key at that row, which the hop resolves; a joiner's first hop, to its
     * bootstrap node, is {@code via} {@code bootstrap}, without row or digit.
     */
    private void routeFields(TraceWriter.Line line, int from, PastryMessage.Route r) {
        boolean join = r.op() == RouteOp.JOIN;
        if (join) {
            line.field("joiner", r.joiner());
        } else {
            line.field("route", r.trace().id());
        }
        line.field("key", Long.toHexString((r.keyHi() >>> 32) | (1L << 32)).substring(1)).field("hops", r.hops());
        if (join && r.joiner() == from) {
            line.field("via", "bootstrap");   // the joiner hands its join to its bootstrap node: no routing yet
            return;
        }
        int row = Ring.sharedDigits(ids.hi(from), ids.lo(from), r.keyHi(), r.keyLo(), bitsPerDigit);
        if (r.trace().pendingKind() != null) {
            line.field("via", r.trace().pendingKind().name().toLowerCase(java.util.Locale.ROOT));
        }
        line.field("row", row);
        if (row < Ring.digitCount(bitsPerDigit)) {
            line.field("digit", Ring.digit(r.keyHi(), r.keyLo(), row, bitsPerDigit));
        }
    }

    /** The message's type as {@code trace.jsonl} names it: route_lookup, ack, announce, keep_alive, ... */
    static String typeName(PastryMessage m) {
        if (m instanceof PastryMessage.Route r) {
            return "route_" + name(r.op());
        }
        return TraceNames.of(m);
    }

    @Override
    public void onHop(RouteTrace t, int from, int at, HopKind kind) {
        if (t.op() == RouteOp.JOIN) {
            joinHops++;
        }
    }

    @Override
    public void onDelivered(RouteTrace t, int at, boolean found) {
        if (t.op() == RouteOp.JOIN || inFlight.remove(t.id()) == null) {
            return;
        }
        int root = trueRoot(t);
        boolean success = root == at;
        records.add(new LookupRecord(t.startNanos(), name(t.op()), t.origin(), Ring.hex(t.keyHi(), t.keyLo()), at, root,
                t.hops(), sim.now() - t.startNanos(), t.travelledNanos(), at == t.origin() ? 0 : proximity.nanos(t.origin(), at),
                success, t.rareHops(), t.timeouts(), t.op() == RouteOp.GET ? (found ? 1 : 0) : -1, path(t)));
        if (t.op() == RouteOp.LOOKUP) {
            windowLookups++;
            windowSuccesses += success ? 1 : 0;
            windowHops += t.hops();
        }
    }

    @Override
    public void onDropped(RouteTrace t, int at) {
        dropped++;
    }

    /** Writes the routes never delivered (their message was lost with a node that left, or given up). */
    void finish() {
        for (RouteTrace t : inFlight.values()) {
            int root = trueRoot(t);
            records.add(new LookupRecord(t.startNanos(), name(t.op()), t.origin(), Ring.hex(t.keyHi(), t.keyLo()), -1,
                    root, t.hops(), -1, t.travelledNanos(), -1, false, t.rareHops(), t.timeouts(),
                    t.op() == RouteOp.GET ? 0 : -1, path(t)));
        }
        inFlight.clear();
    }

    /** The address of the joined node numerically closest to {@code t}'s key now, -1 if none. */
    private int trueRoot(RouteTrace t) {
        List<NodeId> closest = truth.closest(KnownIds.toNodeId(t.keyHi(), t.keyLo()), 1, null);
        return closest.isEmpty() ? -1 : addressOf.get(closest.get(0));
    }

    static String name(RouteOp op) {
        return switch (op) {
            case LOOKUP -> "lookup";
            case INSERT -> "insert";
            case GET -> "get";
            case JOIN -> "join";
        };
    }

    private static String path(RouteTrace t) {
        StringBuilder b = new StringBuilder();
        for (int a : t.path()) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(a);
        }
        return b.toString();
    }

    /** Starts integrating the number of joined nodes over simulated time (the workload's node-seconds). */
    void startCountingNodeTime() {
        countingNodeTime = true;
        nodeTimeFrom = sim.now();
    }

    /** Stops integrating; returns the joined-node seconds since the start. */
    double stopCountingNodeTime() {
        advanceNodeTime();
        countingNodeTime = false;
        return nodeSeconds;
    }

    private void advanceNodeTime() {
        if (countingNodeTime) {
            nodeSeconds += ready.size() * ((sim.now() - nodeTimeFrom) / 1e9);
            nodeTimeFrom = sim.now();
        }
    }

    @Override
    public void onReady(PastryNode node) {
        advanceNodeTime();
        int a = node.address();
        NodeId id = ids.id(a);
        if (!truth.add(id)) {
            throw new IllegalStateException("two joined nodes share the id " + id);
        }
        addressOf.put(id, a);
        ready.add(a);
        joinsCompleted++;
        if (joinedAtNanos[a] < 0) {
            joinedAtNanos[a] = sim.now();
        }
    }

    @Override
    public void onLeft(PastryNode node) {
        advanceNodeTime();
        if (node.isReady()) {
            truth.remove(ids.id(node.address()));
            addressOf.remove(ids.id(node.address()));
        }
        ready.remove(node.address());
    }

    @Override
    public void onJoinRetry(PastryNode node) {
        joinRetries++;
    }

    @Override
    public void onFoundDead(PastryNode node, int dead) {
        foundDead++;
    }

    @Override
    public void onLeafRepair(PastryNode node) {
        leafRepairs++;
    }

    @Override
    public void onTableRepair(PastryNode node, boolean started) {
        if (started) {
            tableRepairsStarted++;
        } else {
            tableRepairsDone++;
        }
    }

    @Override
    public void onStored(PastryNode node, boolean replica) {
        if (replica) {
            storedReplicas++;
        } else {
            storedInserted++;
        }
    }

    long messagesTotal() {
        return PastryTotals.sum(messages);
    }
}
