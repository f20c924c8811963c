package org.swarmsim.overlay;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The ids of the nodes online now, in a sorted set, as the {@link GroundTruth} of an overlay:
 * the overlay adds an id when its node goes online and removes it when the node leaves. Sorted
 * by the natural (unsigned, clockwise) order, so that
 * <ul>
 *   <li>under XOR, the ids sharing a prefix with the key form one range, and the deepest such
 *       range holding enough ids contains all of the closest: O(log N * (log N + count));</li>
 *   <li>on the ring, the closest are found by walking from the key both ways round at once,
 *       wrapping past 0: O(log N + count);</li>
 *   <li>{@link #successor} and {@link #predecessor} are one tree look-up each.</li>
 * </ul>
 */
public final class OnlineIds implements GroundTruth {
    private final Metric metric;
    private final TreeSet<NodeId> ids = new TreeSet<>();

    public OnlineIds(Metric metric) {
        this.metric = Objects.requireNonNull(metric, "metric");
    }

    @Override
    public Metric metric() {
        return metric;
    }

    /** Adds an id; returns false if it was already online. */
    public boolean add(NodeId id) {
        return ids.add(Objects.requireNonNull(id, "id"));
    }

    /** Removes an id; returns false if it was not online. */
    public boolean remove(NodeId id) {
        return ids.remove(id);
    }

    public boolean contains(NodeId id) {
        return ids.contains(id);
    }

    public int size() {
        return ids.size();
    }

    /** The first online id clockwise from {@code key}, {@code key} itself included (Chord's successor); null if none. */
    public NodeId successor(NodeId key) {
        NodeId s = ids.ceiling(key);
        return s != null || ids.isEmpty() ? s : ids.first();
    }

    /** The first online id counter-clockwise from {@code key}, {@code key} itself excluded; null if none. */
    public NodeId predecessor(NodeId key) {
        NodeId p = ids.lower(key);
        return p != null || ids.isEmpty() ? p : ids.last();
    }

    @Override
    public List<NodeId> closest(NodeId key, int count, NodeId exclude) {
        return metric == Metric.XOR ? xorClosest(key, count, exclude) : ringClosest(key, count, exclude);
    }

    private List<NodeId> xorClosest(NodeId target, int count, NodeId exclude) {
        int need = count + (exclude != null && ids.contains(exclude) ? 1 : 0);
        int lo = 0;
        int hi = NodeId.BITS;   // find the largest prefix length p with at least `need` ids
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (countUpTo(range(target, mid), need) >= need) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        List<NodeId> all = new ArrayList<>(range(target, lo));
        all.sort((a, b) -> NodeId.compareDistance(a, b, target));
        if (exclude != null) {
            all.remove(exclude);
        }
        return all.subList(0, Math.min(count, all.size()));
    }

    private NavigableSet<NodeId> range(NodeId target, int prefixBits) {
        return ids.subSet(target.fillAfter(prefixBits, false), true, target.fillAfter(prefixBits, true), true);
    }

    private static int countUpTo(NavigableSet<NodeId> set, int limit) {
        int n = 0;
        Iterator<NodeId> it = set.iterator();
        while (n < limit && it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    /**
     * Merges the clockwise walk from the key (ids >= key, then from 0) with the counter-clockwise
     * one (ids < key downwards, then down from the top) by ring distance. The two walks cover
     * disjoint arcs until every id is taken, and the loop ends before that.
     */
    private List<NodeId> ringClosest(NodeId key, int count, NodeId exclude) {
        int available = ids.size() - (exclude != null && ids.contains(exclude) ? 1 : 0);
        int want = Math.max(0, Math.min(count, available));
        List<NodeId> out = new ArrayList<>(want);
        Iterator<NodeId> up = ids.tailSet(key, true).iterator();
        Iterator<NodeId> upWrapped = ids.headSet(key, false).iterator();
        Iterator<NodeId> down = ids.headSet(key, false).descendingIterator();
        Iterator<NodeId> downWrapped = ids.tailSet(key, true).descendingIterator();
        NodeId cw = null;
        NodeId ccw = null;
        while (out.size() < want) {
            if (cw == null) {
                cw = up.hasNext() ? up.next() : upWrapped.next();
            }
            if (ccw == null) {
                ccw = down.hasNext() ? down.next() : downWrapped.next();
            }
            NodeId pick;
            if (NodeId.compareRingDistance(cw, ccw, key) <= 0) {   // ties and the last id go clockwise
                pick = cw;
                cw = null;
            } else {
                pick = ccw;
                ccw = null;
            }
            if (!pick.equals(exclude)) {
                out.add(pick);
            }
        }
        return out;
    }
}
