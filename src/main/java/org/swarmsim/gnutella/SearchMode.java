package org.swarmsim.gnutella;

/**
 * How the servents that receive a query treat it. Gnutella 0.6 has no such field (every query is
 * flooded); walkers and query routing are what later clients and the literature added, carried in
 * extensions the simulator does not charge.
 */
public enum SearchMode {
    /** Forward to every neighbour but the one it came from while TTL lasts; leaves are neighbours like any other. */
    FLOOD,
    /**
     * As {@link #FLOOD} among ultrapeers; an ultrapeer hands the query to a leaf only if the leaf's
     * query-routing table says it may match, whatever TTL is left (the leaf hop costs no TTL).
     */
    QUERY_ROUTED,
    /** A random walker: forwarded to one neighbour at a time, checking back with the requester. */
    WALK
}
