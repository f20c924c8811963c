package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** Symphony's first links: the true ring neighbours, and long links with the harmonic density 1/(x ln n). */
class SymphonyGeometryTest {
    private static final double RING = 0x1p63;

    private static SymphonyGeometry build(long seed, int n, int k) {
        RandomStream ids = new RandomStreams(seed, 0).stream("ids");
        NodeId[] a = new NodeId[n];
        for (int f = 0; f < n; f++) {
            a[f] = NodeId.random(ids);
        }
        return new SymphonyGeometry(a, new GeometryParams(n, k, 0));
    }

    @Test
    void ringNeighboursAreTheTrueSuccessorAndPredecessor() {
        for (int n : new int[] {2, 3, 10, 1000}) {
            SymphonyGeometry g = build(n, n, 3);
            RandomStream r = new RandomStreams(1, 0).stream("links");
            for (int f = 0; f < n; f++) {
                int[] links = g.initialLinks(f, r);
                assertEquals(2 + 3, links.length);
                int succ = -1;
                int pred = -1;
                for (int c = 0; c < n; c++) {
                    if (c == f) {
                        continue;
                    }
                    long cw = HashPoints.clockwise(g.pointOf(f), g.pointOf(c));
                    long ccw = HashPoints.clockwise(g.pointOf(c), g.pointOf(f));
                    if (succ < 0 || cw < HashPoints.clockwise(g.pointOf(f), g.pointOf(succ))) {
                        succ = c;
                    }
                    if (pred < 0 || ccw < HashPoints.clockwise(g.pointOf(pred), g.pointOf(f))) {
                        pred = c;
                    }
                }
                assertEquals(succ, links[SymphonyGeometry.SUCCESSOR], "n " + n + ", successor of " + f);
                assertEquals(pred, links[SymphonyGeometry.PREDECESSOR], "n " + n + ", predecessor of " + f);
                Set<Integer> seen = new HashSet<>();
                for (int s = 2; s < links.length; s++) {
                    if (links[s] != Geometry.EMPTY) {
                        assertNotEquals(f, links[s], "no self link");
                        assertTrue(seen.add(links[s]), "no repeated long link");
                        assertTrue(links[s] != succ && links[s] != pred, "a long link repeats no ring neighbour");
                    }
                }
            }
        }
    }

    @Test
    void aLoneFinderHasNoLinks() {
        SymphonyGeometry g = build(1, 1, 4);
        for (int l : g.initialLinks(0, new RandomStreams(1, 0).stream("links"))) {
            assertEquals(Geometry.EMPTY, l);
        }
    }

    @Test
    void pointsAreTheTop63BitsAndDistanceIsClockwise() {
        SymphonyGeometry g = build(3, 50, 2);
        RandomStream r = new RandomStreams(3, 0).stream("keys");
        for (int f = 0; f < 50; f++) {
            assertEquals(g.id(f).hi() >>> 1, g.pointOf(f));
            assertEquals(g.pointOf(f), g.point(g.id(f)));
            assertEquals(0, g.distance(f, g.pointOf(f)));
            long p = NodeId.random(r).hi() >>> 1;
            assertEquals((p - g.pointOf(f)) & Long.MAX_VALUE, g.distance(f, p));
        }
    }

    /**
     * A long link's clockwise distance, as a fraction x of the ring, has density 1/(x ln n) on
     * [1/n, 1] (up to the spacing of finders, 1/n): above n^(-3/4) = 181/n the rounding to the
     * closest finder is under 1% and ln(x) / ln(n) is uniform on [-3/4, 0]. A link that would
     * land on the owner or a ring neighbour (x of order 1/n) is drawn again, which only removes
     * mass below that range.
     */
    @Test
    void longLinksFollowTheHarmonicDensity() {
        int n = 1 << 16;
        int k = 4;
        SymphonyGeometry g = build(5, n, k);
        RandomStream r = new RandomStreams(5, 0).stream("links");
        double logN = StrictMath.log(n);
        int bins = 6;
        int[] inBin = new int[bins];
        int above = 0;
        int inLowerHalf = 0;   // x in [1/n, 1/sqrt(n)]
        int links = 0;
        for (int f = 0; f < n; f++) {
            int[] ls = g.initialLinks(f, r);
            for (int s = 2; s < ls.length; s++) {
                if (ls[s] == Geometry.EMPTY) {
                    continue;
                }
                links++;
                double x = HashPoints.clockwise(g.pointOf(f), g.pointOf(ls[s])) / RING;
                double u = StrictMath.log(x) / logN;    // in [-1, 0] for x in [1/n, 1]
                if (u >= -1 && u <= -0.5) {
                    inLowerHalf++;
                }
                if (u >= -0.75) {
                    above++;
                    inBin[Math.min(bins - 1, (int) ((u + 0.75) / 0.75 * bins))]++;
                }
            }
        }
        assertTrue(links > 0.99 * n * k, "nearly every long-link slot is filled: " + links);
        for (int b = 0; b < bins; b++) {
            double share = inBin[b] / (double) above;
            // 1/6 each; the standard error is 0.0009
            assertEquals(1.0 / bins, share, 0.006, "share of long links (x >= n^-3/4) in log bin " + b);
        }
        double lower = inLowerHalf / (double) links;
        // harmonic: P(1/n <= x <= n^-1/2) = 1/2, less what the redraws near 1/n move up (about 4.5% of the draws
        // here, to x above n^-1/2 half the time) and the links rounded below 1/n: 0.470 measured. A uniform x
        // would give 0.004.
        assertTrue(lower > 0.45 && lower < 0.5, "fraction of long links with x in [1/n, 1/sqrt n]: " + lower);
    }
}
