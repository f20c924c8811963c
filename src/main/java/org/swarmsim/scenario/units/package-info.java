/**
 * Quantities written for humans in scenario files: {@link org.swarmsim.scenario.units.ByteSize},
 * {@link org.swarmsim.scenario.units.DataRate}, {@link org.swarmsim.scenario.units.Duration} and
 * {@link org.swarmsim.scenario.units.Fraction}. Each parses exactly (with {@code BigDecimal}) into
 * the simulator's unit (bytes, bytes per second, nanoseconds) and formats back to the shortest
 * exact spelling, so a written scenario reads back to the same values.
 */
package org.swarmsim.scenario.units;
