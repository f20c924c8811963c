package org.swarmsim.run.dhtlookups;

import java.util.Objects;

/**
 * One measured lookup of a DHT lookup run: a row of {@code lookups.csv} ({@link DhtLookupOutputs#LOOKUPS}).
 *
 * @param startNanos   when it started
 * @param node         the looking-up node's address
 * @param target       the id looked up, 40 hex digits
 * @param kind         {@code find_node} or {@code get_peers}
 * @param rounds       hops
 * @param messages     queries sent
 * @param timeouts     queries that timed out
 * @param latencyNanos start to finish
 * @param success      the true closest online node was returned
 * @param exact        exactly the true k closest online nodes were returned
 */
public record LookupRecord(long startNanos, int node, String target, String kind, int rounds, int messages, int timeouts,
                           long latencyNanos, boolean success, boolean exact) {
    public LookupRecord {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        if (startNanos < 0 || latencyNanos < 0 || rounds < 0 || messages < 0 || timeouts < 0) {
            throw new IllegalArgumentException("lookup fields must be >= 0: start=" + startNanos
                    + " latency=" + latencyNanos + " rounds=" + rounds + " messages=" + messages + " timeouts=" + timeouts);
        }
    }
}
