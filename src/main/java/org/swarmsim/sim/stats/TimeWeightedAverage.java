package org.swarmsim.sim.stats;

/**
 * Time average of a piecewise-constant quantity (number of leechers, queue length), integrated
 * exactly over simulated time: each value is weighted by how long it held.
 *
 * <pre>{@code
 * TimeWeightedAverage leechers = new TimeWeightedAverage(0, 0.0);
 * leechers.update(sim.now(), count);      // whenever the value changes
 * double avg = leechers.average(sim.now());
 * }</pre>
 */
public final class TimeWeightedAverage {
    private long startNanos;
    private long lastNanos;
    private double value;
    private double integral;   // value x nanoseconds, since startNanos
    private double min;
    private double max;

    /** Starts observing at {@code startNanos} with the given initial value. */
    public TimeWeightedAverage(long startNanos, double initialValue) {
        this.startNanos = startNanos;
        this.lastNanos = startNanos;
        this.value = initialValue;
        this.min = initialValue;
        this.max = initialValue;
    }

    /** The quantity changed to {@code newValue} at {@code timeNanos} (not before the last update). */
    public void update(long timeNanos, double newValue) {
        advance(timeNanos);
        value = newValue;
        min = Math.min(min, newValue);
        max = Math.max(max, newValue);
    }

    /** Adds {@code delta} to the current value at {@code timeNanos}. */
    public void add(long timeNanos, double delta) {
        update(timeNanos, value + delta);
    }

    /**
     * Forgets the history before {@code timeNanos} (end of a warm-up period), keeping the current
     * value.
     */
    public void reset(long timeNanos) {
        advance(timeNanos);
        startNanos = timeNanos;
        integral = 0;
        min = value;
        max = value;
    }

    /** Average over [start, timeNanos]; the current value if no time has passed. */
    public double average(long timeNanos) {
        if (timeNanos < lastNanos) {
            throw new IllegalArgumentException("time " + timeNanos + " is before the last update " + lastNanos);
        }
        long span = timeNanos - startNanos;
        if (span == 0) {
            return value;
        }
        return (integral + value * (double) (timeNanos - lastNanos)) / span;
    }

    /** Integral of the quantity over time, in value x seconds, up to {@code timeNanos}. */
    public double integralSeconds(long timeNanos) {
        return (integral + value * (double) (timeNanos - lastNanos)) / 1e9;
    }

    public double current() {
        return value;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    private void advance(long timeNanos) {
        if (timeNanos < lastNanos) {
            throw new IllegalArgumentException("time " + timeNanos + " is before the last update " + lastNanos);
        }
        integral += value * (double) (timeNanos - lastNanos);
        lastNanos = timeNanos;
    }
}
