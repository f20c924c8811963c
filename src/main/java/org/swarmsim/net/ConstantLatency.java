package org.swarmsim.net;

/** The same one-way delay between every pair of nodes. */
public final class ConstantLatency implements LatencyModel {
    private final long oneWayNanos;

    /** @throws IllegalArgumentException if the delay is negative */
    public ConstantLatency(long oneWayNanos) {
        if (oneWayNanos < 0) {
            throw new IllegalArgumentException("one-way latency must be >= 0 ns, got " + oneWayNanos);
        }
        this.oneWayNanos = oneWayNanos;
    }

    @Override
    public long oneWayNanos(Node a, Node b) {
        return oneWayNanos;
    }

    @Override
    public String toString() {
        return "ConstantLatency[" + oneWayNanos + " ns]";
    }
}
