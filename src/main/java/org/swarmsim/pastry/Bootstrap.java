package org.swarmsim.pastry;

/**
 * How a joining node finds a nearby Pastry node to start from. The paper assumes the joiner knows
 * one (by expanding-ring multicast, or an administrator); the simulation supplies it.
 */
@FunctionalInterface
public interface Bootstrap {
    /** A node that has finished joining, near {@code joiner} by the proximity metric; -1 if there is none. */
    int nearby(int joiner);
}
