package org.swarmsim.sim;

/** Conversions between simulated nanoseconds and human units. Time in the kernel is always a long. */
public final class SimTime {
    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    public static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

    private SimTime() {
    }

    /** Seconds to nanoseconds, rounded to the nearest nanosecond. */
    public static long seconds(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("NaN seconds");
        }
        if (seconds >= Long.MAX_VALUE / (double) NANOS_PER_SECOND) {
            return Long.MAX_VALUE;
        }
        return Math.round(seconds * NANOS_PER_SECOND);
    }

    public static long millis(double millis) {
        return Math.round(millis * NANOS_PER_MILLI);
    }

    public static long minutes(double minutes) {
        return seconds(minutes * 60.0);
    }

    public static long hours(double hours) {
        return seconds(hours * 3600.0);
    }

    /** Nanoseconds to seconds. */
    public static double toSeconds(long nanos) {
        return nanos / (double) NANOS_PER_SECOND;
    }
}
