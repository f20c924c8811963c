package org.swarmsim.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.DistributionLatency;
import org.swarmsim.sim.random.RandomStreams;

/**
 * The exact message counts of a flood, against a brute force on the graph: with equal per-hop
 * latency and duplicate suppression a flood from s with TTL t sends deg(s) + sum over nodes at
 * distance 1..t-1 of (deg(v) - 1) copies, reaches exactly the t-ball, and its duplicates are
 * copies - reached; without suppression, on a d-regular graph, it sends sum_{h=1..t} d(d-1)^(h-1).
 */
class FloodCountsTest {
    private static final GnutellaConfig NO_CAP = GnutellaConfig.defaults().withMaxTtl(255);

    private static Map<String, int[][]> graphs() {
        Map<String, int[][]> g = new LinkedHashMap<>();
        g.put("ring of 9", SmallOverlay.ring(9));
        g.put("binary tree of 15", SmallOverlay.binaryTree(15));
        g.put("complete graph of 6", SmallOverlay.complete(6));
        g.put("3 x 4 grid", SmallOverlay.grid(3, 4, false));
        g.put("4 x 5 torus", SmallOverlay.grid(4, 5, true));
        return g;
    }

    private static long expectedMessages(SmallOverlay o, int source, int ttl) {
        int[] d = o.distances(source);
        long m = o.degree(source);
        for (int v = 0; v < d.length; v++) {
            if (d[v] >= 1 && d[v] <= ttl - 1) {
                m += o.degree(v) - 1;
            }
        }
        return m;
    }

    private static long ball(SmallOverlay o, int source, int ttl) {
        long n = 0;
        for (int d : o.distances(source)) {
            n += d >= 1 && d <= ttl ? 1 : 0;
        }
        return n;
    }

    @Test
    void aSuppressedFloodSendsExactlyTheBruteForceCountAndReachesTheTBall() {
        for (Map.Entry<String, int[][]> e : graphs().entrySet()) {
            for (int source : new int[] {0, e.getValue().length / 2}) {
                for (int ttl = 1; ttl <= 5; ttl++) {
                    SmallOverlay o = new SmallOverlay(e.getValue(), NO_CAP, null);
                    assertTrue(Requester.start(o.servents[source], 0, 1, new SearchMethod.Flood(ttl)));
                    o.settle();
                    String what = e.getKey() + ", source " + source + ", TTL " + ttl;
                    assertEquals(expectedMessages(o, source, ttl), o.counts.queries, what + ": messages");
                    assertEquals(ball(o, source, ttl), o.counts.reached, what + ": reached");
                    assertEquals(o.counts.queries - o.counts.reached, o.counts.duplicates, what + ": duplicates");
                }
            }
        }
    }

    @Test
    void withoutSuppressionADRegularFloodExplodesAsDTimesDMinusOneToTheHops() {
        Map<String, int[][]> regular = new LinkedHashMap<>();
        regular.put("ring of 9 (d = 2)", SmallOverlay.ring(9));
        regular.put("complete graph of 5 (d = 4)", SmallOverlay.complete(5));
        regular.put("4 x 5 torus (d = 4)", SmallOverlay.grid(4, 5, true));
        for (Map.Entry<String, int[][]> e : regular.entrySet()) {
            int d = e.getValue()[0].length;
            for (int ttl = 1; ttl <= 4; ttl++) {
                SmallOverlay o = new SmallOverlay(e.getValue(), NO_CAP.withDuplicateSuppression(false), null);
                Requester.start(o.servents[0], 0, 1, new SearchMethod.Flood(ttl));
                o.settle();
                long expected = 0;
                for (int h = 1; h <= ttl; h++) {
                    expected += d * (long) Math.pow(d - 1, h - 1);
                }
                assertEquals(expected, o.counts.queries, e.getKey() + ", TTL " + ttl);
            }
        }
    }

    @Test
    void queryHitMessagesAreTheSumOfTheHitServentsHopDistances() {
        int[][] grid = SmallOverlay.grid(4, 4, false);
        int[][] libraries = new int[16][0];
        int[] holders = {5, 10, 15, 3};
        for (int h : holders) {
            libraries[h] = new int[] {1};
        }
        SmallOverlay o = new SmallOverlay(grid, NO_CAP, libraries);
        Requester.start(o.servents[0], 0, 1, new SearchMethod.Flood(6));
        o.settle();
        int[] d = o.distances(0);
        long sum = 0;
        for (int h : holders) {
            sum += d[h];
        }
        assertEquals(holders.length, o.counts.hits);
        assertEquals(sum, o.counts.hitMessages);
        assertEquals(java.util.List.of(2, 3, 4, 6), o.counts.hitHops.stream().sorted().toList());
    }

    @Test
    void aTtlCapOfThreeStopsAFloodAsIfItsTtlWereThree() {
        int[][] ring = SmallOverlay.ring(15);
        SmallOverlay capped = new SmallOverlay(ring, GnutellaConfig.defaults().withMaxTtl(3), null);
        Requester.start(capped.servents[0], 0, 1, new SearchMethod.Flood(7));
        capped.settle();
        SmallOverlay three = new SmallOverlay(ring, NO_CAP, null);
        Requester.start(three.servents[0], 0, 1, new SearchMethod.Flood(3));
        three.settle();
        assertEquals(three.counts.queries, capped.counts.queries);
        assertEquals(6, capped.counts.reached);
    }

    @Test
    void withRandomLatenciesAFloodNeverBeatsTheBoundsOfItsGraph() {
        int[][] torus = SmallOverlay.grid(5, 5, true);
        for (int seed = 1; seed <= 5; seed++) {
            for (int ttl = 2; ttl <= 5; ttl++) {
                SmallOverlay o = new SmallOverlay(torus, NO_CAP, null, new DistributionLatency(
                        new UniformRealDistribution(5, 200), new RandomStreams(seed).stream("latency")));
                Requester.start(o.servents[0], 0, 1, new SearchMethod.Flood(ttl));
                o.settle();
                long unsuppressed = 0;
                for (int h = 1; h <= ttl; h++) {
                    unsuppressed += 4 * (long) Math.pow(3, h - 1);
                }
                assertTrue(o.counts.queries <= unsuppressed, "messages " + o.counts.queries + " > " + unsuppressed);
                assertTrue(o.counts.reached <= ball(o, 0, ttl), "reached more than the " + ttl + "-ball");
                assertEquals(o.counts.queries - o.counts.reached, o.counts.duplicates);
            }
        }
    }
}
