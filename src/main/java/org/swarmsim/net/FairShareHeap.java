package org.swarmsim.net;

import java.util.Arrays;

/**
 * A binary min-heap of (fair share, id, version) in parallel primitive arrays, ties broken by id,
 * for {@link MaxMinAllocator}'s progressive filling: stale entries are skipped by version, so a
 * share that changes is simply pushed again. Allocation-free once grown.
 */
final class FairShareHeap {
    private double[] keys = new double[64];
    private int[] ids = new int[64];
    private int[] versions = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double topKey() {
        return keys[0];
    }

    int topId() {
        return ids[0];
    }

    int topVersion() {
        return versions[0];
    }

    void push(double key, int id, int ver) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
            versions = Arrays.copyOf(versions, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(key, id, keys[parent], ids[parent])) {
                break;
            }
            keys[i] = keys[parent];
            ids[i] = ids[parent];
            versions[i] = versions[parent];
            i = parent;
        }
        keys[i] = key;
        ids[i] = id;
        versions[i] = ver;
    }

    void pop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        double key = keys[last];
        int id = ids[last];
        int ver = versions[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && less(keys[child + 1], ids[child + 1], keys[child], ids[child])) {
                child++;
            }
            if (!less(keys[child], ids[child], key, id)) {
                break;
            }
            keys[i] = keys[child];
            ids[i] = ids[child];
            versions[i] = versions[child];
            i = child;
        }
        keys[i] = key;
        ids[i] = id;
        versions[i] = ver;
    }

    private static boolean less(double k1, int id1, double k2, int id2) {
        return k1 < k2 || (k1 == k2 && id1 < id2);
    }
}
