package org.swarmsim.finders;

import java.util.Arrays;
import org.swarmsim.sim.random.RandomStream;

/**
 * A finder's gossiped cache of other finders, after FastTrack's supernode "refresh lists": up to
 * {@code capacity} entries of (finder, timestamp, load), where the timestamp is when that finder
 * last vouched for itself (its own entry in a gossip message is stamped with the time it was sent)
 * and is only ever moved forward. Merging keeps, for each finder, the newest entry, then the
 * {@code capacity} newest entries (ties: the lower finder number). Dense arrays kept sorted by
 * finder number, so that a merge is one pass and a look-up a binary search.
 */
public final class FinderCache {
    /** Largest finder number an entry can hold (the merge packs it into 24 bits). */
    public static final int MAX_FINDERS = 1 << 24;
    /** Largest timestamp in milliseconds (39 bits: 17 years of simulated time). */
    static final long MAX_STAMP_MS = (1L << 39) - 1;

    private final int capacity;
    private int size;
    private int[] finders;
    private long[] stamps;
    private int[] loads;

    /** An empty cache of at most {@code capacity} (>= 1) entries. */
    public FinderCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry, given " + capacity);
        }
        this.capacity = capacity;
        int initial = Math.min(capacity, 8);
        finders = new int[initial];
        stamps = new long[initial];
        loads = new int[initial];
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    /** The finder of entry {@code i} (entries are in finder order). */
    public int finder(int i) {
        return finders[i];
    }

    /** The timestamp of entry {@code i}, in milliseconds of simulated time. */
    public long stampMs(int i) {
        return stamps[i];
    }

    public int load(int i) {
        return loads[i];
    }

    public boolean contains(int finder) {
        return Arrays.binarySearch(finders, 0, size, finder) >= 0;
    }

    /** Removes {@code finder}'s entry; false if it had none. */
    public boolean remove(int finder) {
        int i = Arrays.binarySearch(finders, 0, size, finder);
        if (i < 0) {
            return false;
        }
        System.arraycopy(finders, i + 1, finders, i, size - i - 1);
        System.arraycopy(stamps, i + 1, stamps, i, size - i - 1);
        System.arraycopy(loads, i + 1, loads, i, size - i - 1);
        size--;
        return true;
    }

    /** A uniformly random entry's finder, or -1 when empty. */
    public int random(RandomStream random) {
        return size == 0 ? -1 : finders[random.nextInt(size)];
    }

    /** Merges one entry. */
    public void put(int finder, long stampMs, int load) {
        merge(new int[] {finder}, new long[] {stampMs}, new int[] {load}, 1, -1);
    }

    /**
     * Merges {@code n} entries (sorted by finder, no repeats), skipping {@code self}; returns how
     * many finders were not in the cache before and are in it now.
     */
    public int merge(int[] fs, long[] st, int[] ld, int n, int self) {
        return mergeAndReportAdded(fs, st, ld, n, self).length;
    }

    /** {@link #merge}, returning the finders that were not in the cache before and are in it now, in finder order. */
    public int[] mergeAndReportAdded(int[] fs, long[] st, int[] ld, int n, int self) {
        int total = size + n;
        int[] mf = new int[total];
        long[] ms = new long[total];
        int[] ml = new int[total];
        boolean[] fresh = new boolean[total];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < size || j < n) {
            if (j < n && fs[j] == self) {
                j++;
                continue;
            }
            if (j >= n || (i < size && finders[i] < fs[j])) {
                mf[k] = finders[i];
                ms[k] = stamps[i];
                ml[k++] = loads[i++];
            } else if (i >= size || fs[j] < finders[i]) {
                mf[k] = fs[j];
                ms[k] = Math.min(MAX_STAMP_MS, st[j]);
                fresh[k] = true;
                ml[k++] = ld[j++];
            } else {
                mf[k] = finders[i];
                boolean newer = st[j] > stamps[i];
                ms[k] = newer ? Math.min(MAX_STAMP_MS, st[j]) : stamps[i];
                ml[k++] = newer ? ld[j] : loads[i];
                i++;
                j++;
            }
        }
        if (k > capacity) {
            boolean[] kept = trim(mf, ms, ml, k);
            int[] added = new int[k];
            int a = 0;
            for (int e = 0; e < k; e++) {
                if (fresh[e] && kept[e]) {
                    added[a++] = mf[e];
                }
            }
            return Arrays.copyOf(added, a);
        }
        finders = mf;
        stamps = ms;
        loads = ml;
        size = k;
        int a = 0;
        int[] added = new int[k];
        for (int e = 0; e < k; e++) {
            if (fresh[e]) {
                added[a++] = mf[e];
            }
        }
        return Arrays.copyOf(added, a);
    }

    /** Keeps the {@code capacity} newest of {@code k} merged entries (ties: lower finder), in finder order. */
    private boolean[] trim(int[] mf, long[] ms, int[] ml, int k) {
        boolean[] kept = new boolean[k];
        long[] order = new long[k];
        for (int e = 0; e < k; e++) {
            order[e] = ((MAX_STAMP_MS - ms[e]) << 24) | mf[e];
        }
        Arrays.sort(order);
        int[] keep = new int[capacity];
        for (int e = 0; e < capacity; e++) {
            keep[e] = (int) (order[e] & (MAX_FINDERS - 1));
        }
        Arrays.sort(keep);
        finders = new int[capacity];
        stamps = new long[capacity];
        loads = new int[capacity];
        int e = 0;
        for (int m = 0; m < k && e < capacity; m++) {
            if (mf[m] == keep[e]) {
                kept[m] = true;
                finders[e] = mf[m];
                stamps[e] = ms[m];
                loads[e++] = ml[m];
            }
        }
        size = capacity;
        return kept;
    }
}
