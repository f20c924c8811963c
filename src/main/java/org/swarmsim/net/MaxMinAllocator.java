package org.swarmsim.net;

import java.util.Arrays;

/**
 * Max-min fair rates for flows that each cross two capacity constraints (the sender's upload and
 * the receiver's download) and an optional per-flow cap, computed by progressive filling and kept
 * up to date incrementally.
 *
 * <p>Resources and flows are plain {@code int} indices into primitive arrays; nothing is allocated
 * per change once the arrays have grown. Changes ({@link #addFlow}, {@link #removeFlow},
 * {@link #setFlowCap}) only record the touched resources; {@link #solve()} then re-solves the part
 * of the flow graph that can be affected, found by local propagation from the touched resources
 * (in the spirit of Gkogkas, Roverso and Haridi's affected-subgraph recomputation):
 *
 * <ol>
 *   <li>The <i>affected set</i> A starts as every flow at a touched resource.</li>
 *   <li>Progressive filling re-solves A over the residual capacities left by the flows outside A,
 *       whose rates stay fixed (a heap of fair shares {@code residual / unfrozen count}:
 *       O((|A| + R_A) log R_A)).</li>
 *   <li>A feasible allocation is max-min fair iff every flow is at its cap or has a
 *       <i>bottleneck</i>: a saturated resource on which no flow is faster. Only flows at a
 *       resource whose load or fastest flow changed can have lost that property, so only they
 *       are checked (in later passes, only where rates moved since the previous pass). A fixed
 *       flow that lost its bottleneck joins A; a flow of A whose residual bottleneck carries a
 *       faster fixed flow brings that flow into A. If nothing joined, the allocation is the
 *       max-min one (it is unique); otherwise go to 2. A only grows, so this ends; after a few
 *       passes whole resources join at once, and once A is more than half the flows everything
 *       is re-solved.</li>
 * </ol>
 *
 * <p>In a swarm the flow graph is one big component, but a change usually moves only the rates
 * next to it: the benchmark ({@code swarmsim bench network}) re-solves about 20 flows per change
 * among 50,000 with realistic access links, about 90 when every link is 1 MB/s both ways. In
 * {@linkplain #setIncremental(boolean) full mode} every solve re-fills all flows: the reference
 * the benchmark compares against. Rates within 1e-12 relative of their old value are
 * reported as unchanged (floating-point noise), so callers do not reschedule events needlessly.
 */
final class MaxMinAllocator {
    /** Relative tolerance of the bottleneck test that decides when re-solving may stop. */
    private static final double CHECK_TOLERANCE = 1e-11;
    /** Passes that add only violating flows before whole resources are added. */
    private static final int EAGER_PASSES = 6;
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
    private int[] loadStamp = new int[16];
    private double[] loadScratch = new double[16];
    private double[] maxScratch = new double[16];

