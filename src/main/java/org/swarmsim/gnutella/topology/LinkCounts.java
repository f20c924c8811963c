package org.swarmsim.gnutella.topology;

/**
 * How many times each undirected link {@code u -- v} ({@code u != v}) occurs, in an open-addressing
 * table of primitive longs: the generators' membership test for graphs of millions of links, with
 * no boxing; a link whose count falls to 0 leaves the table (backward-shift deletion), so switches
 * do not fill it. Only looked up, never iterated, so its layout cannot reach any output.
 */
final class LinkCounts {
    private static final long EMPTY = 0;   // no key is 0: the smaller endpoint is in the high half, the larger is >= 1

    private long[] keys;
    private int[] counts;
    private int used;

    /** A table sized for about {@code expected} distinct links before it grows. */
    LinkCounts(long expected) {
        int capacity = 16;
        while (capacity < 2 * expected && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        counts = new int[capacity];
    }

    /** How many times {@code u -- v} occurs (0 if never). */
    int count(int u, int v) {
        long key = key(u, v);
        int slot = slot(keys, key);
        return keys[slot] == key ? counts[slot] : 0;
    }

    /** Adds one occurrence of {@code u -- v}; returns the new count. */
    int add(int u, int v) {
        long key = key(u, v);
        int slot = slot(keys, key);
        if (keys[slot] != key) {
            if (2 * (used + 1) > keys.length) {
                grow();
                slot = slot(keys, key);
            }
            keys[slot] = key;
            used++;
        }
        return ++counts[slot];
    }

    /** Removes one occurrence of {@code u -- v}, which must occur. */
    void remove(int u, int v) {
        long key = key(u, v);
        int slot = slot(keys, key);
        if (keys[slot] != key) {
            throw new IllegalStateException("link " + u + " -- " + v + " is not present");
        }
        if (--counts[slot] == 0) {
            delete(slot);
        }
    }

    /** Empties {@code slot}, moving later keys of its probe run back so that every key stays findable. */
    private void delete(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        int j = slot;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == EMPTY) {
                break;
            }
            int home = (int) mix(keys[j]) & mask;
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                keys[hole] = keys[j];
                counts[hole] = counts[j];
                hole = j;
            }
        }
        keys[hole] = EMPTY;
        counts[hole] = 0;
        used--;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long key(int u, int v) {
        if (u == v) {
            throw new IllegalArgumentException("a self-loop " + u + " -- " + v + " is not a link");
        }
        return u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93F53A4D07BL;
        return z ^ (z >>> 33);
    }
}
