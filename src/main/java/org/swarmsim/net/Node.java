package org.swarmsim.net;

import java.util.Arrays;

/**
 * A host of the simulated network: an upload and a download capacity (asymmetric, bytes per
 * second), an online flag and an {@link Acceptor} for incoming connections. Created by
 * {@link Network#addNode}; ids are dense, 0 .. {@link Network#nodeCount()}-1.
 */
public final class Node {
    private final Network network;
    private final int id;
    private final String name;
    private final long uploadBytesPerSecond;
    private final long downloadBytesPerSecond;
    private boolean online = true;
    private Acceptor acceptor;
    /** Incremented each time the node goes offline, so stale connect attempts can tell. */
    int offlineEpoch;
    /** The node's open and half-open connection sides (swap-removed; order is deterministic). */
    private Connection[] connections = new Connection[4];
    private int connectionCount;

    /*
     * On-demand messages to this node that are in flight without a delivery event
     * (Message#deliveryOnDemand): arrival times ascending (equal times in the order they went in
     * flight) and their directions, in [onDemandHead, onDemandEnd). A few at a time: each is taken
     * as soon as the node does anything after its arrival.
     */
    private long[] onDemandTimes;
    private Direction[] onDemandFrom;
    private int onDemandHead;
    private int onDemandEnd;
    /** Arrival of the first on-demand message waiting, Long.MAX_VALUE if none. */
    long nextOnDemandNanos = Long.MAX_VALUE;

    Node(Network network, int id, String name, long uploadBytesPerSecond, long downloadBytesPerSecond) {
        this.network = network;
        this.id = id;
        this.name = name;
        this.uploadBytesPerSecond = uploadBytesPerSecond;
        this.downloadBytesPerSecond = downloadBytesPerSecond;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long uploadBytesPerSecond() {
        return uploadBytesPerSecond;
    }

    public long downloadBytesPerSecond() {
        return downloadBytesPerSecond;
    }

    public boolean isOnline() {
        return online;
    }

    /** Incoming connections ask this acceptor; no acceptor or a null listener = refuse. */
    public void setAcceptor(Acceptor acceptor) {
        this.acceptor = acceptor;
    }

    /** The acceptor, or null if the node refuses every incoming connection. */
    public Acceptor acceptor() {
        return acceptor;
    }

    /** The network this node belongs to. */
    public Network network() {
        return network;
    }

    /** Number of this node's connection sides that are registered (established and not yet closed). */
    public int connectionCount() {
        return connectionCount;
    }

    void setOnlineFlag(boolean online) {
        this.online = online;
    }

    void register(Connection c) {
        if (connectionCount == connections.length) {
            connections = Arrays.copyOf(connections, connectionCount * 2);
        }
        c.indexInNode = connectionCount;
        connections[connectionCount++] = c;
    }

    void unregister(Connection c) {
        int i = c.indexInNode;
        if (i < 0) {
            return;
        }
        Connection last = connections[--connectionCount];
        connections[i] = last;
        last.indexInNode = i;
        connections[connectionCount] = null;
        c.indexInNode = -1;
    }

    /** An on-demand message on {@code from} will arrive at {@code arrivalNanos} without an event. */
    void addOnDemand(long arrivalNanos, Direction from) {
        if (onDemandTimes == null) {
            onDemandTimes = new long[8];
            onDemandFrom = new Direction[8];
        } else if (onDemandEnd == onDemandTimes.length) {
            int n = onDemandEnd - onDemandHead;
            if (n * 2 > onDemandTimes.length) {
                onDemandTimes = Arrays.copyOf(onDemandTimes, onDemandTimes.length * 2);
                onDemandFrom = Arrays.copyOf(onDemandFrom, onDemandFrom.length * 2);
            }
            System.arraycopy(onDemandTimes, onDemandHead, onDemandTimes, 0, n);
            System.arraycopy(onDemandFrom, onDemandHead, onDemandFrom, 0, n);
            Arrays.fill(onDemandFrom, n, onDemandEnd, null);
            onDemandHead = 0;
            onDemandEnd = n;
        }
        int i = onDemandEnd;
        while (i > onDemandHead && onDemandTimes[i - 1] > arrivalNanos) {
            onDemandTimes[i] = onDemandTimes[i - 1];
            onDemandFrom[i] = onDemandFrom[i - 1];
            i--;
        }
        onDemandTimes[i] = arrivalNanos;
        onDemandFrom[i] = from;
        onDemandEnd++;
        nextOnDemandNanos = onDemandTimes[onDemandHead];
    }

    /** Removes the first waiting on-demand message's entry (there is one) and returns its direction. */
    Direction takeOnDemand() {
        Direction d = onDemandFrom[onDemandHead];
        onDemandFrom[onDemandHead] = null;
        onDemandHead++;
        if (onDemandHead == onDemandEnd) {
            onDemandHead = 0;
            onDemandEnd = 0;
            nextOnDemandNanos = Long.MAX_VALUE;
        } else {
            nextOnDemandNanos = onDemandTimes[onDemandHead];
        }
        return d;
    }

    /** A copy of the registered connection sides, in registration-dependent but deterministic order. */
    Connection[] connectionsSnapshot() {
        return Arrays.copyOf(connections, connectionCount);
    }

    @Override
    public String toString() {
        return "Node[" + id + " " + name + "]";
    }
}
