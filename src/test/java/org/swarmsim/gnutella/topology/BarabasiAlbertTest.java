package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** Preferential attachment: the exact link count, degrees of at least m, and rich old nodes. */
class BarabasiAlbertTest {
    private static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("topology", "barabasi-albert");
    }

    @Test
    void linksAreTheCliquePlusMPerNewcomerAndNoDegreeIsBelowM() {
        int[][] cases = {{1000, 3}, {500, 1}, {200, 10}, {5, 4}};
        for (int[] c : cases) {
            int n = c[0];
            int m = c[1];
            Topology t = BarabasiAlbert.generate(n, m, stream(n));
            assertEquals(n, t.nodes());
            assertEquals((long) m * (m + 1) / 2 + (long) (n - m - 1) * m, t.links());
            TopologyAssertions.assertSimple(t);
            for (int v = 0; v < n; v++) {
                assertTrue(t.degree(v) >= m, "degree of " + v + " is " + t.degree(v));
            }
            assertEquals(n, t.largestComponent(), "every newcomer links to the connected graph");
        }
    }

    @Test
    void withOneLinkPerNewcomerTheGraphIsATree() {
        Topology t = BarabasiAlbert.generate(300, 1, stream(4));
        assertEquals(299, t.links());
        assertEquals(300, t.largestComponent());
    }

    @Test
    void earlyNodesGatherFarMoreLinksThanLateOnes() {
        // The expected degree of node i is about m sqrt(n / i): the first 100 of 10,000 nodes
        // average about 20 m, the last 1,000 about m.
        Topology t = BarabasiAlbert.generate(10_000, 3, stream(8));
        double early = meanDegree(t, 0, 100);
        double late = meanDegree(t, 9000, 10_000);
        assertTrue(early > 8 * late, "first 100 nodes average " + early + ", last 1000 average " + late);
        assertTrue(t.maxDegree() > 100, "a hub: max degree " + t.maxDegree());
    }

    private static double meanDegree(Topology t, int from, int to) {
        long sum = 0;
        for (int v = from; v < to; v++) {
            sum += t.degree(v);
        }
        return (double) sum / (to - from);
    }

    @Test
    void theSameStreamKeyGivesTheSameGraphAndAnotherSeedAnother() {
        Topology a = BarabasiAlbert.generate(3000, 2, stream(1));
        assertEquals(a, BarabasiAlbert.generate(3000, 2, stream(1)));
        assertNotEquals(a, BarabasiAlbert.generate(3000, 2, stream(2)));
    }

    @Test
    void tooFewNodesForTheCliqueAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BarabasiAlbert.generate(3, 3, stream(1)));
        assertTrue(e.getMessage().contains("n (nodes) must be >= m + 1 = 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BarabasiAlbert.generate(10, 0, stream(1)));
        assertTrue(e.getMessage().contains("m (links per new node) must be >= 1"), e.getMessage());
    }
}
