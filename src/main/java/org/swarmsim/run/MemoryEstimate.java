package org.swarmsim.run;

import java.util.Locale;

/**
 * How much memory a scenario's run needs, estimated before it starts from its population and the
 * state each member keeps ({@link SimulationKind#memoryEstimate}): the live objects at the peak
 * population, and the heap to give the JVM for that, with room for the collector to work.
 *
 * <p>Each kind's figures per member are measured, not guessed: live-object histograms
 * ({@code jcmd PID GC.class_histogram}) of its benchmark at the peak population, recorded beside
 * the constants. The estimate is an upper bound for the usual case (every member online at once,
 * every peer with its full connection count), so a run that fits the estimate fits the heap.
 *
 * @param liveBytes  the live objects at the peak population
 * @param population the peak population (peers or nodes)
 * @param basis      what the estimate counts, for reading ({@code 1,001 peers, up to 80 connections each, 400 pieces})
 */
public record MemoryEstimate(long liveBytes, long population, String basis) {
    /** Heap beyond the model's own objects: the JVM's, the scenario's, the output tables' start. */
    static final long BASE_BYTES = 24L << 20;

    /**
     * The heap to give a run: the live objects plus half again (the parallel and G1 collectors
     * slow down sharply when the live set fills more than about two thirds of the heap).
     */
    public long heapBytes() {
        return BASE_BYTES + liveBytes + liveBytes / 2;
    }

    /** Whether the run is likely to exhaust a heap of {@code maxHeapBytes}. */
    public boolean exceeds(long maxHeapBytes) {
        return heapBytes() > maxHeapBytes;
    }

    /** The largest population that would fit a heap of {@code maxHeapBytes} at this estimate's cost per member. */
    public long populationFitting(long maxHeapBytes) {
        if (population <= 0 || liveBytes <= 0) {
            return Long.MAX_VALUE;
        }
        double perMember = (double) (heapBytes() - BASE_BYTES) / population;
        return Math.max(0, (long) ((maxHeapBytes - BASE_BYTES) / perMember));
    }

    /** How many runs of this estimate fit a heap of {@code maxHeapBytes} at once (a sweep's threads). */
    public long copiesFitting(long maxHeapBytes) {
        long each = heapBytes() - BASE_BYTES;
        return each <= 0 ? Long.MAX_VALUE : Math.max(0, (maxHeapBytes - BASE_BYTES) / each);
    }

    /** The {@code -Xmx} that fits: the heap rounded up to a whole GiB (or 256 MiB steps below 1 GiB). */
    public String xmx() {
        long heap = heapBytes();
        if (heap <= (1L << 30)) {
            long quarters = (heap + (256L << 20) - 1) / (256L << 20);
            return "-Xmx" + quarters * 256 + "m";
        }
        return "-Xmx" + ((heap + (1L << 30) - 1) >> 30) + "g";
    }

    /** {@code needs about 146 MiB of heap (basis); this JVM's maximum heap is 6.0 GiB}. */
    public String describe(long maxHeapBytes) {
        return "needs about " + bytes(heapBytes()) + " of heap (" + basis + "); this JVM's maximum heap is " + bytes(maxHeapBytes);
    }

    /**
     * The warning printed before a run that is likely to run out of memory: what it needs, what
     * the JVM has, and what to change.
     */
    public String warning(long maxHeapBytes) {
        long fit = populationFitting(maxHeapBytes);
        return "warning: this scenario needs about " + bytes(heapBytes()) + " of heap (" + basis + ") but this JVM's"
                + " maximum heap is " + bytes(maxHeapBytes) + "; it may run out of memory (exit 4). Give it more"
                + " (JAVA_OPTS=" + xmx() + " swarmsim ..., or java " + xmx() + " -jar ...)"
                + (fit < population ? String.format(Locale.ROOT, " or simulate at most about %,d", fit) : "") + ".";
    }

    /** {@code 146 MiB}, {@code 14.6 GiB}. */
    public static String bytes(long b) {
        if (b < (1L << 30)) {
            return String.format(Locale.ROOT, "%d MiB", (b + (1L << 19)) >> 20);
        }
        return String.format(Locale.ROOT, "%.1f GiB", b / (double) (1L << 30));
    }
}