    // ---- flows ----
    private int flowCapacity = 16;
    private int[] flowUp = new int[16];
    private int[] flowDown = new int[16];
    private int[] posUp = new int[16];
    private int[] posDown = new int[16];
    private double[] flowCap = new double[16];
    /**
     * The four per-flow fields the solver's inner loops read for every flow of a resource, side by
     * side so that a flow costs one cache miss, not four: at {@code 4 f} its rate, {@code 4 f + 1}
     * its tentative rate in the current solve, {@code 4 f + 2} the stamp of the solve whose affected
     * set holds it, {@code 4 f + 3} the stamp of the pass that froze or checked it (stamps are ints,
     * exact as doubles).
     */
    private double[] hot = new double[4 * 16];
    private double[] passRate = new double[16];
    private boolean[] live = new boolean[16];
    private int[] newStamp = new int[16];
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
    private int affectedCount;
    private int pass;
    private int[] changed = new int[16];
    private int changedCount;
    private final FairShareHeap heap = new FairShareHeap();
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
            loadStamp = Arrays.copyOf(loadStamp, n);
            loadScratch = Arrays.copyOf(loadScratch, n);
            maxScratch = Arrays.copyOf(maxScratch, n);
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
        touch(up);
        touch(down);
        flowUp[f] = up;
        flowDown[f] = down;
        flowCap[f] = capBytesPerSecond > 0 ? capBytesPerSecond : Double.POSITIVE_INFINITY;
        hot[f << 2] = 0;
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
        touch(flowUp[f]);
        touch(flowDown[f]);
        detach(flowUp[f], posUp[f]);
        detach(flowDown[f], posDown[f]);
        live[f] = false;
        hot[f << 2] = 0;
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
        return hot[f << 2];
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
        int stamp = epoch;
        affectedCount = 0;
        if (fullNext || !incremental) {
            for (int f = 0; f < flowHighWater; f++) {
                if (live[f]) {
                    addAffected(f, stamp);
                }
            }
            fillAffected(stamp);
        } else {
            for (int i = 0; i < seedCount; i++) {
                int r = seeds[i];
                int[] adj = adjacency[r];
                for (int k = degree[r] - 1; k >= 0; k--) {
                    addAffected(adj[k], stamp);
                }
            }
            int passes = 0;
            int addedFrom = affectedCount;
            while (true) {
                fillAffected(stamp);
                passes++;
                if (affectedCount * 2 > liveFlows) {
                    // Most of the graph is affected anyway: one plain solve of everything is cheaper.
                    for (int f = 0; f < flowHighWater; f++) {
                        if (live[f]) {
                            addAffected(f, stamp);
                        }
                    }
                    fillAffected(stamp);
                    break;
                }
                int dirty = collectDirtyResources(passes == 1, addedFrom);
                addedFrom = affectedCount;
                if (!expandByViolations(stamp, dirty, passes > EAGER_PASSES)) {
                    break;
                }
            }
        }
        solvedFlows += affectedCount;
        for (int i = 0; i < affectedCount; i++) {
            int f = affected[i];
            double old = hot[f << 2];
            double now = hot[(f << 2) + 1];
            if (newStamp[f] == stamp || Math.abs(now - old) > RATE_NOISE * Math.max(old, now)) {
                hot[f << 2] = now;
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

    private void addAffected(int f, int stamp) {
        if (hot[(f << 2) + 2] == stamp) {
            return;
        }
        hot[(f << 2) + 2] = stamp;
        if (affectedCount == affected.length) {
            affected = Arrays.copyOf(affected, affectedCount * 2);
        }
        affected[affectedCount++] = f;
    }

    /** The rate a flow has in the tentative allocation: re-solved if affected, else its old rate. */
    private double tentativeRate(int f, int stamp) {
        return hot[(f << 2) + 2] == stamp ? hot[(f << 2) + 1] : hot[f << 2];
    }

    /**
     * Progressive filling of the affected flows over the residual capacities left by the others
     * (whose rates stay fixed). Sets {@code newRate} of every affected flow.
     */
    private void fillAffected(int stamp) {
        int visit = ++pass;
        int tail = 0;
        for (int i = 0; i < affectedCount; i++) {
            int f = affected[i];
            for (int side = 0; side < 2; side++) {
                int r = side == 0 ? flowUp[f] : flowDown[f];
                if (visitStamp[r] == visit) {
                    continue;
                }
                visitStamp[r] = visit;
                queue[tail++] = r;
                int[] adj = adjacency[r];
                int n = degree[r];
                int inSet = 0;
                double frozenSum = 0;
                for (int k = 0; k < n; k++) {
                    int g = adj[k];
                    if (hot[(g << 2) + 2] == stamp) {
                        inSet++;
                    } else {
                        frozenSum += hot[g << 2];
                    }
                }
                residual[r] = capacity[r] - frozenSum;
                unfrozenCount[r] = inSet;
            }
        }
        heap.clear();
        for (int i = 0; i < tail; i++) {
            int r = queue[i];
            heap.push(Math.max(0, residual[r]) / unfrozenCount[r], r, ++version[r]);
        }
        for (int i = 0; i < affectedCount; i++) {
            int f = affected[i];
            if (flowCap[f] != Double.POSITIVE_INFINITY) {
                heap.push(flowCap[f], resourceCount + f, 0);
            }
        }
        int frozen = 0;
        while (frozen < affectedCount && !heap.isEmpty()) {
            double share = heap.topKey();
            int id = heap.topId();
            int ver = heap.topVersion();
            heap.pop();
            if (id >= resourceCount) {
                int f = id - resourceCount;
                if (hot[(f << 2) + 3] != visit) {
                    freeze(f, share, -1, visit);
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
                if (hot[(f << 2) + 2] == stamp && hot[(f << 2) + 3] != visit) {
                    freeze(f, share, r, visit);
                    frozen++;
                }
            }
        }
    }

    private void freeze(int f, double share, int saturated, int visit) {
        hot[(f << 2) + 3] = visit;
        hot[(f << 2) + 1] = share;
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

    /**
     * Puts into {@code queue} the resources whose tentative state (the rates of their flows) may
     * differ from what the last check saw: in the first pass the touched resources and those of
     * flows whose rate differs from the old one; later, those of flows whose rate moved since the
     * previous pass or that joined the affected set in it (index {@code addedFrom} on). Every
     * other resource, and every flow whose resources are all unchanged, passed its check before.
     * Also records this pass's rates for the next comparison. Returns the number of resources.
     */
    private int collectDirtyResources(boolean firstPass, int addedFrom) {
        int mark = ++pass;
        int count = 0;
        if (firstPass) {
            for (int i = 0; i < seedCount; i++) {
                int r = seeds[i];
                visitStamp[r] = mark;
                queue[count++] = r;
            }
        }
        for (int i = 0; i < affectedCount; i++) {
            int f = affected[i];
            double previous = firstPass ? hot[f << 2] : passRate[f];
            if (i >= addedFrom || hot[(f << 2) + 1] != previous) {
                int up = flowUp[f];
                int down = flowDown[f];
                if (visitStamp[up] != mark) {
                    visitStamp[up] = mark;
                    queue[count++] = up;
                }
                if (visitStamp[down] != mark) {
                    visitStamp[down] = mark;
                    queue[count++] = down;
                }
            }
            passRate[f] = hot[(f << 2) + 1];
        }
        return count;
    }

    /**
     * Checks the bottleneck condition, in the tentative allocation, for every flow at the first
     * {@code resources} resources of {@code queue} (those whose state may have changed). Adds the
     * flows that must be re-solved to the affected set; returns whether any were added.
     *
     * <p>An unaffected flow that lost its bottleneck is added. An affected flow that has no
     * bottleneck once the fixed flows are counted shares its residual bottleneck with a faster
     * fixed flow: those faster flows are added. With {@code eager}, whole resources are added
     * (every flow at the resources of a violating flow), so long propagations take few passes.
     */
    private boolean expandByViolations(int stamp, int resources, boolean eager) {
        int check = ++pass;
        int before = affectedCount;
        for (int i = 0; i < resources; i++) {
            int r = queue[i];
            int[] adj = adjacency[r];
            int n = degree[r];
            for (int k = 0; k < n; k++) {
                int g = adj[k];
                if (hot[(g << 2) + 3] == check) {
                    continue;
                }
                hot[(g << 2) + 3] = check;   // reused here as "already checked in this pass"
                if (hasBottleneck(g, stamp, check)) {
                    continue;
                }
                if (eager) {
                    addResourceFlows(flowUp[g], stamp);
                    addResourceFlows(flowDown[g], stamp);
                } else if (hot[(g << 2) + 2] != stamp) {
                    addAffected(g, stamp);
                } else {
                    double mine = hot[(g << 2) + 1];
                    addFasterFixed(flowUp[g], mine, stamp);
                    addFasterFixed(flowDown[g], mine, stamp);
                }
            }
        }
        return affectedCount > before;
    }

    private void addResourceFlows(int r, int stamp) {
        int[] adj = adjacency[r];
        for (int k = degree[r] - 1; k >= 0; k--) {
            addAffected(adj[k], stamp);
        }
    }

    private void addFasterFixed(int r, double mine, int stamp) {
        int[] adj = adjacency[r];
        double limit = mine * (1 + CHECK_TOLERANCE);
        for (int k = degree[r] - 1; k >= 0; k--) {
            int g = adj[k];
            if (hot[(g << 2) + 2] != stamp && hot[g << 2] > limit) {
                addAffected(g, stamp);
            }
        }
    }

    private boolean hasBottleneck(int g, int stamp, int check) {
        double mine = tentativeRate(g, stamp);
        if (mine >= flowCap[g] * (1 - CHECK_TOLERANCE)) {
            return true;
        }
        return isBottleneckFor(flowUp[g], mine, stamp, check) || isBottleneckFor(flowDown[g], mine, stamp, check);
    }

    /** Whether {@code r} is saturated and no flow on it is faster than {@code mine}, in the tentative allocation. */
    private boolean isBottleneckFor(int r, double mine, int stamp, int check) {
        if (loadStamp[r] != check) {
            loadStamp[r] = check;
            int[] adj = adjacency[r];
            double load = 0;
            double max = 0;
            for (int k = degree[r] - 1; k >= 0; k--) {
                double v = tentativeRate(adj[k], stamp);
                load += v;
                max = Math.max(max, v);
            }
            loadScratch[r] = load;
            maxScratch[r] = max;
        }
        return loadScratch[r] >= capacity[r] * (1 - CHECK_TOLERANCE)
                && mine >= maxScratch[r] * (1 - CHECK_TOLERANCE);
    }

    private void touch(int r) {
        if (r < 0 || r >= resourceCount) {
            throw new IllegalArgumentException("no resource " + r + " (there are " + resourceCount + ")");
        }
        if (touchStamp[r] != epoch) {
            touchStamp[r] = epoch;
            seeds[seedCount++] = r;
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
        hot = Arrays.copyOf(hot, 4 * n);
        passRate = Arrays.copyOf(passRate, n);
        live = Arrays.copyOf(live, n);
        newStamp = Arrays.copyOf(newStamp, n);
        flowCapacity = n;
    }

    /**
     * Checks the bookkeeping (every flow is where its positions say) and, if no change is pending,
     * feasibility and max-min optimality ({@link MaxMinOptimality}).
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
        if (!hasPendingChanges()) {
            MaxMinOptimality.check(this, relativeTolerance);
        }
    }
}
