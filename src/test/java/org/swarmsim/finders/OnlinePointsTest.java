package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** The ground truth's closest-point queries equal brute force over random sets, as finders come and go. */
class OnlinePointsTest {
    @Test
    void closestQueriesEqualBruteForceOverRandomSets() {
        RandomStream r = new RandomStreams(11, 0).stream("points");
        // wide: points anywhere in the 63-bit space; narrow: points in [0, 64) and near the top, so that the
        // queries often hit a point exactly, fall between two at equal ring distance, or wrap around
        for (boolean narrow : new boolean[] {false, true}) {
            int n = narrow ? 40 : 300;
            long[] points = new long[n];
            java.util.Set<Long> used = new java.util.HashSet<>();
            for (int f = 0; f < n; f++) {
                long p;
                do {
                    p = narrow ? (r.nextBoolean() ? r.nextInt(64) : HashPoints.MASK - r.nextInt(64))
                            : r.nextLong() & HashPoints.MASK;
                } while (!used.add(p));
                points[f] = p;
            }
            OnlineModel m = new OnlineModel(points);
            for (int step = 0; step < 3000; step++) {
                int f = r.nextInt(n);
                m.toggle(f);
                for (int q = 0; q < 5; q++) {
                    long p = narrow ? (r.nextBoolean() ? r.nextInt(70) : HashPoints.MASK - r.nextInt(70))
                            : q == 0 ? points[r.nextInt(n)] : r.nextLong() & HashPoints.MASK;
                    String where = (narrow ? "narrow" : "wide") + " step " + step + ", point " + p;
                    assertEquals(m.best(c -> HashPoints.ring(points[c], p)), m.online.ringClosest(p), where + ": ring");
                    assertEquals(m.best(c -> HashPoints.clockwise(points[c], p)), m.online.atOrBefore(p),
                            where + ": at or before");
                    assertEquals(m.best(c -> HashPoints.xor(points[c], p)), m.online.xorClosest(p), where + ": xor");
                }
                assertEquals(m.count, m.online.size());
            }
        }
    }

    @Test
    void aTieOnTheRingGoesToTheLowerFinder() {
        OnlinePoints o = new OnlinePoints();
        o.put(10, 5);
        o.put(30, 2);
        assertEquals(2, o.ringClosest(20), "10 and 30 are both 10 from 20");
        o.remove(30, 2);
        o.put(30, 8);
        assertEquals(5, o.ringClosest(20));
        assertEquals(5, o.atOrBefore(29));
        assertEquals(8, o.atOrBefore(30));
        assertEquals(8, o.atOrBefore(9), "wraps past 0 to the last point");
    }

    @Test
    void findersSharingAPointAllCountAndTheLowerAnswers() {
        OnlinePoints o = new OnlinePoints();
        o.put(100, 7);
        o.put(100, 3);
        o.put(100, 9);
        o.put(500, 1);
        assertEquals(4, o.size());
        assertEquals(3, o.ringClosest(100));
        assertEquals(3, o.atOrBefore(200));
        assertEquals(3, o.xorClosest(101));
        o.remove(100, 3);
        assertEquals(3, o.size());
        assertEquals(7, o.ringClosest(100), "7 and 9 are still at 100");
        o.remove(100, 7);
        assertEquals(9, o.atOrBefore(100));
        o.remove(100, 5);   // not there: nothing changes
        assertEquals(9, o.xorClosest(100));
        o.remove(100, 9);
        assertEquals(1, o.ringClosest(100));
        assertEquals(1, o.size());
        o.put(500, 1);      // again: still one
        assertEquals(1, o.size());
        o.remove(500, 2);   // another finder's point: nothing changes
        assertEquals(1, o.size());
    }

    @Test
    void anEmptySetHasNoClosest() {
        OnlinePoints o = new OnlinePoints();
        assertEquals(-1, o.ringClosest(5));
        assertEquals(-1, o.atOrBefore(5));
        assertEquals(-1, o.xorClosest(5));
    }

    /** The online subset of a fixed population, with a brute-force arg-min (ties to the lower finder). */
    private static final class OnlineModel {
        final long[] points;
        final boolean[] on;
        final OnlinePoints online = new OnlinePoints();
        int count;

        OnlineModel(long[] points) {
            this.points = points;
            this.on = new boolean[points.length];
        }

        void toggle(int f) {
            on[f] = !on[f];
            if (on[f]) {
                online.put(points[f], f);
                count++;
            } else {
                online.remove(points[f], f);
                count--;
            }
        }

        int best(java.util.function.IntToLongFunction distance) {
            int best = -1;
            long bestD = Long.MAX_VALUE;
            for (int f = 0; f < points.length; f++) {
                if (on[f]) {
                    long d = distance.applyAsLong(f);
                    if (d < bestD) {
                        bestD = d;
                        best = f;
                    }
                }
            }
            return best;
        }
    }
}
