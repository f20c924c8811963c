package org.swarmsim.pastry;

/** What a message is for, to count the traffic of each activity apart. */
public enum Traffic {
    /** A node joining: the join route and its acks, the replies with state, the announcements. */
    JOIN,
    /** Lookups, inserts and gets: their routes, acks and replies. */
    LOOKUP,
    /** Leaf-set keep-alives and probes, leaf-set repair, routing-table repair. */
    MAINTENANCE,
    /** Copies of stored values pushed to replica holders. */
    STORE
}
