package org.swarmsim.scenario;

import java.util.List;

/**
 * {@code network}: how peers are connected. Capacity classes' shares sum to 1.
 * Default: constant 50 ms latency and one class {@code default} of 1 MB/s up and down.
 */
public record NetworkSpec(LatencySpec latency, List<CapacityClass> classes) {
    /** Default latency: 50 ms one way, a typical continental round trip of 100 ms. */
    public static final long DEFAULT_LATENCY_NANOS = 50_000_000L;
    /** Default capacity of the default class, both ways. */
    public static final long DEFAULT_BYTES_PER_SECOND = 1_000_000L;

    public NetworkSpec {
        classes = List.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("at least one capacity class is needed");
        }
        double sum = classes.stream().mapToDouble(CapacityClass::share).sum();
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("capacity class shares must sum to 1: " + sum);
        }
    }

    /** The class with this name, or null. */
    public CapacityClass capacityClass(String name) {
        for (CapacityClass c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
