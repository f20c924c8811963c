package org.swarmsim.run.pastry;

/**
 * One measured routed message of a Pastry run (a lookup, insert or get): a row of
 * {@code lookups.csv} ({@link PastryOutputs#LOOKUPS}).
 *
 * @param startNanos      when it started
 * @param operation       lookup, insert or get
 * @param origin          the address of the node it started from
 * @param key             the key, 32 hex digits
 * @param destination     where it was delivered, -1 if it never was
 * @param root            the true root at delivery (the live joined node numerically closest to the key), -1 if none
 * @param hops            hops taken
 * @param latencyNanos    start to delivery, -1 if never delivered
 * @param travelledNanos  sum of the one-way delays of the hops
 * @param directNanos     one-way delay from the origin straight to the destination (-1 if not delivered)
 * @param success         delivered to the true root
 * @param rareHops        hops chosen by the rare-case rule
 * @param timeouts        hops that timed out
 * @param found           for a get: 1 if a replica answered, 0 if not; -1 for other operations
 * @param path            the addresses visited, the origin first, separated by spaces
 */
public record LookupRecord(long startNanos, String operation, int origin, String key, int destination, int root,
                           int hops, long latencyNanos, long travelledNanos, long directNanos, boolean success,
                           int rareHops, int timeouts, int found, String path) {
    /** Whether it was delivered at all. */
    public boolean delivered() {
        return destination >= 0;
    }

    /** Relative delay penalty: distance travelled over the direct delay; NaN without hops or with a 0 direct delay. */
    public double relativeDelayPenalty() {
        return delivered() && hops > 0 && directNanos > 0 ? travelledNanos / (double) directNanos : Double.NaN;
    }
}
