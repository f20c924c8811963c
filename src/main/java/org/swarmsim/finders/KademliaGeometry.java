package org.swarmsim.finders;

import java.util.Arrays;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * XOR buckets, as in Kademlia (Maymounkov and Mazieres, IPTPS 2002): bucket i of a finder holds up
 * to k finders whose point shares exactly i leading bits with its own (the last bucket, those that
 * share more), distance is XOR. There are ceil(log2 n) + 3 buckets (63 at most): deeper ones would
 * be empty. The first links are k random members of each bucket's subtree (all of them when it has
 * fewer). Learning a finder puts it into its bucket if that has an empty slot; a dead link is
 * replaced by the first cached finder of the same bucket not linked already.
 */
final class KademliaGeometry extends HashedGeometry {
    private final int k;
    private final int buckets;
    private final SortedPoints sorted;

    KademliaGeometry(NodeId[] ids, GeometryParams p) {
        super(ids);
        this.k = p.links();
        int n = ids.length;
        sorted = new SortedPoints(points);
        buckets = Math.min(63, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)) + 3);
    }

    @Override
    public String name() {
        return "kademlia";
    }





    @Override
    public long distance(int f, long point) {
        return HashPoints.xor(points[f], point);
    }

    /** The bucket of {@code c} in {@code owner}'s table. */
    int bucketOf(int owner, int c) {
        int shared = Long.numberOfLeadingZeros(points[owner] ^ points[c]) - 1;   // bit 63 is always 0
        return Math.min(buckets - 1, shared);
    }

    @Override
    public int[] initialLinks(int f, RandomStream random) {
        int[] links = new int[buckets * k];
        Arrays.fill(links, EMPTY);
        long me = points[f];
        for (int b = 0; b < buckets; b++) {
            int bit = 62 - b;          // the bit this bucket differs in (or, for the last, the first bit not shared)
            long lo;
            long hi;
            if (b < buckets - 1) {
                long prefix = (me >>> bit) ^ 1;
                lo = prefix << bit;
                hi = lo | ((1L << bit) - 1);
            } else {
                long prefix = me >>> (bit + 1);
                lo = prefix << (bit + 1);
                hi = lo | ((1L << (bit + 1)) - 1);
            }
            int from = sorted.lowerBound(lo);
            int to = hi == HashPoints.MASK ? sorted.points.length : sorted.lowerBound(hi + 1);
            fill(links, b, f, b == buckets - 1, from, to, random);   // the last bucket's range holds f itself
        }
        return links;
    }

    private void fill(int[] links, int b, int self, boolean holdsSelf, int from, int to, RandomStream random) {
        int available = to - from;
        int others = holdsSelf ? available - 1 : available;
        int slot = b * k;
        if (others <= k) {
            for (int i = from; i < to && slot < (b + 1) * k; i++) {
                if (sorted.finders[i] != self) {
                    links[slot++] = sorted.finders[i];
                }
            }
            return;
        }
        while (slot < (b + 1) * k) {
            int c = sorted.finders[from + random.nextInt(available)];
            if (c != self && !SymphonyGeometry.holds(links, c)) {
                links[slot++] = c;
            }
        }
    }

    @Override
    public void learn(int owner, int[] links, int c) {
        if (c == owner || c < 0 || SymphonyGeometry.holds(links, c)) {
            return;
        }
        int b = bucketOf(owner, c);
        for (int s = b * k; s < (b + 1) * k; s++) {
            if (links[s] == EMPTY) {
                links[s] = c;
                return;
            }
        }
    }

    @Override
    public void repair(int owner, int[] links, int slot, FinderCache known, RandomStream random) {
        int dead = links[slot];
        links[slot] = EMPTY;
        int b = slot / k;
        for (int i = 0; i < known.size(); i++) {
            int c = known.finder(i);
            if (c != owner && c != dead && bucketOf(owner, c) == b && !SymphonyGeometry.holds(links, c)) {
                links[slot] = c;
                return;
            }
        }
    }


    @Override
    public int home(long point) {
        return online.xorClosest(point);
    }
}
