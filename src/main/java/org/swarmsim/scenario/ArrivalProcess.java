package org.swarmsim.scenario;

import org.swarmsim.sim.random.RandomStream;

/**
 * When nodes arrive: a pure function from a random stream to sorted arrival times. One
 * implementation per entry of the {@link Arrivals} registry ({@code flash_crowd}, {@code poisson},
 * {@code trace}), read from the keys beside {@code arrival} (a swarm's
 * {@code population.leechers}).
 */
public interface ArrivalProcess {
    /** The name used in scenario files ({@code flash_crowd}, {@code poisson}, {@code trace}). */
    String name();

    /**
     * How many arrive, for a memory estimate without drawing the times: exact for a fixed count
     * or a trace, the mean plus three standard deviations for a random process.
     */
    long arrivalsBound();

    /** Arrival times in nanoseconds since the start, sorted ascending. */
    long[] arrivalTimes(RandomStream stream);

    /** Writes {@code arrival} and this process's keys into {@code map}. */
    void writeTo(YamlMap map);
}
