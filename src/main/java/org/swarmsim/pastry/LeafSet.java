package org.swarmsim.pastry;

/**
 * A node's leaf set: the {@code half} nodes it knows with the next larger ids (clockwise on the
 * ring, nearest first) and the {@code half} with the next smaller ids (counter-clockwise). In a
 * network of fewer than {@code 2 half + 1} nodes the two sides overlap and together hold everyone.
 * Each member carries the time it was last heard from, for keep-alives.
 */
public final class LeafSet {
    private final KnownIds ids;
    private final int owner;
    private final long ownHi;
    private final long ownLo;
    private final int half;
    private final int[] larger;
    private final long[] largerHeard;
    private int largerCount;
    private final int[] smaller;
    private final long[] smallerHeard;
    private int smallerCount;

    /** An empty leaf set of {@code 2 half} members for the node at {@code owner}. */
    public LeafSet(KnownIds ids, int owner, int half) {
        if (half < 1) {
            throw new IllegalArgumentException("a leaf set has at least one member per side, got " + half);
        }
        this.ids = ids;
        this.owner = owner;
        this.ownHi = ids.hi(owner);
        this.ownLo = ids.lo(owner);
        this.half = half;
        this.larger = new int[half];
        this.largerHeard = new long[half];
        this.smaller = new int[half];
        this.smallerHeard = new long[half];
    }

    /** Members per side (|L| / 2). */
    public int half() {
        return half;
    }

    /**
     * Offers {@code node}, heard from at {@code nowNanos}: it joins either side if it is among the
     * {@code half} nearest there, pushing out the farthest. Returns whether the set changed.
     */
    public boolean offer(int node, long nowNanos) {
        if (node == owner) {
            return false;
        }
        boolean changed = insert(node, nowNanos, true);
        return insert(node, nowNanos, false) | changed;
    }

    private boolean insert(int node, long nowNanos, boolean up) {
        int[] side = up ? larger : smaller;
        long[] heard = up ? largerHeard : smallerHeard;
        int count = up ? largerCount : smallerCount;
        long h = ids.hi(node);
        long l = ids.lo(node);
        if (count == half && !before(h, l, side[count - 1], up)) {
            return false;                      // no nearer than the farthest member: cannot join (or is it)
        }
        if (indexOf(side, count, node) >= 0) {
            return false;
        }
        int at = 0;
        while (at < count && !before(h, l, side[at], up)) {
            at++;
        }
        if (at >= half) {
            return false;
        }
        int last = Math.min(count, half - 1);
        System.arraycopy(side, at, side, at + 1, last - at);
        System.arraycopy(heard, at, heard, at + 1, last - at);
        side[at] = node;
        heard[at] = nowNanos;
        if (count < half) {
            if (up) {
                largerCount++;
            } else {
                smallerCount++;
            }
        }
        return true;
    }

    /** Whether the id (h, l) comes nearer the owner than {@code member} on that side. */
    private boolean before(long h, long l, int member, boolean up) {
        long mh = ids.hi(member);
        long ml = ids.lo(member);
        if (up) {
            return Ring.compareClockwise(h, l, mh, ml, ownHi, ownLo) < 0;
        }
        return Ring.compareUnsigned(Ring.clockwiseHi(h, l, ownHi, ownLo), Ring.clockwiseLo(h, l, ownHi, ownLo),
                Ring.clockwiseHi(mh, ml, ownHi, ownLo), Ring.clockwiseLo(mh, ml, ownHi, ownLo)) < 0;
    }

    /** Removes {@code node} from both sides; returns which: bit 1 the larger side, bit 2 the smaller. */
    public int remove(int node) {
        int sides = 0;
        if (removeFrom(larger, largerHeard, largerCount, node)) {
            largerCount--;
            sides |= 1;
        }
        if (removeFrom(smaller, smallerHeard, smallerCount, node)) {
            smallerCount--;
            sides |= 2;
        }
        return sides;
    }

    private static boolean removeFrom(int[] side, long[] heard, int count, int node) {
        for (int i = 0; i < count; i++) {
            if (side[i] == node) {
                System.arraycopy(side, i + 1, side, i, count - i - 1);
                System.arraycopy(heard, i + 1, heard, i, count - i - 1);
                return true;
            }
        }
        return false;
    }

