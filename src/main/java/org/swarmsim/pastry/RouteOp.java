package org.swarmsim.pastry;

/** What a routed message asks of the key's root. */
public enum RouteOp {
    /** Reach the key's root (Pastry's {@code route(msg, key)}): measured against the true root. */
    LOOKUP,
    /** A new node's join message, routed to its own id. */
    JOIN,
    /** Store a value at the root and its replica holders (PAST's insert). */
    INSERT,
    /** Fetch a value: answered by the first node on the route holding a replica (PAST's lookup). */
    GET
}
