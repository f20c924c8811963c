package org.swarmsim.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.swarmsim.sim.Scheduler;

/**
 * The simulated network: nodes with asymmetric upload/download capacities, a pluggable
 * {@link LatencyModel}, and TCP-like {@link Connection}s whose bytes share capacity by max-min
 * fairness at flow level.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>Every connection direction with bytes queued is a flow crossing its sender's upload and
 *       its receiver's download (and its optional rate cap). Rates are the max-min fair allocation
 *       (progressive filling), recomputed only when the set of active flows changes; all changes
 *       at one simulated instant are coalesced into one recomputation, an event scheduled at the
 *       current time on the first change. The recomputation is incremental
 *       ({@link MaxMinAllocator}): only flows whose rate can change are re-solved, and only flows
 *       whose rate did change get their finish event rescheduled.</li>
 *   <li>A message is delivered when its last byte has been transmitted, plus the one-way latency.
 *       Messages on one direction are transmitted and delivered in order; small messages queue
 *       behind data already queued, as on a TCP stream. A {@link Message#deliveryDeferrable
 *       deferrable} message has no delivery event of its own: it is handed over with the next
 *       ordinary message of its direction (still in order, {@link Connection#arrivalNanos} giving
 *       its arrival time), with the close notice, before the receiving side closes, or by
 *       {@link #deliverDeferred}. An {@link Message#deliveryOnDemand on-demand} one, to a side
 *       that {@link Connection#pullOnDemand pulls}, is also handed over before anything that
 *       arrives at its node later, and by {@link #deliverOnDemand}. A close notice follows every
 *       message already transmitted.</li>
 *   <li>{@link #connect}: the request reaches the target after the one-way latency, where its
 *       {@link Acceptor} decides; the connecting side learns the outcome one round trip after
 *       connecting. If the target is offline, failure is learned after one round trip, or after
 *       {@link #setConnectTimeoutNanos the connect timeout} if one is set.</li>
 * </ul>
 *
 * <h2>Approximation: small messages bypass the flow model</h2>
 * A message of at most {@link #setSmallMessageBytes smallMessageBytes} (default
 * {@value #DEFAULT_SMALL_MESSAGE_BYTES}) that reaches the head of a direction which is not already
 * a flow is transmitted in {@code size / min(up, down, cap)} without creating a flow or
 * recomputing rates; it is counted in all byte totals but does not take capacity from concurrent
 * flows. This keeps the ~10^8 BitTorrent control messages of a large swarm (have 9 bytes,
 * interested 5, request 17, handshake 68, keep-alive 4) from each causing two recomputations. The
 * error is bounded: a bypassed message is at most 256 bytes, 1.6% of a 16 KiB piece message, and
 * its transmission time at even 64 KB/s is 4 ms, below typical latencies. Order is exact on every
 * path: a message never overtakes an earlier one on the same direction, and a small message sent
 * while a flow is running simply joins it. When the message ahead of it on a flow has left, the
 * small messages queued next leave together at the flow's rate at that moment, without an event
 * each; the next large message starts after them (if the flow's rate changes within those few
 * bytes, their arrival times are off by that much). Set the threshold to 0 for exact
 * accounting.
 *
 * <h2>For protocol code</h2>
 * <ul>
 *   <li>Every callback runs as its own simulation event, never inside {@code send}, {@code close},
 *       {@code connect} or {@code setOnline}, with one exception: {@link Message#deliveryDeferrable
 *       deferrable} messages that arrived at a side before it closes are handed to its listener
 *       inside that {@code close} (or {@code setOnline(false)}), just before the side closes.</li>
 *   <li>A direction stops being a flow when its queue empties, and starting again is a change of
 *       the flow set. A sender that refills from {@link ConnectionListener#onTransmitted} while
 *       keeping at least one more message queued keeps its flow running without any
 *       recomputation.</li>
 *   <li>If the connecting node goes offline before the outcome of {@link #connect}, no handler
 *       callback runs; if the connection had been accepted, the accepting side hears
 *       {@code onClosed} one latency after the outcome would have been learned.</li>
 * </ul>
 *
 * <p>Not thread-safe; all callbacks run as events of the one scheduler.
 */