    /** Empties the set. */
    public void clear() {
        largerCount = 0;
        smallerCount = 0;
    }

    public boolean contains(int node) {
        return indexOf(larger, largerCount, node) >= 0 || indexOf(smaller, smallerCount, node) >= 0;
    }

    private static int indexOf(int[] side, int count, int node) {
        for (int i = 0; i < count; i++) {
            if (side[i] == node) {
                return i;
            }
        }
        return -1;
    }

    /** Records that {@code node} was heard from now, if it is a member. */
    public void heard(int node, long nowNanos) {
        int i = indexOf(larger, largerCount, node);
        if (i >= 0) {
            largerHeard[i] = nowNanos;
        }
        i = indexOf(smaller, smallerCount, node);
        if (i >= 0) {
            smallerHeard[i] = nowNanos;
        }
    }

    /** Records that every member was heard from now (keep-alives start). */
    public void heardAll(long nowNanos) {
        java.util.Arrays.fill(largerHeard, 0, largerCount, nowNanos);
        java.util.Arrays.fill(smallerHeard, 0, smallerCount, nowNanos);
    }

    /** A member not heard from since before {@code cutoffNanos}, or -1 if every member was heard since. */
    public int silentSince(long cutoffNanos) {
        for (int i = 0; i < largerCount; i++) {
            if (largerHeard[i] < cutoffNanos) {
                return larger[i];
            }
        }
        for (int i = 0; i < smallerCount; i++) {
            if (smallerHeard[i] < cutoffNanos) {
                return smaller[i];
            }
        }
        return -1;
    }

    /** Members on the larger side, nearest first. */
    public int largerCount() {
        return largerCount;
    }

    /** Member {@code i} (0 = nearest) of the larger side. */
    public int larger(int i) {
        return larger[i];
    }

    public int smallerCount() {
        return smallerCount;
    }

    /** Member {@code i} (0 = nearest) of the smaller side. */
    public int smaller(int i) {
        return smaller[i];
    }

    /** Whether the two sides share a member: the set wraps round the whole (small) ring. */
    public boolean wraps() {
        for (int i = 0; i < largerCount; i++) {
            if (indexOf(smaller, smallerCount, larger[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Number of distinct members. */
    public int size() {
        int n = largerCount;
        for (int i = 0; i < smallerCount; i++) {
            if (indexOf(larger, largerCount, smaller[i]) < 0) {
                n++;
            }
        }
        return n;
    }

    /** The distinct members: the larger side nearest first, then the smaller side's others. */
    public int[] members() {
        int[] out = new int[size()];
        int n = 0;
        for (int i = 0; i < largerCount; i++) {
            out[n++] = larger[i];
        }
        for (int i = 0; i < smallerCount; i++) {
            if (indexOf(larger, largerCount, smaller[i]) < 0) {
                out[n++] = smaller[i];
            }
        }
        return out;
    }

    /**
     * Whether the key lies within the leaf set's range: on the clockwise arc from the farthest
     * smaller member to the farthest larger one (the owner's id when a side is empty), or
     * anywhere when the set wraps.
     */
    public boolean covers(long kh, long kl) {
        if (wraps()) {
            return true;
        }
        int lo = smallerCount == 0 ? owner : smaller[smallerCount - 1];
        int hi = largerCount == 0 ? owner : larger[largerCount - 1];
        return Ring.onArc(kh, kl, ids.hi(lo), ids.lo(lo), ids.hi(hi), ids.lo(hi));
    }

    /** The member or owner numerically closest to the key (the owner wins nothing on ties it does not win). */
    public int closest(long kh, long kl) {
        int best = owner;
        long bh = ownHi;
        long bl = ownLo;
        for (int i = 0; i < largerCount; i++) {
            int m = larger[i];
            if (Ring.compareDistance(ids.hi(m), ids.lo(m), bh, bl, kh, kl) < 0) {
                best = m;
                bh = ids.hi(m);
                bl = ids.lo(m);
            }
        }
        for (int i = 0; i < smallerCount; i++) {
            int m = smaller[i];
            if (Ring.compareDistance(ids.hi(m), ids.lo(m), bh, bl, kh, kl) < 0) {
                best = m;
                bh = ids.hi(m);
                bl = ids.lo(m);
            }
        }
        return best;
    }
}
