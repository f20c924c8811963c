package org.swarmsim.pastry;

/**
 * The simulator's record of one routed message (a lookup, insert, get or join) as it travels: not
 * part of the protocol, never read by nodes' routing decisions. Statistics update it through the
 * {@link PastryObserver}.
 */
public final class RouteTrace {
    private final long id;
    private final RouteOp op;
    private final int origin;
    private final long keyHi;
    private final long keyLo;
    private final long startNanos;
    HopKind pendingKind;
    int hops;
    int rareHops;
    int timeouts;
    long travelledNanos;
    int at;
    boolean finished;
    private int[] path = new int[4];
    private int pathLength;

    public RouteTrace(long id, RouteOp op, int origin, long keyHi, long keyLo, long startNanos) {
        this.id = id;
        this.op = op;
        this.origin = origin;
        this.keyHi = keyHi;
        this.keyLo = keyLo;
        this.startNanos = startNanos;
        this.at = origin;
        this.path[0] = origin;
        this.pathLength = 1;
    }

    /** Appends the node a hop reached to the path. */
    void reached(int node) {
        if (pathLength == path.length) {
            path = java.util.Arrays.copyOf(path, pathLength * 2);
        }
        path[pathLength++] = node;
    }

    /** The nodes visited, the origin first. */
    public int[] path() {
        return java.util.Arrays.copyOf(path, pathLength);
    }

    public long id() {
        return id;
    }

    public RouteOp op() {
        return op;
    }

    public int origin() {
        return origin;
    }

    public long keyHi() {
        return keyHi;
    }

    public long keyLo() {
        return keyLo;
    }

    public long startNanos() {
        return startNanos;
    }

    /** Hops taken so far. */
    public int hops() {
        return hops;
    }

    /** Hops taken by the rare-case rule so far. */
    public int rareHops() {
        return rareHops;
    }

    /** Hops that timed out (the next node was dead) so far. */
    public int timeouts() {
        return timeouts;
    }

    /** Sum of the one-way delays of the hops taken so far. */
    public long travelledNanos() {
        return travelledNanos;
    }

    /** The node the message is at (or was last sent from). */
    public int at() {
        return at;
    }

    /** The rule that chose the hop in flight (null before the first). */
    public HopKind pendingKind() {
        return pendingKind;
    }

    /** Whether the message was delivered or given up. */
    public boolean finished() {
        return finished;
    }
}
