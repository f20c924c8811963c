package org.swarmsim.pastry;

/**
 * A node's neighbourhood set M: the {@code capacity} nodes nearest to it by the proximity metric
 * that it knows of, nearest first. Pastry does not route through it except in the rare case; a
 * joining node copies its bootstrap node's set, which is what gives the first rows of its routing
 * table their locality.
 */
public final class NeighbourhoodSet {
    private final int owner;
    private final int[] members;
    private final long[] nanos;
    private int count;

    public NeighbourhoodSet(int owner, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a neighbourhood set holds >= 0 nodes, got " + capacity);
        }
        this.owner = owner;
        this.members = new int[capacity];
        this.nanos = new long[capacity];
    }

    /** Offers {@code node}; it joins if nearer than the farthest member (or the set has room). Returns whether it joined. */
    public boolean offer(int node, Proximity proximity) {
        if (node == owner || members.length == 0) {
            return false;
        }
        long d = proximity.nanos(owner, node);
        if (count == members.length && d >= nanos[count - 1]) {
            return false;
        }
        if (indexOf(node, d) >= 0) {
            return false;
        }
        if (count == members.length) {
            count--;
        }
        return insert(node, d);
    }

    private boolean insert(int node, long d) {
        int at = count;
        while (at > 0 && nanos[at - 1] > d) {
            at--;
        }
        System.arraycopy(members, at, members, at + 1, count - at);
        System.arraycopy(nanos, at, nanos, at + 1, count - at);
        members[at] = node;
        nanos[at] = d;
        count++;
        return true;
    }

    /** Removes {@code node}; returns whether it was a member. */
    public boolean remove(int node) {
        int i = indexOf(node);
        if (i < 0) {
            return false;
        }
        System.arraycopy(members, i + 1, members, i, count - i - 1);
        System.arraycopy(nanos, i + 1, nanos, i, count - i - 1);
        count--;
        return true;
    }

    public void clear() {
        count = 0;
    }

    public int size() {
        return count;
    }

    /** Member {@code i}, nearest first. */
    public int member(int i) {
        return members[i];
    }

    /** The members, nearest first. */
    public int[] members() {
        return java.util.Arrays.copyOf(members, count);
    }

    private int indexOf(int node) {
        for (int i = 0; i < count; i++) {
            if (members[i] == node) {
                return i;
            }
        }
        return -1;
    }

    /** The index of {@code node}, whose delay is {@code d}, or -1: a binary search among the members at that delay. */
    private int indexOf(int node, long d) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nanos[mid] < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < count && nanos[i] == d; i++) {
            if (members[i] == node) {
                return i;
            }
        }
        return -1;
    }
}