public final class Network {
    /** Default bypass threshold in bytes (see the class comment). */
    public static final int DEFAULT_SMALL_MESSAGE_BYTES = 256;
    private static final double CAPACITY_TOLERANCE = 1e-9;

    private final Scheduler sim;
    private final LatencyModel latency;
    private final List<Node> nodes = new ArrayList<>();
    private final MaxMinAllocator allocator = new MaxMinAllocator();
    private Direction[] flowOwners = new Direction[64];
    private int smallMessageBytes = DEFAULT_SMALL_MESSAGE_BYTES;
    private long connectTimeoutNanos;
    private boolean recomputeScheduled;
    private final Runnable recomputeEvent = new Recompute();

    /** The recomputation event of one instant (named for an {@link org.swarmsim.sim.EventCensus}). */
    private final class Recompute implements Runnable, org.swarmsim.sim.EventKind {
        @Override
        public void run() {
            recompute();
        }

        @Override
        public String eventKind() {
            return "rate recomputation";
        }
    }
    private long bytesSent;
    private long bytesDelivered;
    private long bytesDiscarded;
    private long flowChanges;
    private long recomputations;
    private long rateUpdates;

    public Network(Scheduler sim, LatencyModel latency) {
        this.sim = Objects.requireNonNull(sim, "sim");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    /** The scheduler whose clock and event queue this network uses. */
    public Scheduler scheduler() {
        return sim;
    }

    public LatencyModel latencyModel() {
        return latency;
    }

    /**
     * Adds an online node. Capacities must be positive (use a very large value for "unlimited").
     *
     * @throws IllegalArgumentException naming the node and the bad capacity
     */
    public Node addNode(String name, long uploadBytesPerSecond, long downloadBytesPerSecond) {
        Objects.requireNonNull(name, "name");
        if (uploadBytesPerSecond <= 0 || downloadBytesPerSecond <= 0) {
            throw new IllegalArgumentException("node '" + name + "': upload and download capacities must be"
                    + " positive bytes per second, got upload=" + uploadBytesPerSecond
                    + " download=" + downloadBytesPerSecond);
        }
        Node node = new Node(this, nodes.size(), name, uploadBytesPerSecond, downloadBytesPerSecond);
        int up = allocator.addResource(uploadBytesPerSecond);
        int down = allocator.addResource(downloadBytesPerSecond);
        assert up == 2 * node.id() && down == up + 1;
        nodes.add(node);
        latency.onNodeAdded(node);
        return node;
    }

    public Node node(int id) {
        if (id < 0 || id >= nodes.size()) {
            throw new IllegalArgumentException("no node " + id + ": ids are 0.." + (nodes.size() - 1));
        }
        return nodes.get(id);
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** Threshold for the small-message bypass (see the class comment); 0 disables it. */
    public void setSmallMessageBytes(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("small message threshold must be >= 0 bytes, got " + bytes);
        }
        this.smallMessageBytes = bytes;
    }

    public int smallMessageBytes() {
        return smallMessageBytes;
    }

    /** How long a connect to an offline node takes to fail; 0 (default) = one round trip. */
    public void setConnectTimeoutNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("connect timeout must be >= 0 ns, got " + nanos);
        }
        this.connectTimeoutNanos = nanos;
    }

    /**
     * Chooses incremental max-min recomputation (default) or a full recomputation of every flow on
     * every change (the reference the benchmark measures against; results are the same).
     */
    public void setIncrementalAllocation(boolean incremental) {
        allocator.setIncremental(incremental);
    }

    /**
     * Opens a connection {@code from -> to}; exactly one callback of the handler runs later (none
     * if {@code from} goes offline before the outcome: its side is then simply closed).
     *
     * @throws IllegalStateException if {@code from} is offline
     * @throws IllegalArgumentException if {@code from == to} or a node is not of this network
     */
    public void connect(Node from, Node to, ConnectHandler handler) {
        Objects.requireNonNull(handler, "handler");
        checkOwn(from);
        checkOwn(to);
        if (from == to) {
            throw new IllegalArgumentException("cannot connect " + from + " to itself");
        }
        if (!from.isOnline()) {
            throw new IllegalStateException("cannot connect from " + from + ": it is offline");
        }
        long oneWay = latency.oneWayNanos(from, to);
        if (oneWay < 0) {
            throw new IllegalStateException("latency model returned a negative delay " + oneWay
                    + " ns between " + from + " and " + to);
        }
        sim.schedule(oneWay, new ConnectAttempt(from, to, handler, oneWay));
    }

    /** Sets a node online or offline; going offline closes all its connections. */
    public void setOnline(Node node, boolean online) {
        checkOwn(node);
        if (node.isOnline() == online) {
            return;
        }
        node.setOnlineFlag(online);
        if (!online) {
            node.offlineEpoch++;
            for (Connection c : node.connectionsSnapshot()) {
                closeSide(c, true);
            }
        }
    }

    /**
     * Delivers every {@link Message#deliveryDeferrable deferrable} message that has arrived by
     * now and is still waiting for a later message (for the end of a run: so that a trace of
     * deliveries is complete and the byte counts are those of exact delivery).
     */
    public void deliverDeferred() {
        long now = sim.now();
        for (Node node : nodes) {
            deliverOnDemand(node, now);
            for (Connection c : node.connectionsSnapshot()) {
                c.peer.deliverDeferredUpTo(now);   // towards c: its sender may have closed already
            }
        }
    }

    /**
     * Hands {@code node} every {@link Message#deliveryOnDemand on-demand} message that has arrived
     * at it by {@code upToNanos} (at most now) without a delivery event, in arrival order across
     * its connections (equal times in the order they were sent), each together with the deferrable
     * messages ahead of it on its direction. The node's owner calls it before it acts other than
     * on a message (a timer); the network does before it hands the node a message that arrived
     * later, and before one of the node's sides closes.
     */
    public void deliverOnDemand(Node node, long upToNanos) {
        while (node.nextOnDemandNanos <= upToNanos) {
            long arrival = node.nextOnDemandNanos;
            node.takeOnDemand().deliverDeferredUpTo(arrival);
        }
    }

    /** Bytes whose transmission completed (summed over messages), over the run. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Bytes of messages delivered to an open side, over the run. */
    public long bytesDelivered() {
        return bytesDelivered;
    }

    /** Bytes transmitted but discarded on arrival because the receiving side had closed. */
    public long bytesDiscarded() {
        return bytesDiscarded;
    }

    /** Changes of the active flow set (flow starts, finishes, cap changes), over the run. */
    public long flowChanges() {
        return flowChanges;
    }

    /** Rate recomputations run (each coalesces all changes of one instant). */
    public long recomputations() {
        return recomputations;
    }

    /** Flow rates that changed, summed over all recomputations (finish events rescheduled). */
    public long rateUpdates() {
        return rateUpdates;
    }

    /** Flow-rate evaluations done by the allocator over the run (its work). */
    public long flowsSolved() {
        return allocator.solvedFlows();
    }

    /** Number of currently active flows (directions transmitting in the flow model). */
    public int activeFlows() {
        return allocator.liveFlows();
    }

    /**
     * For tests: checks capacities (no node's upload or download is exceeded), flow bookkeeping,
     * byte counts of every queue and, when no recomputation is pending, max-min optimality.
     *
     * @throws IllegalStateException describing the first violation
     */
    public void checkInvariants() {
        allocator.checkInvariants(CAPACITY_TOLERANCE);
        int flows = 0;
        for (Node node : nodes) {
            for (Connection c : node.connectionsSnapshot()) {
                if (c.local() != node || c.state == Connection.PENDING) {
                    throw new IllegalStateException(c + " registered at " + node + " in state " + c.state);
                }
                Direction d = c;
                if (d.recountQueuedBytes() != d.queuedBytes) {
                    throw new IllegalStateException(c + " counts " + d.queuedBytes + " queued bytes but holds "
                            + d.recountQueuedBytes());
                }
                if (d.flowId >= 0) {
                    flows++;
                    if (flowOwners[d.flowId] != d || d.queuedMessages() == 0 || d.isBypassing()) {
                        throw new IllegalStateException(c + " is flow " + d.flowId + " but owner, queue or"
                                + " bypass state disagree");
                    }
                    if (!allocator.hasPendingChanges() && d.rate() != allocator.rate(d.flowId)) {
                        throw new IllegalStateException(c + " transmits at " + d.rate()
                                + " B/s but its allocation is " + allocator.rate(d.flowId));
                    }
                } else if (d.queuedMessages() > 0 && !d.isBypassing()) {
                    throw new IllegalStateException(c + " has queued messages but is neither a flow nor bypassing");
                }
            }
        }
        if (flows != allocator.liveFlows()) {
            throw new IllegalStateException(allocator.liveFlows() + " flows allocated but " + flows
                    + " directions of registered connections are flows");
        }
    }

    // ---------------------------------------------------------------- package internals

    /** Rate of a bypassed small message: the slower of the two access links (and the cap). */
    double bypassRate(Node from, Node to, long capBytesPerSecond) {
        double r = Math.min(from.uploadBytesPerSecond(), to.downloadBytesPerSecond());
        return capBytesPerSecond > 0 ? Math.min(r, capBytesPerSecond) : r;
    }

    /** Nanoseconds to transmit {@code bytes} at {@code bytesPerSecond}, rounded up (ignoring float noise). */
    static long transmitNanos(double bytes, double bytesPerSecond) {
        double t = bytes * 1e9 / bytesPerSecond;
        if (t >= 9e18) {
            return Long.MAX_VALUE / 4;
        }
        long n = (long) Math.ceil(t * (1 - 1e-12));
        return Math.max(0, n);
    }

    int activateFlow(Connection d) {
        int f = allocator.addFlow(2 * d.local().id(), 2 * d.remote().id() + 1, d.rateCapBytesPerSecond);
        if (f >= flowOwners.length) {
            flowOwners = Arrays.copyOf(flowOwners, Math.max(f + 1, flowOwners.length * 2));
        }
        flowOwners[f] = d;
        flowChanged();
        return f;
    }

    void deactivateFlow(Direction d) {
        allocator.removeFlow(d.flowId);
        flowOwners[d.flowId] = null;
        flowChanged();
    }

    void flowCapChanged(Direction d) {
        allocator.setFlowCap(d.flowId, d.rateCapBytesPerSecond);
        flowChanged();
    }

    private void flowChanged() {
        flowChanges++;
        if (!recomputeScheduled) {
            recomputeScheduled = true;
            sim.schedule(0, recomputeEvent);
        }
    }

    private void recompute() {
        recomputeScheduled = false;
        recomputations++;
        int n = allocator.solve();
        int[] changed = allocator.changedFlows();
        rateUpdates += n;
        for (int i = 0; i < n; i++) {
            int f = changed[i];
            flowOwners[f].applyRate(allocator.rate(f));
        }
    }

    void countSent(int bytes) {
        bytesSent += bytes;
    }

    void countDelivered(int bytes) {
        bytesDelivered += bytes;
    }

    void countDiscarded(int bytes) {
        bytesDiscarded += bytes;
    }

    /** Closes side {@code c} locally; if {@code notifyPeer}, the far side learns after the one-way latency. */
    void closeSide(Connection c, boolean notifyPeer) {
        if (c.state == Connection.CLOSED) {
            return;
        }
        Direction in = c.peer;
        if (c.state == Connection.OPEN) {
            deliverOnDemand(c.local(), sim.now());   // in order with what arrived on the node's other sides
            in.deliverDeferredUpTo(sim.now());   // they would have arrived before the close
        }
        c.state = Connection.CLOSED;
        c.local().unregister(c);
        in.discardStranded();
        c.dropUntransmitted();
        if (notifyPeer) {
            Connection peer = c.peer;
            // The notice follows the last byte of a small message sent directly just before.
            long leaves = Math.max(sim.now(), c.directBusyUntilNanos());
            sim.scheduleAt(leaves + c.oneWayLatencyNanos(), () -> learnRemoteClose(peer));
        }
    }

    /** The close notice of {@code side}'s far side arrives: deliver what was sent before it, then close. */
    private void learnRemoteClose(Connection side) {
        if (side.state == Connection.CLOSED) {
            return;
        }
        side.peer.deliverUpTo(sim.now());
        if (side.state == Connection.CLOSED) {
            return;
        }
        boolean wasOpen = side.state == Connection.OPEN;
        closeSide(side, false);
        if (!wasOpen) {
            side.peer.resumeDelivery();   // nothing was delivered to a pending side: discard
        } else if (side.listener != null) {
            side.listener.onClosed(side);
        }
    }

    private void checkOwn(Node node) {
        Objects.requireNonNull(node, "node");
        if (node.network() != this) {
            throw new IllegalArgumentException(node + " belongs to another network");
        }
    }

    /** The two halves of a connection attempt: the request arriving at the target, then the outcome at the source. */
    private final class ConnectAttempt implements Runnable {
        private final Node from;
        private final Node to;
        private final ConnectHandler handler;
        private final long oneWayNanos;
        private final long startNanos;
        private final int fromEpoch;
        private Connection connecting;
        private boolean arrived;

        ConnectAttempt(Node from, Node to, ConnectHandler handler, long oneWayNanos) {
            this.from = from;
            this.to = to;
            this.handler = handler;
            this.oneWayNanos = oneWayNanos;
            this.startNanos = sim.now();
            this.fromEpoch = from.offlineEpoch;
        }

        @Override
        public void run() {
            if (!arrived) {
                arrived = true;
                arrive();
            } else {
                outcome();
            }
        }

        private void arrive() {
            if (!to.isOnline()) {
                long failAt = startNanos + (connectTimeoutNanos > 0 ? connectTimeoutNanos : 2 * oneWayNanos);
                sim.scheduleAt(Math.max(sim.now(), failAt), this);
                return;
            }
            // Schedule the outcome before asking the acceptor, so it precedes anything the acceptor causes.
            sim.schedule(oneWayNanos, this);
            Acceptor acceptor = to.acceptor();
            Connection a = new Connection(Network.this, from, to, oneWayNanos);
            Connection b = new Connection(Network.this, to, from, oneWayNanos);
            a.peer = b;
            b.peer = a;
            // The accepting side is open while the acceptor runs, so it may send at once.
            b.state = Connection.OPEN;
            to.register(b);
            ConnectionListener listener = acceptor == null ? null : acceptor.accept(b);
            if (listener == null) {
                if (b.state == Connection.OPEN) {
                    closeSide(b, false);
                }
                return;
            }
            b.listener = listener;
            connecting = a;
        }

        private void outcome() {
            Connection a = connecting;
            if (a == null) {
                if (from.offlineEpoch == fromEpoch && from.isOnline()) {
                    handler.onConnectFailed(to);
                }
                return;
            }
            if (from.offlineEpoch != fromEpoch || !from.isOnline()) {
                closeSide(a, true);
            } else {
                a.state = Connection.OPEN;
                from.register(a);
                ConnectionListener listener = handler.onConnected(a);
                if (a.state == Connection.OPEN) {
                    if (listener == null) {
                        closeSide(a, true);
                    } else {
                        a.listener = listener;
                    }
                }
            }
            // Messages the accepting side sent were held until now: deliver them, or discard them if closed.
            a.peer.resumeDelivery();
        }
    }
}
