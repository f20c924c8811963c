package org.swarmsim.kademlia;

import org.swarmsim.overlay.NodeId;

/**
 * One k-bucket: at most {@code k} contacts in least-recently-seen order (index 0 is the contact
 * heard from longest ago, the last index the most recent), each with its consecutive failure
 * count, plus one replacement candidate waiting for the oldest contact to fail a ping.
 *
 * <p>Stored as parallel arrays (a contact is an id reference, an int address, a long and a byte:
 * 17 bytes), since a large network holds millions of contacts. The insertion policy lives in
 * {@link RoutingTable}; this class only keeps order.
 */
public final class KBucket {
    private final NodeId[] ids;
    private final int[] addresses;
    private final long[] lastSeenNanos;
    private final byte[] failures;
    private int size;
    private NodeId replacementId;
    private int replacementAddress = -1;
    /** Address of the oldest contact being pinged before a replacement, or -1. */
    int pingingAddress = -1;
    private long lastTouchedNanos;

    KBucket(int k, long nowNanos) {
        ids = new NodeId[k];
        addresses = new int[k];
        lastSeenNanos = new long[k];
        failures = new byte[k];
        lastTouchedNanos = nowNanos;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ids.length;
    }

    public boolean isFull() {
        return size == ids.length;
    }

    /** Contact {@code i}, 0 = least recently seen. */
    public NodeId id(int i) {
        checkIndex(i);
        return ids[i];
    }

    public int address(int i) {
        checkIndex(i);
        return addresses[i];
    }

    public long lastSeenNanos(int i) {
        checkIndex(i);
        return lastSeenNanos[i];
    }

    /** Consecutive unanswered queries to contact {@code i} since it last answered. */
    public int failures(int i) {
        checkIndex(i);
        return failures[i];
    }

    /** Index of the contact with this id, or -1. */
    public int indexOf(NodeId id) {
        for (int i = 0; i < size; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** When a contact was last added or refreshed here or a lookup covered this bucket. */
    public long lastTouchedNanos() {
        return lastTouchedNanos;
    }

    void touch(long nowNanos) {
        lastTouchedNanos = nowNanos;
    }

    /** The replacement candidate's id, or null. */
    public NodeId replacementId() {
        return replacementId;
    }

    public int replacementAddress() {
        return replacementAddress;
    }

    void setReplacement(NodeId id, int address) {
        replacementId = id;
        replacementAddress = id == null ? -1 : address;
    }

    /** Appends a contact as the most recently seen; the bucket must not be full. */
    void append(NodeId id, int address, long nowNanos) {
        if (size == ids.length) {
            throw new IllegalStateException("bucket full (" + size + " contacts)");
        }
        ids[size] = id;
        addresses[size] = address;
        lastSeenNanos[size] = nowNanos;
        failures[size] = 0;
        size++;
    }

    /** Marks contact {@code i} as just seen: moves it to the tail and clears its failures. */
    void moveToTail(int i, long nowNanos) {
        NodeId id = ids[i];
        int address = addresses[i];
        removeAt(i);
        append(id, address, nowNanos);
    }

    void incrementFailures(int i) {
        if (failures[i] < Byte.MAX_VALUE) {
            failures[i]++;
        }
    }

    void removeAt(int i) {
        checkIndex(i);
        int tail = size - i - 1;
        System.arraycopy(ids, i + 1, ids, i, tail);
        System.arraycopy(addresses, i + 1, addresses, i, tail);
        System.arraycopy(lastSeenNanos, i + 1, lastSeenNanos, i, tail);
        System.arraycopy(failures, i + 1, failures, i, tail);
        size--;
        ids[size] = null;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("contact " + i + " of a bucket with " + size);
        }
    }
}
