package org.swarmsim.cli;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.swarmsim.run.Progress;
import org.swarmsim.sim.SimTime;

/**
 * Remembers how far a simulation got (simulated time, the largest population) so that, if it runs
 * out of memory, {@link #outOfMemory} can say what it was doing, how far it got and what heap to
 * try. It keeps a few numbers only: nothing of the simulation stays reachable through it.
 */
public final class MemoryWatch implements Progress {
    private final String what;
    private final Consumer<Status> then;
    private volatile long simNanos;
    private volatile long endNanos = -1;
    private volatile long peakPopulation = -1;
    private volatile LongSupplier clock;
    private volatile LongSupplier population;

    /** @param what what is simulated, for the message: {@code scenarios/flash-crowd.yaml (kind swarm)} */
    public MemoryWatch(String what) {
        this(what, status -> { });
    }

    /** A watch that passes every status on to {@code then} (a progress bar). */
    public MemoryWatch(String what, Consumer<Status> then) {
        this.what = what;
        this.then = then;
    }

    @Override
    public void started(long endNanos, LongSupplier simNanos, LongSupplier population) {
        this.endNanos = endNanos;
        this.clock = simNanos;
        this.population = population;
    }

    /**
     * The run ended (or failed): takes a last reading, then drops the live readings, which keep the
     * simulation reachable. Call it first thing after an {@link OutOfMemoryError}, before allocating.
     */
    public void release() {
        LongSupplier c = clock;
        LongSupplier p = population;
        clock = null;
        population = null;
        if (c != null) {
            simNanos = c.getAsLong();
            peakPopulation = Math.max(peakPopulation, p.getAsLong());
        }
    }

    @Override
    public void update(Status status) {
        simNanos = status.simNanos();
        endNanos = status.endNanos();
        if (status.population() > peakPopulation) {
            peakPopulation = status.population();
        }
        then.accept(status);
    }

    /**
     * The error to end with, once the caller has dropped its references to the simulation and
     * called {@link #release()} (so there is room to build the message); {@code cleanup} says what
     * became of the results.
     */
    public SimulationOutOfMemory outOfMemory(OutOfMemoryError e, String cleanup) {
        release();
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String reached = endNanos < 0
                ? "it ran out while setting up, before the first simulated step"
                : String.format(Locale.ROOT, "it reached %.1f s of %.1f s simulated", SimTime.toSeconds(simNanos),
                        SimTime.toSeconds(endNanos));
        String population = peakPopulation < 0 ? "peak population not yet measured"
                : "peak population " + peakPopulation + " peers/nodes";
        String xmx = suggestedXmx(maxMb);
        return new SimulationOutOfMemory(String.format(Locale.ROOT,
                "out of memory simulating %s: %s, %s, maximum heap %d MB (%s). Try -Xmx%s: JAVA_OPTS=-Xmx%s swarmsim ... "
                        + "or java -Xmx%s -jar target/swarmsim.jar ...; or make the scenario smaller. %s",
                what, reached, population, maxMb, e.getMessage(), xmx, xmx, xmx, cleanup), e);
    }

    /** Twice the heap, rounded up to a power of two megabytes, written as Java takes it ({@code 128m}, {@code 8g}). */
    public static String suggestedXmx(long maxHeapMb) {
        long mb = 64;
        while (mb < 2 * maxHeapMb) {
            mb *= 2;
        }
        return mb >= 1024 ? mb / 1024 + "g" : mb + "m";
    }
}
