package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks shared by the generator tests: what makes a topology a well-formed simple graph. */
final class TopologyAssertions {
    private TopologyAssertions() {
    }

    /**
     * No self-loops or repeated links (neighbours strictly ascending and never the node itself),
     * every link seen from both ends, and the degrees summing to twice the links.
     */
    static void assertSimple(Topology t) {
        long degreeSum = 0;
        for (int v = 0; v < t.nodes(); v++) {
            int d = t.degree(v);
            degreeSum += d;
            for (int k = 0; k < d; k++) {
                int w = t.neighbor(v, k);
                assertTrue(w != v, "self-loop at " + v);
                assertTrue(k == 0 || t.neighbor(v, k - 1) < w, "neighbours of " + v + " not strictly ascending at " + k);
                assertTrue(t.linked(w, v), v + " -- " + w + " missing from " + w + "'s side");
            }
        }
        assertEquals(2 * t.links(), degreeSum, "degree sum");
        assertEquals(0, t.droppedSelfLoops(), "a generator makes no self-loops to drop");
        assertEquals(0, t.droppedDuplicates(), "a generator makes no repeated links to drop");
    }

    /** Every node has degree {@code d}. */
    static void assertRegular(Topology t, int d) {
        for (int v = 0; v < t.nodes(); v++) {
            assertEquals(d, t.degree(v), "degree of node " + v);
        }
        assertEquals(d, t.maxDegree());
    }
}
