package org.swarmsim.finders;

import java.util.Arrays;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;

/**
 * Symphony (Manku, Bawa and Raghavan, USITS 2003): finders on a ring of hash points, each linked
 * to its successor (slot 0) and predecessor (slot 1) and to k long links (slots 2..k+1). A long link
 * goes to the finder closest to the point {@code x} of the ring clockwise from the owner, with
 * {@code x} (a fraction of the ring) drawn from the harmonic density 1/(x ln n) on [1/n, 1]:
 * {@code x = n^(u - 1)} for a uniform u. A repeated or self link is drawn again (up to eight times).
 * Distance is clockwise, as in Symphony's routing: from a finder to a point, how far clockwise the
 * point lies, so greedy routing moves clockwise without passing the key (the long links point
 * clockwise; with distance both ways round a key just counter-clockwise would be reached by
 * predecessor steps alone) and stops at the finder at or before the key, its home here (Symphony's
 * manager of a key is the next finder clockwise; the two differ by one ring step).
 *
 * <p>Learning a finder makes it the successor or predecessor when it is closer on that side; a
 * dead ring neighbour is replaced by the closest finder on that side in the cache, a dead long link
 * by the cached finder closest to the dead one's point.
 */
final class SymphonyGeometry extends HashedGeometry {
    static final int SUCCESSOR = 0;
    static final int PREDECESSOR = 1;
    private static final int REDRAWS = 8;

    private final int k;
    private final long[] sortedPoints;
    private final int[] sortedFinders;

    SymphonyGeometry(NodeId[] ids, GeometryParams p) {
        super(ids);
        this.k = p.links();
        int n = ids.length;
        Integer[] order = new Integer[n];
        for (int f = 0; f < n; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> points[a] != points[b] ? Long.compare(points[a], points[b]) : Integer.compare(a, b));
        sortedPoints = new long[n];
        sortedFinders = new int[n];
        for (int i = 0; i < n; i++) {
            sortedFinders[i] = order[i];
            sortedPoints[i] = points[order[i]];
        }
    }

    @Override
    public String name() {
        return "symphony";
    }





    @Override
    public long distance(int f, long point) {
        return HashPoints.clockwise(points[f], point);
    }

    @Override
    public int[] initialLinks(int f, RandomStream random) {
        int n = ids.length;
        int[] links = new int[2 + k];
        Arrays.fill(links, EMPTY);
        if (n == 1) {
            return links;
        }
        int at = rank(f);
        links[SUCCESSOR] = sortedFinders[(at + 1) % n];
        links[PREDECESSOR] = sortedFinders[(at - 1 + n) % n];
        double logN = StrictMath.log(n);
        for (int s = 2; s < 2 + k; s++) {
            for (int attempt = 0; attempt < REDRAWS && links[s] == EMPTY; attempt++) {
                double x = StrictMath.exp(logN * (random.nextDouble() - 1));
                long target = (points[f] + (long) (x * 0x1p63)) & HashPoints.MASK;
                int c = closestInAll(target);
                if (c != f && !holds(links, c)) {
                    links[s] = c;
                }
            }
        }
        return links;
    }

    @Override
    public void learn(int owner, int[] links, int c) {
        if (c == owner || c < 0) {
            return;
        }
        long me = points[owner];
        if (links[SUCCESSOR] == EMPTY
                || HashPoints.clockwise(me, points[c]) < HashPoints.clockwise(me, points[links[SUCCESSOR]])) {
            links[SUCCESSOR] = c;
        }
        if (links[PREDECESSOR] == EMPTY
                || HashPoints.clockwise(points[c], me) < HashPoints.clockwise(points[links[PREDECESSOR]], me)) {
            links[PREDECESSOR] = c;
        }
    }

    @Override
    public void repair(int owner, int[] links, int slot, FinderCache known, RandomStream random) {
        int dead = links[slot];
        links[slot] = EMPTY;
        long me = points[owner];
        int best = EMPTY;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < known.size(); i++) {
            int c = known.finder(i);
            if (c == owner || c == dead || (slot >= 2 && holds(links, c))) {
                continue;
            }
            long d = slot == SUCCESSOR ? HashPoints.clockwise(me, points[c])
                    : slot == PREDECESSOR ? HashPoints.clockwise(points[c], me)
                    : HashPoints.ring(points[dead], points[c]);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        links[slot] = best;
    }


    @Override
    public int home(long point) {
        return online.atOrBefore(point);
    }

    private int rank(int f) {
        int i = Arrays.binarySearch(sortedPoints, points[f]);
        while (i > 0 && sortedPoints[i - 1] == points[f]) {
            i--;
        }
        while (sortedFinders[i] != f) {
            i++;
        }
        return i;
    }

    /** The finder closest to {@code target} in the whole population (at build time). */
    private int closestInAll(long target) {
        int n = sortedPoints.length;
        int i = Arrays.binarySearch(sortedPoints, target);
        if (i >= 0) {
            return sortedFinders[i];
        }
        int up = -i - 1;
        int a = sortedFinders[up % n];
        int b = sortedFinders[(up - 1 + n) % n];
        long da = HashPoints.ring(points[a], target);
        long db = HashPoints.ring(points[b], target);
        return da < db || (da == db && a < b) ? a : b;
    }

    static boolean holds(int[] links, int c) {
        for (int l : links) {
            if (l == c) {
                return true;
            }
        }
        return false;
    }
}
