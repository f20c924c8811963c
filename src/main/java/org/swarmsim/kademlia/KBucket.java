package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/**
 * One k-bucket of a {@link RoutingTable}, as a read-only view: at most {@code k} contacts in
 * least-recently-seen order (index 0 is the contact heard from longest ago, the last index the
 * most recent), each with its consecutive failure count, plus one replacement candidate waiting
 * for the oldest contact to fail a ping.
 *
 * <p>The contacts themselves live in the table's few arrays, shared by all its buckets (a large
 * network holds millions of contacts, and an object with four arrays per bucket cost twice the
 * memory); this view only names bucket {@code index}. It stays valid as the table splits: a split
 * adds a bucket after the last and never renumbers the others.
 */
public final class KBucket {
    private final RoutingTable table;
    private final int index;

    KBucket(RoutingTable table, int index) {
        this.table = table;
        this.index = index;
    }

    public int size() {
        return table.sizeOf(index);
    }

    public int capacity() {
        return table.k();
    }

    public boolean isFull() {
        return table.sizeOf(index) == table.k();
    }

    /** Contact {@code i}, 0 = least recently seen. */
    public NodeId id(int i) {
        return table.idAt(index, checkIndex(i));
    }

    public int address(int i) {
        return table.addressAt(index, checkIndex(i));
    }

    /** When contact {@code i} was last seen (heard from, or added), to the millisecond. */
    public long lastSeenNanos(int i) {
        return table.lastSeenAt(index, checkIndex(i));
    }

    /** Consecutive unanswered queries to contact {@code i} since it last answered. */
    public int failures(int i) {
        return table.failuresAt(index, checkIndex(i));
    }

    /** Index of the contact with this id, or -1. */
    public int indexOf(NodeId id) {
        return table.indexIn(index, id);
    }

    /** When a contact was last added or refreshed here or a lookup covered this bucket. */
    public long lastTouchedNanos() {
        return table.lastTouchedOf(index);
    }

    /** The replacement candidate's id, or null. */
    public NodeId replacementId() {
        return table.replacementIdOf(index);
    }

    public int replacementAddress() {
        return table.replacementAddressOf(index);
    }

    private int checkIndex(int i) {
        int size = table.sizeOf(index);
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("contact " + i + " of a bucket with " + size);
        }
        return i;
    }
}
