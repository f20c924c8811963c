package org.swarmsim.gnutella;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStreams;

/** Cohen &amp; Shenker's allocations and their expected search sizes, in closed form. */
class ReplicationTest {
    @Test
    void zipfProbabilitiesFallAsOneOverRankToTheExponentAndSumToOne() {
        double[] q = Replication.queryDistribution(4, true, 1.0);
        double h = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0;
        assertArrayEquals(new double[] {1 / h, 0.5 / h, (1 / 3.0) / h, 0.25 / h}, q, 1e-12);
        assertEquals(1.0, Arrays.stream(Replication.queryDistribution(100, false, 0)).sum(), 1e-12);
    }

    @Test
    void allocationsUseEveryReplicaAndFollowTheirWeights() {
        double[] q = {0.64, 0.16, 0.16, 0.04};
        assertArrayEquals(new long[] {25, 25, 25, 25}, Replication.allocate(q, "uniform", 100, 1000));
        assertArrayEquals(new long[] {64, 16, 16, 4}, Replication.allocate(q, "proportional", 100, 1000));
        // sqrt weights 0.8, 0.4, 0.4, 0.2 of 1.8: 44.4, 22.2, 22.2, 11.1; the largest remainder gets the 100th
        assertArrayEquals(new long[] {45, 22, 22, 11}, Replication.allocate(q, "square_root", 100, 1000));
        long[] capped = Replication.allocate(q, "proportional", 100, 40);
        assertEquals(40, capped[0]);
        assertEquals(100, Arrays.stream(capped).sum());
    }

    @Test
    void uniformAndProportionalHaveTheSameSearchSizeAndSquareRootTheOptimum() {
        int nodes = 10_000;
        double[] q = Replication.queryDistribution(100, true, 1.0);
        long total = 40_000;    // rho = R / N = 4; the most popular object gets 7,700 < N replicas (no cap)
        double rho = total / (double) nodes;
        double uniform = Replication.expectedSearchSize(q, Replication.allocate(q, "uniform", total, nodes), nodes);
        double proportional = Replication.expectedSearchSize(q, Replication.allocate(q, "proportional", total, nodes),
                nodes);
        double sqrt = Replication.expectedSearchSize(q, Replication.allocate(q, "square_root", total, nodes), nodes);
        double sumSqrt = Arrays.stream(q).map(Math::sqrt).sum();
        assertEquals(100 / rho, uniform, 1e-9);
        assertEquals(100 / rho, proportional, 0.02 * 100 / rho);      // rounding of the smallest shares
        assertEquals(sumSqrt * sumSqrt / rho, sqrt, 0.01 * sumSqrt * sumSqrt / rho);
        assertTrue(sqrt < uniform);
    }

    @Test
    void placementPutsEachObjectOnDistinctServents() {
        long[] r = {5, 0, 10, 1};
        int[][] libraries = Replication.place(r, 10, new RandomStreams(3).stream("content"));
        int[] seen = new int[4];
        for (int[] lib : libraries) {
            for (int i = 1; i < lib.length; i++) {
                assertTrue(lib[i] > lib[i - 1], "ascending and distinct");
            }
            for (int o : lib) {
                seen[o]++;
            }
        }
        assertArrayEquals(new int[] {5, 0, 10, 1}, seen);
        int[][] again = Replication.place(r, 10, new RandomStreams(3).stream("content"));
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(libraries[i], again[i], "the same stream places the same way");
        }
    }
}
