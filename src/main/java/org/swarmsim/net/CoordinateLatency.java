package org.swarmsim.net;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.RealDistribution;
import org.swarmsim.sim.random.RandomStream;

/**
 * Delays from positions in a plane, like OverSim's SimpleUnderlay: the one-way delay between two
 * nodes is their Euclidean distance times a factor, plus each node's access delay (the last-mile
 * link). A node gets its point (uniform in a square) and its access delay when it is added to the
 * network, unless {@link #place} fixed them before.
 */
public final class CoordinateLatency implements LatencyModel {
    private final RandomStream stream;
    private final double side;
    private final double millisPerUnit;
    private final RealDistribution accessDelayMillis;
    private double[] x = new double[64];
    private double[] y = new double[64];
    private double[] accessMillis = new double[64];
    private boolean[] placed = new boolean[64];

    /**
     * @param stream            draws the points (two uniforms per node)
     * @param side              points are uniform in [0, side) x [0, side)
     * @param millisPerUnit     one-way milliseconds per unit of distance
     * @param accessDelayMillis each node's access delay in ms, drawn once per node; null = none.
     *                          It samples from the stream it was built with.
     */
    public CoordinateLatency(RandomStream stream, double side, double millisPerUnit, RealDistribution accessDelayMillis) {
        this.stream = Objects.requireNonNull(stream, "stream");
        if (!(side >= 0) || !(millisPerUnit >= 0) || Double.isInfinite(side) || Double.isInfinite(millisPerUnit)) {
            throw new IllegalArgumentException("side and millisPerUnit must be finite and >= 0, got side=" + side
                    + " millisPerUnit=" + millisPerUnit);
        }
        this.side = side;
        this.millisPerUnit = millisPerUnit;
        this.accessDelayMillis = accessDelayMillis;
    }

    /** Fixes the point and access delay of node id {@code nodeId} (before or after it is added). */
    public void place(int nodeId, double px, double py, double accessDelayMs) {
        if (nodeId < 0 || !Double.isFinite(px) || !Double.isFinite(py) || !(accessDelayMs >= 0)) {
            throw new IllegalArgumentException("bad placement of node " + nodeId + ": (" + px + ", " + py
                    + "), access " + accessDelayMs + " ms (need id >= 0, finite point, access >= 0)");
        }
        ensure(nodeId);
        x[nodeId] = px;
        y[nodeId] = py;
        accessMillis[nodeId] = accessDelayMs;
        placed[nodeId] = true;
    }

    @Override
    public void onNodeAdded(Node node) {
        int id = node.id();
        ensure(id);
        if (placed[id]) {
            return;
        }
        x[id] = stream.nextUniform(0, side);
        y[id] = stream.nextUniform(0, side);
        accessMillis[id] = accessDelayMillis == null ? 0 : Math.max(0, accessDelayMillis.sample());
        placed[id] = true;
    }

    @Override
    public long oneWayNanos(Node a, Node b) {
        int i = a.id();
        int j = b.id();
        if (i >= placed.length || j >= placed.length || !placed[i] || !placed[j]) {
            throw new IllegalStateException("no coordinates for " + a + " or " + b
                    + ": was the model given to the network that added them?");
        }
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        // Math.sqrt is correctly rounded (the same bits everywhere); the coordinates are bounded by
        // the square's side, so dx^2 + dy^2 cannot overflow and hypot's care is not needed (it was
        // half of a Pastry run's time, which measures latencies for proximity neighbour selection)
        double distance = Math.sqrt(dx * dx + dy * dy);
        return Math.round((distance * millisPerUnit + accessMillis[i] + accessMillis[j]) * 1e6);
    }

    /** X coordinate of a node. */
    public double x(Node node) {
        return x[node.id()];
    }

    /** Y coordinate of a node. */
    public double y(Node node) {
        return y[node.id()];
    }

    /** Access delay of a node in milliseconds. */
    public double accessDelayMillis(Node node) {
        return accessMillis[node.id()];
    }

    private void ensure(int id) {
        if (id >= placed.length) {
            int n = Math.max(id + 1, placed.length * 2);
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            accessMillis = Arrays.copyOf(accessMillis, n);
            placed = Arrays.copyOf(placed, n);
        }
    }
}
