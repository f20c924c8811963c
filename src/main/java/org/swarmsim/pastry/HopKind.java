package org.swarmsim.pastry;

/** Why a routing step went where it went. */
public enum HopKind {
    /** The key is this node's: deliver here. */
    DELIVER,
    /** The key is within the leaf set's range: to the numerically closest leaf. */
    LEAF,
    /** To the routing-table entry for the key's next digit: the shared prefix grows by at least one digit. */
    TABLE,
    /**
     * The rare case: the entry is empty (or was found dead), so to a known node whose shared prefix
     * with the key is at least as long and whose id is numerically closer.
     */
    RARE
}
