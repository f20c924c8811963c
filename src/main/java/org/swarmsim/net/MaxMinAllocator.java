package org.swarmsim.net;

import java.util.Arrays;

/**
 * Max-min fair rates for flows that each cross two capacity constraints (the sender's upload and
 * the receiver's download), computed by progressive filling and kept up to date incrementally.
 *
 * <p>Resources and flows are plain {@code int} indices into primitive arrays; nothing is allocated
 * per change once the arrays have grown. Changes ({@link #addFlow}, {@link #removeFlow},
 * {@link #setFlowCap}) only record what was touched; {@link #solve()} then re-solves the part of
 * the flow graph that can be affected:
 *
 * <ol>
 *   <li><b>Level cut.</b> Progressive filling raises all unfrozen flows together; a resource
 *       saturates at some level and freezes its flows. Before the first level at which a
 *       <em>touched</em> resource saturates (in the old or the new instance), the two filling
 *       processes are identical, so every flow whose old rate is below that level keeps it. A
 *       touched resource {@code r} cannot saturate below {@code cap(r) / degree(r)} (each flow
 *       takes at most the level), nor, in the old instance, below the largest old rate at
 *       {@code r}. The minimum of these bounds over the touched resources is the threshold
 *       {@code theta}; flows with old rate below {@code theta} are frozen.</li>
 *   <li><b>Component cut.</b> The flows at or above {@code theta} form a residual problem (the
 *       capacities minus the frozen rates) that splits into connected components; components
 *       without a touched resource have the same residual problem as before and keep their rates.
 *       A breadth-first search from the touched resources over unfrozen flows finds the affected
 *       component.</li>
 *   <li>Progressive filling on that component with a heap of fair shares
 *       ({@code residual / unfrozen count}), O((F + R) log R) for F flows and R resources in it.</li>
 * </ol>
 *
 * <p>In {@linkplain #setIncremental(boolean) full mode} every solve re-runs step 3 on all flows:
 * the reference the benchmark compares against. Rates within 1e-12 relative of their old value are
 * reported as unchanged (floating-point noise), so callers do not reschedule events needlessly.
 */
final class MaxMinAllocator {
    /** Relative margin by which theta is lowered, to absorb floating-point noise in old rates. */
    private static final double THETA_MARGIN = 1e-9;
    /** Relative change below which a re-computed rate counts as unchanged. */
    private static final double RATE_NOISE = 1e-12;

    // ---- resources ----
    private int resourceCount;
    private double[] capacity = new double[16];
    private int[][] adjacency = new int[16][];
    private int[] degree = new int[16];
    private double[] residual = new double[16];
    private int[] unfrozenCount = new int[16];
    private int[] version = new int[16];
    private int[] visitStamp = new int[16];
    private int[] touchStamp = new int[16];
    private double[] oldLevelBound = new double[16];
    private boolean[] touchedByAdd = new boolean[16];

    // ---- flows ----
    private int flowCapacity = 16;
    private int[] flowUp = new int[16];
    private int[] flowDown = new int[16];
    private int[] posUp = new int[16];
    private int[] posDown = new int[16];
    private double[] flowCap = new double[16];
    private double[] rate = new double[16];
    private double[] newRate = new double[16];
    private boolean[] live = new boolean[16];
    private int[] newStamp = new int[16];
    private int[] inSetStamp = new int[16];
    private int[] frozenStamp = new int[16];
    private int[] freeFlows = new int[16];
    private int freeCount;
    private int flowHighWater;
    private int liveFlows;

    // ---- per-solve scratch ----
    private int epoch = 1;
    private int[] seeds = new int[16];
    private int seedCount;
    private boolean fullNext;
    private boolean incremental = true;
    private int[] queue = new int[16];
    private int[] affected = new int[16];
    private int[] changed = new int[16];
    private int changedCount;
    private final ShareHeap heap = new ShareHeap();
    private long solvedFlows;

