package org.swarmsim.scenario;

/**
 * What the loader has read of a scenario before a kind reads its own sections.
 *
 * @param name          the experiment's name
 * @param durationNanos the stated duration, or 0 for a kind whose duration is derived
 * @param network       the network section, with the capacity classes sections may refer to
 */
public record ScenarioBasics(String name, long durationNanos, NetworkSpec network) {
}
