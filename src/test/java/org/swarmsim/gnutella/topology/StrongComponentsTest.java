package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Strongly connected components follow the arcs' directions. */
class StrongComponentsTest {
    private static EdgeList arcs(long... tailHeadPairs) {
        long[] tails = new long[tailHeadPairs.length / 2];
        long[] heads = new long[tails.length];
        for (int i = 0; i < tails.length; i++) {
            tails[i] = tailHeadPairs[2 * i];
            heads[i] = tailHeadPairs[2 * i + 1];
        }
        return new EdgeList(tails, heads);
    }

    @Test
    void twoCyclesJoinedByOneArcAreTwoComponentsAndTheBiggerCycleWins() {
        // cycle 1-2-3 and cycle 10-11-12-13, one arc 3 -> 10 between them
        EdgeList a = arcs(1, 2, 2, 3, 3, 1, 10, 11, 11, 12, 12, 13, 13, 10, 3, 10);
        assertEquals(4, StrongComponents.largest(a));
        // the same with the join first in the file and the big cycle reached last
        assertEquals(4, StrongComponents.largest(arcs(10, 1, 1, 2, 2, 3, 3, 1, 10, 11, 11, 12, 12, 13, 13, 10)));
    }

    @Test
    void anArcBackBetweenTheCyclesMergesThem() {
        EdgeList a = arcs(1, 2, 2, 3, 3, 1, 10, 11, 11, 12, 12, 13, 13, 10, 3, 10, 12, 2);
        assertEquals(7, StrongComponents.largest(a));
    }

    @Test
    void aDirectedPathHasOnlySingletonComponents() {
        assertEquals(1, StrongComponents.largest(arcs(1, 2, 2, 3, 3, 4, 1, 4, 5, 5)));
    }

    @Test
    void aLongCycleNeedsNoRecursion() {
        int n = 300_000;
        long[] tails = new long[n];
        long[] heads = new long[n];
        for (int i = 0; i < n; i++) {
            tails[i] = i;
            heads[i] = (i + 1) % n;
        }
        assertEquals(n, StrongComponents.largest(new EdgeList(tails, heads)));
        heads[n - 1] = n;   // break the cycle: a path of n + 1 nodes
        assertEquals(1, StrongComponents.largest(new EdgeList(tails, heads)));
    }
}
