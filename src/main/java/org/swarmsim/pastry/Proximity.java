package org.swarmsim.pastry;

/**
 * The proximity metric a node measures to another (a round-trip probe in a real deployment): here
 * the one-way delay of the network's latency model between two addresses, read as if measured.
 */
@FunctionalInterface
public interface Proximity {
    /** Delay from {@code from} to {@code to} in nanoseconds. */
    long nanos(int from, int to);
}
