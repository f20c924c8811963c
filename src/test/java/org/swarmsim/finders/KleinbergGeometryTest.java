package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Kleinberg's lattice: finder f at (f mod side, f / side), Manhattan distance without wrap-around,
 * lattice neighbours in slots 0..3, long links with P(v) proportional to d(u, v)^-r.
 */
class KleinbergGeometryTest {
    private static KleinbergGeometry build(int n, int q, double r) {
        return new KleinbergGeometry(new RandomStreams(n, 0).stream("ids"), new GeometryParams(n, q, r));
    }

    @Test
    void aFindersOwnIdMapsToItsLatticePoint() {
        for (int side : new int[] {1, 2, 3, 7, 16, 100}) {
            KleinbergGeometry g = build(side * side, 1, 2);
            for (int f = 0; f < side * side; f++) {
                assertEquals(f, g.point(g.id(f)), "side " + side + ": point(id(" + f + "))");
                assertEquals(f, g.pointOf(f));
                assertEquals(0, g.distance(f, f));
            }
        }
    }

    @Test
    void anyKeyMapsToALatticePointAndDistanceIsManhattan() {
        int side = 13;
        KleinbergGeometry g = build(side * side, 1, 2);
        RandomStream r = new RandomStreams(1, 0).stream("keys");
        int[] hits = new int[side * side];
        for (int i = 0; i < 20_000; i++) {
            long p = g.point(NodeId.random(r));
            assertTrue(p >= 0 && p < side * side, "point " + p + " on the lattice");
            hits[(int) p]++;
            int f = r.nextInt(side * side);
            long expected = Math.abs(f % side - p % side) + Math.abs(f / side - p / side);
            assertEquals(expected, g.distance(f, p));
        }
        for (int p = 0; p < side * side; p++) {
            assertTrue(hits[p] > 60, "random keys reach every point (" + p + ": " + hits[p] + " of ~118)");
        }
    }

    @Test
    void latticeNeighboursAreRightUpLeftDownAndEmptyAtTheBorder() {
        int side = 5;
        KleinbergGeometry g = build(side * side, 2, 2);
        RandomStream r = new RandomStreams(2, 0).stream("links");
        for (int f = 0; f < side * side; f++) {
            int x = f % side;
            int y = f / side;
            int[] links = g.initialLinks(f, r);
            assertEquals(4 + 2, links.length);
            assertEquals(x + 1 < side ? f + 1 : Geometry.EMPTY, links[0], "right of " + f);
            assertEquals(y + 1 < side ? f + side : Geometry.EMPTY, links[1], "up of " + f);
            assertEquals(x > 0 ? f - 1 : Geometry.EMPTY, links[2], "left of " + f);
            assertEquals(y > 0 ? f - side : Geometry.EMPTY, links[3], "down of " + f);
            for (int s = 4; s < links.length; s++) {
                assertTrue(links[s] >= 0 && links[s] < side * side && links[s] != f, "long link of " + f + ": " + links[s]);
            }
        }
        // corners have two neighbours, border points three, inner points four
        assertEquals(2, neighbours(g, 0));
        assertEquals(2, neighbours(g, side * side - 1));
        assertEquals(3, neighbours(g, 2));
        assertEquals(4, neighbours(g, side + 1));
    }

    @Test
    void aLoneFinderHasNoLinks() {
        KleinbergGeometry g = build(1, 3, 2);
        for (int l : g.initialLinks(0, new RandomStreams(1, 0).stream("links"))) {
            assertEquals(Geometry.EMPTY, l);
        }
    }

    @Test
    void refusesANonSquareNumberOfFinders() {
        assertThrows(IllegalArgumentException.class, () -> build(10, 1, 2));
        assertEquals(-1, KleinbergGeometry.sideOf(99));
        assertEquals(10, KleinbergGeometry.sideOf(100));
    }

    /**
     * The distance of a long link from u has P(d) = N_u(d) d^-r / sum, N_u(d) the lattice points at
     * distance d from u (fewer than 4d near the border): 100,000 links each from a corner, a border
     * point and the centre of a 16 x 16 lattice, for r = 0 (uniform over the other finders), 1, 2 and 3.
     */
    @Test
    void longLinkDistancesFollowTheExactDistributionOverTheLattice() {
        int side = 16;
        int n = side * side;
        int q = 100_000;
        for (double r : new double[] {0, 1, 2, 3}) {
            KleinbergGeometry g = build(n, q, r);
            RandomStream random = new RandomStreams((long) r, 0).stream("long links");
            for (int u : new int[] {0, 7, side * 8 + 8}) {
                int maxD = 2 * (side - 1);
                double[] exact = new double[maxD + 1];
                double total = 0;
                for (int v = 0; v < n; v++) {
                    if (v != u) {
                        int d = (int) g.distance(u, v);
                        exact[d] += StrictMath.pow(d, -r);
                        total += StrictMath.pow(d, -r);
                    }
                }
                int[] links = g.initialLinks(u, random);
                double[] seen = new double[maxD + 1];
                for (int s = 4; s < links.length; s++) {
                    assertTrue(links[s] != u && links[s] >= 0);
                    seen[(int) g.distance(u, links[s])] += 1.0 / q;
                }
                double tv = 0;
                for (int d = 0; d <= maxD; d++) {
                    tv += Math.abs(seen[d] - exact[d] / total) / 2;
                }
                // sampling alone gives 0.002 to 0.007; keeping the distance drawn with weight 4d d^-r when its
                // point falls off the lattice (drawing again only the point) would give 0.04 to 0.76
                assertTrue(tv < 0.015, "r " + r + ", from " + u + ": total variation " + tv);
            }
        }
    }

    private static int neighbours(KleinbergGeometry g, int f) {
        int k = 0;
        for (int s = 0; s < 4; s++) {
            k += g.neighbour(f, s) >= 0 ? 1 : 0;
        }
        return k;
    }
}
