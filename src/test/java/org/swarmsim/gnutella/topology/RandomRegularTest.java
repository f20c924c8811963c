package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** Random d-regular graphs: exact degrees, simple, reproducible, and spread over the graphs. */
class RandomRegularTest {
    private static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("topology", "random-regular");
    }

    @Test
    void everyNodeEndsWithDegreeExactlyD() {
        int[][] cases = {{1000, 4}, {999, 6}, {50, 3}, {7, 2}, {10, 1}, {5, 0}};
        for (int[] c : cases) {
            Topology t = RandomRegular.generate(c[0], c[1], stream(c[0] + c[1]));
            assertEquals(c[0], t.nodes());
            assertEquals((long) c[0] * c[1] / 2, t.links());
            TopologyAssertions.assertSimple(t);
            TopologyAssertions.assertRegular(t, c[1]);
        }
    }

    @Test
    void denseDegreesComeFromTheComplementAndAreStillExact() {
        int[][] cases = {{10, 9}, {10, 8}, {11, 6}, {12, 7}, {40, 30}};
        for (int[] c : cases) {
            Topology t = RandomRegular.generate(c[0], c[1], stream(7));
            TopologyAssertions.assertSimple(t);
            TopologyAssertions.assertRegular(t, c[1]);
        }
    }

    @Test
    void everyFeasibleSmallCaseFinishes() {
        for (int n = 1; n <= 14; n++) {
            for (int d = 0; d < n; d++) {
                if (n * d % 2 == 0) {
                    for (long seed = 0; seed < 5; seed++) {
                        Topology t = RandomRegular.generate(n, d, stream(seed));
                        TopologyAssertions.assertSimple(t);
                        TopologyAssertions.assertRegular(t, d);
                    }
                }
            }
        }
    }

    @Test
    void theSameStreamKeyGivesTheSameGraphAndAnotherSeedAnother() {
        Topology a = RandomRegular.generate(2000, 4, stream(1));
        assertEquals(a, RandomRegular.generate(2000, 4, stream(1)));
        assertNotEquals(a, RandomRegular.generate(2000, 4, stream(2)));
    }

    @Test
    void twoRegularGraphsOnSixNodesAreTwoTrianglesAboutOneTimeInSeven() {
        // 70 labelled 2-regular graphs on 6 nodes: 60 hexagons and 10 pairs of triangles.
        RandomStream r = stream(3);
        int draws = 7000;
        int triangles = 0;
        for (int i = 0; i < draws; i++) {
            if (RandomRegular.generate(6, 2, r).largestComponent() == 3) {
                triangles++;
            }
        }
        // uniform: 1000 expected, standard deviation 29
        assertTrue(Math.abs(triangles - 1000) < 150, "two-triangle graphs: " + triangles + " of " + draws);
    }

    @Test
    void aHundredThousandNodesOfDegreeFourBuild() {
        Topology t = RandomRegular.generate(100_000, 4, stream(11));
        assertEquals(200_000, t.links());
        TopologyAssertions.assertRegular(t, 4);
        assertTrue(t.largestComponent() > 99_000, "random 4-regular graphs are connected w.h.p.: " + t.largestComponent());
    }

    @Test
    void impossibleDegreesAreRefusedWithTheParameterNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RandomRegular.generate(5, 3, stream(1)));
        assertTrue(e.getMessage().contains("n * d must be even"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RandomRegular.generate(4, 4, stream(1)));
        assertTrue(e.getMessage().contains("d (degree) must be 0..3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RandomRegular.generate(0, 0, stream(1)));
        assertTrue(e.getMessage().contains("n (nodes) must be >= 1"), e.getMessage());
    }
}
