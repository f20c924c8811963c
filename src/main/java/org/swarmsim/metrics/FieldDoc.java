package org.swarmsim.metrics;

/**
 * The documentation of one output field (a CSV column or a {@code summary.json} key): its name
 * and what it means. The README's output tables are made from these.
 */
public record FieldDoc(String name, String description) {
}
