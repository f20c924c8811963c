package org.swarmsim.run.pastry;

/**
 * One node at the end of a Pastry run: a row of {@code nodes.csv} ({@link PastryOutputs#NODES}).
 *
 * @param address      network address (the number used in lookups.csv and trace.jsonl)
 * @param id           Pastry id, 32 hex digits
 * @param ready        joined and online at the end
 * @param joinedNanos  when it first finished joining, -1 if never
 * @param tableEntries non-empty routing-table entries
 * @param tableRows    routing-table rows allocated (deepest filled row + 1)
 * @param leafSetSize  distinct leaf-set members
 * @param neighbours   neighbourhood-set members
 * @param stored       values held
 */
public record NodeRecord(int address, String id, boolean ready, long joinedNanos, int tableEntries, int tableRows,
                         int leafSetSize, int neighbours, int stored) {
}
