package org.swarmsim.scenario;

import org.swarmsim.sim.random.RandomStream;

/**
 * When leechers arrive: a pure function from a random stream to sorted arrival times. Built from
 * the {@code population.leechers.arrival} field: {@link FlashCrowdArrivals}, {@link PoissonArrivals}
 * or {@link TraceArrivals}.
 */
public sealed interface ArrivalProcess permits FlashCrowdArrivals, PoissonArrivals, TraceArrivals {
    /** The name used in scenario files ({@code flash_crowd}, {@code poisson}, {@code trace}). */
    String name();

    /** Arrival times in nanoseconds since the start, sorted ascending. */
    long[] arrivalTimes(RandomStream stream);
}
