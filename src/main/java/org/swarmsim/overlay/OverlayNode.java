package org.swarmsim.overlay;

/** What an overlay's statistics read of one node ({@link OverlaySampler}). */
public interface OverlayNode {
    /** Whether the node is online now. */
    boolean isOnline();

    /** Contacts in its routing table now (k-buckets, a Pastry table and leaf set, neighbours...). */
    int routingTableSize();
}
