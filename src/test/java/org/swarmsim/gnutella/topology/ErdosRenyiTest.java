package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** G(n, m): exactly m distinct links, each pair equally likely. */
class ErdosRenyiTest {
    private static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("topology", "erdos-renyi");
    }

    @Test
    void thereAreExactlyMDistinctLinks() {
        long[][] cases = {{1000, 3000}, {100, 4000}, {100, 4950}, {30, 0}, {2, 1}, {1, 0}};
        for (long[] c : cases) {
            Topology t = ErdosRenyi.generate((int) c[0], c[1], stream(c[1]));
            assertEquals(c[0], t.nodes());
            assertEquals(c[1], t.links());
            TopologyAssertions.assertSimple(t);
        }
        TopologyAssertions.assertRegular(ErdosRenyi.generate(100, 4950, stream(1)), 99);
    }

    @Test
    void eachPairIsEquallyLikely() {
        // G(4, 1) and G(4, 5): each of the 6 pairs is the link (or the missing link) 1/6 of the time.
        RandomStream r = stream(5);
        int draws = 6000;
        int[][] sparse = new int[4][4];
        int[][] dense = new int[4][4];
        for (int i = 0; i < draws; i++) {
            Topology one = ErdosRenyi.generate(4, 1, r);
            Topology five = ErdosRenyi.generate(4, 5, r);
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++) {
                    sparse[a][b] += one.linked(a, b) ? 1 : 0;
                    dense[a][b] += five.linked(a, b) ? 0 : 1;
                }
            }
        }
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                // 1000 expected, standard deviation 29
                assertTrue(Math.abs(sparse[a][b] - 1000) < 150, a + "-" + b + " drawn " + sparse[a][b]);
                assertTrue(Math.abs(dense[a][b] - 1000) < 150, a + "-" + b + " left out " + dense[a][b]);
            }
        }
    }

    @Test
    void theSameStreamKeyGivesTheSameGraphAndAnotherSeedAnother() {
        Topology a = ErdosRenyi.generate(5000, 20_000, stream(1));
        assertEquals(a, ErdosRenyi.generate(5000, 20_000, stream(1)));
        assertNotEquals(a, ErdosRenyi.generate(5000, 20_000, stream(2)));
    }

    @Test
    void moreLinksThanPairsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ErdosRenyi.generate(10, 46, stream(1)));
        assertTrue(e.getMessage().contains("m (links) must be 0..45"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ErdosRenyi.generate(10, -1, stream(1)));
        e = assertThrows(IllegalArgumentException.class, () -> ErdosRenyi.generate(0, 0, stream(1)));
        assertTrue(e.getMessage().contains("n (nodes) must be >= 1"), e.getMessage());
    }
}
