package org.swarmsim.run.gnutella;

/**
 * What one search (a query issued with one method) cost and found; a row of {@code queries.csv}.
 * Filled in by {@link GnutellaStats} while the search runs.
 */
final class QueryRecord {
    final int query;
    final long startNanos;
    final long origin;
    final int object;
    final String method;
    final String label;
    final int ttl;
    final int replicas;
    long messages;
    long hitMessages;
    long checkMessages;
    long reached;
    long duplicates;
    long hits;
    int firstHitHops = -1;
    long firstHitNanos = -1;
    long bytes;
    boolean sent;

    QueryRecord(int query, long startNanos, long origin, int object, String method, String label, int ttl,
                int replicas) {
        this.query = query;
        this.startNanos = startNanos;
        this.origin = origin;
        this.object = object;
        this.method = method;
        this.label = label;
        this.ttl = ttl;
        this.replicas = replicas;
    }

    boolean success() {
        return hits > 0;
    }

    /** Hops to the first hit, NaN without one (for the CSV). */
    double firstHitHopsOrNaN() {
        return firstHitHops < 0 ? Double.NaN : firstHitHops;
    }

    /** Seconds from start to the first hit, NaN without one. */
    double firstHitSecondsOrNaN() {
        return firstHitNanos < 0 ? Double.NaN : (firstHitNanos - startNanos) / 1e9;
    }
}