    /** Adds a resource (one capacity constraint); returns its index. */
    int addResource(double capacityBytesPerSecond) {
        if (!(capacityBytesPerSecond > 0)) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacityBytesPerSecond);
        }
        int r = resourceCount++;
        if (r == capacity.length) {
            int n = r * 2;
            capacity = Arrays.copyOf(capacity, n);
            adjacency = Arrays.copyOf(adjacency, n);
            degree = Arrays.copyOf(degree, n);
            residual = Arrays.copyOf(residual, n);
            unfrozenCount = Arrays.copyOf(unfrozenCount, n);
            version = Arrays.copyOf(version, n);
            visitStamp = Arrays.copyOf(visitStamp, n);
            touchStamp = Arrays.copyOf(touchStamp, n);
            oldLevelBound = Arrays.copyOf(oldLevelBound, n);
            touchedByAdd = Arrays.copyOf(touchedByAdd, n);
            seeds = Arrays.copyOf(seeds, n);
            queue = Arrays.copyOf(queue, n);
        }
        capacity[r] = capacityBytesPerSecond;
        adjacency[r] = new int[4];
        return r;
    }

    int resourceCount() {
        return resourceCount;
    }

    double capacity(int resource) {
        return capacity[resource];
    }

    /** Chooses between incremental re-solving (default) and re-solving everything every time. */
    void setIncremental(boolean incremental) {
        this.incremental = incremental;
    }

    /** Adds a flow crossing {@code up} and {@code down}, optionally capped; its rate is 0 until {@link #solve()}. */
    int addFlow(int up, int down, double capBytesPerSecond) {
        int f;
        if (freeCount > 0) {
            f = freeFlows[--freeCount];
        } else {
            f = flowHighWater++;
            if (f == flowCapacity) {
                growFlows();
            }
        }
        touch(up, true);
        touch(down, true);
        flowUp[f] = up;
        flowDown[f] = down;
        flowCap[f] = capBytesPerSecond > 0 ? capBytesPerSecond : Double.POSITIVE_INFINITY;
        rate[f] = 0;
        live[f] = true;
        newStamp[f] = epoch;
        posUp[f] = attach(up, f);
        posDown[f] = attach(down, f);
        liveFlows++;
        return f;
    }

    /** Removes a flow; the rates of the others change at the next {@link #solve()}. */
    void removeFlow(int f) {
        checkLive(f);
        touch(flowUp[f], false);
        touch(flowDown[f], false);
        detach(flowUp[f], posUp[f]);
        detach(flowDown[f], posDown[f]);
        live[f] = false;
        rate[f] = 0;
        liveFlows--;
        if (freeCount == freeFlows.length) {
            freeFlows = Arrays.copyOf(freeFlows, freeCount * 2);
        }
        freeFlows[freeCount++] = f;
    }

    /** Changes a flow's cap (0 = none). Rare, so the next solve is a full one. */
    void setFlowCap(int f, double capBytesPerSecond) {
        checkLive(f);
        flowCap[f] = capBytesPerSecond > 0 ? capBytesPerSecond : Double.POSITIVE_INFINITY;
        fullNext = true;
    }

    double rate(int f) {
        return rate[f];
    }

    boolean isLive(int f) {
        return live[f];
    }

    int flowUp(int f) {
        return flowUp[f];
    }

    int flowDown(int f) {
        return flowDown[f];
    }

    double flowCap(int f) {
        return flowCap[f];
    }

    int liveFlows() {
        return liveFlows;
    }

    /** One past the highest flow index ever used (for iterating over all flows). */
    int flowIndexLimit() {
        return flowHighWater;
    }

    int degree(int resource) {
        return degree[resource];
    }

    /** Flows re-solved over all calls to {@link #solve()} (the work done). */
    long solvedFlows() {
        return solvedFlows;
    }

    /** Whether a change is waiting for {@link #solve()}. */
    boolean hasPendingChanges() {
        return seedCount > 0 || fullNext;
    }

    /** Flows whose rate changed in the last {@link #solve()}: indices 0 .. {@link #changedCount()}-1. */
    int[] changedFlows() {
        return changed;
    }

    int changedCount() {
        return changedCount;
    }

    /** Brings all rates to the max-min fair allocation; returns the number of flows whose rate changed. */
    int solve() {
        changedCount = 0;
        if (!hasPendingChanges()) {
            return 0;
        }
        boolean full = fullNext || !incremental;
        double theta = Double.POSITIVE_INFINITY;
        if (!full) {
            for (int i = 0; i < seedCount; i++) {
                int r = seeds[i];
                double bound = oldLevelBound[r];
                if (touchedByAdd[r]) {
                    bound = Math.min(bound, capacity[r] / Math.max(1, degree[r]));
                }
                theta = Math.min(theta, bound);
            }
            theta *= 1 - THETA_MARGIN;
        } else {
            theta = Double.NEGATIVE_INFINITY;
        }
        int stamp = epoch;
        int affectedCount = collectAffected(full, theta, stamp);
        fill(affectedCount, stamp);
        solvedFlows += affectedCount;
        for (int i = 0; i < affectedCount; i++) {
            int f = affected[i];
            double old = rate[f];
            double now = newRate[f];
            if (newStamp[f] == stamp || Math.abs(now - old) > RATE_NOISE * Math.max(old, now)) {
                rate[f] = now;
                if (changedCount == changed.length) {
                    changed = Arrays.copyOf(changed, changedCount * 2);
                }
                changed[changedCount++] = f;
            }
        }
        seedCount = 0;
        fullNext = false;
        epoch++;
        return changedCount;
    }

    /** Breadth-first search from the touched resources over flows that are new or at least theta. */
    private int collectAffected(boolean full, double theta, int stamp) {
        int head = 0;
        int tail = 0;
        if (full) {
            for (int r = 0; r < resourceCount; r++) {
                if (degree[r] > 0) {
                    visitStamp[r] = stamp;
                    queue[tail++] = r;
                }
            }
        } else {
            for (int i = 0; i < seedCount; i++) {
                int r = seeds[i];
                visitStamp[r] = stamp;
                queue[tail++] = r;
            }
        }
        int count = 0;
        while (head < tail) {
            int r = queue[head++];
            int[] adj = adjacency[r];
            int n = degree[r];
            int inSet = 0;
            double frozenSum = 0;
            for (int k = 0; k < n; k++) {
                int f = adj[k];
                if (inSetStamp[f] == stamp) {
                    inSet++;
                    continue;
                }
                if (newStamp[f] == stamp || rate[f] >= theta) {
                    inSetStamp[f] = stamp;
                    if (count == affected.length) {
                        affected = Arrays.copyOf(affected, count * 2);
                    }
                    affected[count++] = f;
                    inSet++;
                    int other = flowUp[f] == r ? flowDown[f] : flowUp[f];
                    if (visitStamp[other] != stamp) {
                        visitStamp[other] = stamp;
                        queue[tail++] = other;
                    }
                } else {
                    frozenSum += rate[f];
                }
            }
            residual[r] = capacity[r] - frozenSum;
            unfrozenCount[r] = inSet;
        }
        // Fair shares of every visited resource with unfrozen flows, then the flows' own caps.
        heap.clear();
        for (int i = 0; i < tail; i++) {
            int r = queue[i];
            if (unfrozenCount[r] > 0) {
                heap.push(Math.max(0, residual[r]) / unfrozenCount[r], r, ++version[r]);
            }
        }
        for (int i = 0; i < count; i++) {
            int f = affected[i];
            if (flowCap[f] != Double.POSITIVE_INFINITY) {
                heap.push(flowCap[f], resourceCount + f, 0);
            }
        }
        return count;
    }

    /** Progressive filling over the affected flows, whose resources' residuals are set. */
    private void fill(int affectedCount, int stamp) {
        int frozen = 0;
        while (frozen < affectedCount && !heap.isEmpty()) {
            double share = heap.topKey();
            int id = heap.topId();
            int ver = heap.topVersion();
            heap.pop();
            if (id >= resourceCount) {
                int f = id - resourceCount;
                if (frozenStamp[f] != stamp) {
                    freeze(f, share, -1, stamp);
                    frozen++;
                }
                continue;
            }
            int r = id;
            if (ver != version[r] || unfrozenCount[r] == 0) {
                continue;
            }
            unfrozenCount[r] = 0;
            version[r]++;
            int[] adj = adjacency[r];
            int n = degree[r];
            for (int k = 0; k < n; k++) {
                int f = adj[k];
                if (inSetStamp[f] == stamp && frozenStamp[f] != stamp) {
                    freeze(f, share, r, stamp);
                    frozen++;
                }
            }
        }
    }

    private void freeze(int f, double share, int saturated, int stamp) {
        frozenStamp[f] = stamp;
        newRate[f] = share;
        release(flowUp[f], share, saturated);
        release(flowDown[f], share, saturated);
    }

    private void release(int r, double share, int saturated) {
        if (r == saturated || unfrozenCount[r] == 0) {
            return;
        }
        residual[r] -= share;
        if (--unfrozenCount[r] > 0) {
            heap.push(Math.max(0, residual[r]) / unfrozenCount[r], r, ++version[r]);
        } else {
            version[r]++;
        }
    }

    private void touch(int r, boolean byAdd) {
        if (r < 0 || r >= resourceCount) {
            throw new IllegalArgumentException("no resource " + r + " (there are " + resourceCount + ")");
        }
        if (touchStamp[r] != epoch) {
            touchStamp[r] = epoch;
            seeds[seedCount++] = r;
            touchedByAdd[r] = false;
            int n = degree[r];
            double bound = Double.POSITIVE_INFINITY;
            if (n > 0) {
                double maxRate = 0;
                int[] adj = adjacency[r];
                for (int k = 0; k < n; k++) {
                    maxRate = Math.max(maxRate, rate[adj[k]]);
                }
                bound = Math.max(capacity[r] / n, maxRate);
            }
            oldLevelBound[r] = bound;
        }
        if (byAdd) {
            touchedByAdd[r] = true;
        }
    }

    private int attach(int r, int f) {
        int n = degree[r];
        if (n == adjacency[r].length) {
            adjacency[r] = Arrays.copyOf(adjacency[r], n * 2);
        }
        adjacency[r][n] = f;
        degree[r] = n + 1;
        return n;
    }

    private void detach(int r, int pos) {
        int last = --degree[r];
        int[] adj = adjacency[r];
        int moved = adj[last];
        adj[pos] = moved;
        if (pos != last) {
            // A flow is attached to r at exactly one side (its up or its down resource).
            if (flowUp[moved] == r) {
                posUp[moved] = pos;
            } else {
                posDown[moved] = pos;
            }
        }
    }

    private void checkLive(int f) {
        if (f < 0 || f >= flowHighWater || !live[f]) {
            throw new IllegalArgumentException("flow " + f + " is not active");
        }
    }

    private void growFlows() {
        int n = flowCapacity * 2;
        flowUp = Arrays.copyOf(flowUp, n);
        flowDown = Arrays.copyOf(flowDown, n);
        posUp = Arrays.copyOf(posUp, n);
        posDown = Arrays.copyOf(posDown, n);
        flowCap = Arrays.copyOf(flowCap, n);
        rate = Arrays.copyOf(rate, n);
        newRate = Arrays.copyOf(newRate, n);
        live = Arrays.copyOf(live, n);
        newStamp = Arrays.copyOf(newStamp, n);
        inSetStamp = Arrays.copyOf(inSetStamp, n);
        frozenStamp = Arrays.copyOf(frozenStamp, n);
        flowCapacity = n;
    }

    /**
     * Checks the bookkeeping and, if no change is pending, that the allocation is feasible and
     * max-min optimal: every flow is at its cap or has a saturated resource where no flow is faster.
     *
     * @throws IllegalStateException describing the first violation
     */
    void checkInvariants(double relativeTolerance) {
        int count = 0;
        for (int f = 0; f < flowHighWater; f++) {
            if (!live[f]) {
                continue;
            }
            count++;
            if (adjacency[flowUp[f]][posUp[f]] != f || adjacency[flowDown[f]][posDown[f]] != f) {
                throw new IllegalStateException("flow " + f + " is not where its positions say");
            }
        }
        if (count != liveFlows) {
            throw new IllegalStateException("live flow count " + liveFlows + " but found " + count);
        }
        if (hasPendingChanges()) {
            return;
        }
        double[] used = new double[resourceCount];
        double[] maxRate = new double[resourceCount];
        for (int f = 0; f < flowHighWater; f++) {
            if (live[f]) {
                for (int r : new int[] {flowUp[f], flowDown[f]}) {
                    used[r] += rate[f];
                    maxRate[r] = Math.max(maxRate[r], rate[f]);
                }
            }
        }
        for (int r = 0; r < resourceCount; r++) {
            if (used[r] > capacity[r] * (1 + relativeTolerance)) {
                throw new IllegalStateException("resource " + r + " carries " + used[r]
                        + " B/s over its capacity " + capacity[r]);
            }
        }
        for (int f = 0; f < flowHighWater; f++) {
            if (!live[f]) {
                continue;
            }
            if (rate[f] >= flowCap[f] * (1 - relativeTolerance)) {
                continue;
            }
            boolean bottleneck = false;
            for (int r : new int[] {flowUp[f], flowDown[f]}) {
                if (used[r] >= capacity[r] * (1 - relativeTolerance)
                        && rate[f] >= maxRate[r] * (1 - relativeTolerance)) {
                    bottleneck = true;
                }
            }
            if (!bottleneck) {
                throw new IllegalStateException("flow " + f + " at " + rate[f]
                        + " B/s has no saturated resource on which it is the fastest");
            }
        }
    }

    /** A binary min-heap of (share, id, version) in parallel primitive arrays, ties broken by id. */
    private static final class ShareHeap {
        private double[] keys = new double[64];
        private int[] ids = new int[64];
        private int[] versions = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        int topId() {
            return ids[0];
        }

        int topVersion() {
            return versions[0];
        }

        void push(double key, int id, int ver) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                ids = Arrays.copyOf(ids, size * 2);
                versions = Arrays.copyOf(versions, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(key, id, keys[parent], ids[parent])) {
                    break;
                }
                keys[i] = keys[parent];
                ids[i] = ids[parent];
                versions[i] = versions[parent];
                i = parent;
            }
            keys[i] = key;
            ids[i] = id;
            versions[i] = ver;
        }

        void pop() {
            int last = --size;
            if (last == 0) {
                return;
            }
            double key = keys[last];
            int id = ids[last];
            int ver = versions[last];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= last) {
                    break;
                }
                if (child + 1 < last && less(keys[child + 1], ids[child + 1], keys[child], ids[child])) {
                    child++;
                }
                if (!less(keys[child], ids[child], key, id)) {
                    break;
                }
                keys[i] = keys[child];
                ids[i] = ids[child];
                versions[i] = versions[child];
                i = child;
            }
            keys[i] = key;
            ids[i] = id;
            versions[i] = ver;
        }

        private static boolean less(double k1, int id1, double k2, int id2) {
            return k1 < k2 || (k1 == k2 && id1 < id2);
        }
    }
}
