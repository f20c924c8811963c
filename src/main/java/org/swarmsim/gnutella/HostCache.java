package org.swarmsim.gnutella;

import java.util.Arrays;

/**
 * The addresses a servent remembers for reconnecting (from Pongs and former neighbours): the
 * newest {@code capacity} distinct node ids, oldest forgotten first.
 */
final class HostCache {
    private final int capacity;
    private int[] ids = new int[0];
    private int size;
    private int next;

    HostCache(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers {@code id} (moving it to the newest place if known). */
    void add(int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return;
            }
        }
        if (size == ids.length && size < capacity) {          // grows as hosts are learned
            ids = Arrays.copyOf(ids, Math.min(capacity, Math.max(4, size * 2)));
            next = size;
        }
        ids[next] = id;
        next = (next + 1) % ids.length;
        size = Math.min(size + 1, ids.length);
    }

    /** The remembered ids, in no meaningful but deterministic order. */
    int[] snapshot() {
        return Arrays.copyOf(ids, size);
    }

    void remove(int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                int[] rest = snapshot();
                size = 0;
                next = 0;
                for (int r : rest) {
                    if (r != id) {
                        add(r);
                    }
                }
                return;
            }
        }
    }

    int size() {
        return size;
    }
}
