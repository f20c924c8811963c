package org.swarmsim.kademlia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.swarmsim.overlay.GroundTruth;
import org.swarmsim.overlay.NodeId;

/**
 * The ids of a DHT's nodes in one sorted array with an online flag each: the XOR
 * {@link GroundTruth} against which lookups are judged. Under XOR, the ids sharing a prefix with a
 * key form one range of the sorted array, and the deepest such range holding enough online ids
 * contains all of the closest, so {@link #closest} is a binary search over prefix lengths, each
 * step two binary searches of the array: O(log 160 * log N + the range).
 *
 * <p>A million-node network costs 5 bytes per id here (a reference and a flag) where a
 * {@code TreeSet} of the online ids cost a 40-byte entry each. Ids are {@link #register registered}
 * as nodes are created (into an unsorted buffer, merged into the array at the next look-up, so a
 * network built all at once is sorted once) and then go online and offline. An id registered
 * twice (two nodes with the same id) is one entry: at most one of its nodes may be online.
 */
final class SortedIds implements GroundTruth {
    private NodeId[] ids = new NodeId[0];
    private boolean[] online = new boolean[0];
    private NodeId[] pending = new NodeId[16];
    private int pendingCount;
    private int onlineCount;

    @Override
    public Metric metric() {
        return Metric.XOR;
    }

    /** Adds an id, offline. */
    void register(NodeId id) {
        Objects.requireNonNull(id, "id");
        if (pendingCount == pending.length) {
            pending = Arrays.copyOf(pending, pendingCount * 2);
        }
        pending[pendingCount++] = id;
    }

    /**
     * Marks a registered id online or offline; returns false if it already was (two online nodes
     * would share an id).
     *
     * @throws IllegalArgumentException if the id was never registered
     */
    boolean setOnline(NodeId id, boolean on) {
        int i = indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("id " + id + " is not a node of this network");
        }
        if (online[i] == on) {
            return false;
        }
        online[i] = on;
        onlineCount += on ? 1 : -1;
        return true;
    }

    /** Ids online now. */
    int onlineCount() {
        return onlineCount;
    }

    @Override
    public List<NodeId> closest(NodeId target, int count, NodeId exclude) {
        merge();
        int excluded = exclude != null && isOnline(exclude) ? 1 : 0;
        int need = count + excluded;
        int lo = 0;
        int hi = NodeId.BITS;   // find the largest prefix length p with at least `need` online ids
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (onlineUpTo(target, mid, need) >= need) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int from = lowerBound(target.withPrefixOf(lo, NodeId.ZERO));
        int to = upperBound(target.withPrefixOf(lo, NodeId.MAX));
        List<NodeId> all = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (online[i]) {
                all.add(ids[i]);
            }
        }
        all.sort((a, b) -> NodeId.compareDistance(a, b, target));
        if (exclude != null) {
            all.remove(exclude);
        }
        return all.subList(0, Math.min(count, all.size()));
    }

    private boolean isOnline(NodeId id) {
        int i = indexOf(id);
        return i >= 0 && online[i];
    }

    /** Online ids sharing the first {@code prefixBits} bits with {@code target}, counted up to {@code limit}. */
    private int onlineUpTo(NodeId target, int prefixBits, int limit) {
        int from = lowerBound(target.withPrefixOf(prefixBits, NodeId.ZERO));
        int to = upperBound(target.withPrefixOf(prefixBits, NodeId.MAX));
        int n = 0;
        for (int i = from; i < to && n < limit; i++) {
            if (online[i]) {
                n++;
            }
        }
        return n;
    }

    /** The position of {@code id} in the array, or -1. */
    private int indexOf(NodeId id) {
        merge();
        int i = lowerBound(id);
        return i < ids.length && ids[i].equals(id) ? i : -1;
    }

    /** The first position whose id is >= {@code key}. */
    private int lowerBound(NodeId key) {
        int lo = 0;
        int hi = ids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ids[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position whose id is > {@code key}. */
    private int upperBound(NodeId key) {
        int lo = 0;
        int hi = ids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ids[mid].compareTo(key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Sorts the registered ids into the array (a merge of the sorted buffer and the array). */
    private void merge() {
        if (pendingCount == 0) {
            return;
        }
        NodeId[] add = Arrays.copyOf(pending, pendingCount);
        Arrays.sort(add);
        pending = new NodeId[16];
        pendingCount = 0;
        NodeId[] mergedIds = new NodeId[ids.length + add.length];
        boolean[] mergedOnline = new boolean[mergedIds.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < add.length) {
            if (j == add.length || (i < ids.length && ids[i].compareTo(add[j]) <= 0)) {
                if (j < add.length && ids[i].equals(add[j])) {
                    j++;   // registered again: the same entry
                    continue;
                }
                mergedOnline[n] = online[i];
                mergedIds[n++] = ids[i++];
            } else if (n > 0 && mergedIds[n - 1].equals(add[j])) {
                j++;   // twice in the buffer
            } else {
                mergedIds[n++] = add[j++];
            }
        }
        ids = Arrays.copyOf(mergedIds, n);
        online = Arrays.copyOf(mergedOnline, n);
    }
}
