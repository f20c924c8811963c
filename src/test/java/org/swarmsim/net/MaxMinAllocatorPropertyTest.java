package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Property tests on random instances: after every batch of flow starts, finishes and cap changes,
 * the incremental allocation equals the reference progressive filling to 1e-9 relative, no
 * resource exceeds its capacity, and every flow has a saturated bottleneck on which no flow is
 * faster (or sits at its cap): max-min optimality.
 */
class MaxMinAllocatorPropertyTest {
    private static final double TOLERANCE = 1e-9;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    static LongStream largeSeeds() {
        return LongStream.rangeClosed(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void incrementalAllocationEqualsTheReferenceAndIsMaxMinOptimal(long seed) {
        RandomStream random = new RandomStreams(seed).stream("net/maxmin-property");
        checkRandomInstance(seed, random, 2 + random.nextInt(30), 30 + random.nextInt(30));
    }

    /** Larger, swarm-like instances (long propagation chains, the eager and the fall-back paths). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("largeSeeds")
    void onLargerInstancesTheIncrementalAllocationStillEqualsTheReference(long seed) {
        RandomStream random = new RandomStreams(seed).stream("net/maxmin-property-large");
        checkRandomInstance(seed, random, 120, 25, 600);
    }

    private static void checkRandomInstance(long seed, RandomStream random, int nodes, int batches) {
        checkRandomInstance(seed, random, nodes, batches, 0);
    }

    private static void checkRandomInstance(long seed, RandomStream random, int nodes, int batches, int initialFlows) {
        MaxMinAllocator incremental = new MaxMinAllocator();
        MaxMinAllocator full = new MaxMinAllocator();
        full.setIncremental(false);
        for (int i = 0; i < nodes; i++) {
            double up = capacity(random);
            double down = capacity(random);
            incremental.addResource(up);
            incremental.addResource(down);
            full.addResource(up);
            full.addResource(down);
        }
        List<Integer> live = new ArrayList<>();
        for (int batch = 0; batch < batches; batch++) {
            int changes = batch == 0 && initialFlows > 0 ? initialFlows : 1 + random.nextInt(random.nextBoolean() ? 2 : 12);
            for (int c = 0; c < changes; c++) {
                double dice = random.nextDouble();
                if (batch == 0 || dice < 0.55 || live.isEmpty()) {
                    int a = random.nextInt(nodes);
                    int b = random.nextInt(nodes - 1);
                    if (b >= a) {
                        b++;
                    }
                    double cap = random.nextDouble() < 0.15 ? capacity(random) / 4 : 0;
                    int f = incremental.addFlow(2 * a, 2 * b + 1, cap);
                    int g = full.addFlow(2 * a, 2 * b + 1, cap);
                    assertEquals(f, g, "both allocators reuse flow indices alike");
                    live.add(f);
                } else if (dice < 0.95) {
                    int f = live.remove(random.nextInt(live.size()));
                    incremental.removeFlow(f);
                    full.removeFlow(f);
                } else {
                    int f = live.get(random.nextInt(live.size()));
                    double cap = random.nextBoolean() ? capacity(random) / 4 : 0;
                    incremental.setFlowCap(f, cap);
                    full.setFlowCap(f, cap);
                }
            }
            incremental.solve();
            full.solve();
            double[] reference = ReferenceProgressiveFilling.solve(incremental);
            for (int f : live) {
                assertClose(reference[f], incremental.rate(f), "seed " + seed + " batch " + batch + " flow " + f + " (incremental)");
                assertClose(reference[f], full.rate(f), "seed " + seed + " batch " + batch + " flow " + f + " (full)");
            }
            incremental.checkInvariants(TOLERANCE);
            full.checkInvariants(TOLERANCE);
        }
    }

    @Test
    void anUncappedFlowFillsItsLinkAndACappedOneStopsAtItsCap() {
        MaxMinAllocator allocator = new MaxMinAllocator();
        allocator.addResource(100);
        allocator.addResource(100);
        allocator.addFlow(0, 1, 0);
        allocator.solve();
        allocator.checkInvariants(TOLERANCE);
        assertEquals(100, allocator.rate(0), 1e-12);
        allocator.setFlowCap(0, 50);
        allocator.solve();
        allocator.checkInvariants(TOLERANCE);   // at its cap: fine
        assertEquals(50, allocator.rate(0), 1e-12);
    }

    @Test
    void aFlowIsReportedChangedOnlyWhenItsRateMoves() {
        MaxMinAllocator allocator = new MaxMinAllocator();
        for (int i = 0; i < 4; i++) {
            allocator.addResource(1000);
        }
        int a = allocator.addFlow(0, 1, 0);
        assertEquals(1, allocator.solve());
        // A flow between two other resources does not touch the first one.
        int b = allocator.addFlow(2, 3, 0);
        assertEquals(1, allocator.solve());
        assertEquals(b, allocator.changedFlows()[0]);
        assertEquals(1000, allocator.rate(a), 0);
        assertThrows(IllegalArgumentException.class, () -> allocator.removeFlow(99));
    }

    @Test
    void theReferenceSolverGivesTheTextbookAnswer() {
        // Resources: 0 (cap 10) shared by flows 0, 1; resource 1 (cap 4) only flow 1 -> rates 6, 4.
        double[] rates = ReferenceProgressiveFilling.solve(new double[] {10, 4, 100},
                new int[] {0, 0}, new int[] {2, 1}, new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
        assertEquals(6, rates[0], 1e-12);
        assertEquals(4, rates[1], 1e-12);
    }

    private static double capacity(RandomStream random) {
        double dice = random.nextDouble();
        if (dice < 0.3) {
            return 100_000;   // many equal capacities make ties
        }
        return Math.exp(random.nextUniform(Math.log(1e3), Math.log(1e7)));
    }

    private static void assertClose(double expected, double actual, String what) {
        if (!(Math.abs(expected - actual) <= TOLERANCE * Math.max(Math.abs(expected), 1e-300))) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
        assertTrue(actual >= 0);
    }
}
