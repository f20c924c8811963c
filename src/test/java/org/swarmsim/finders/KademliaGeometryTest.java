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

/** XOR buckets: bucket i holds up to k finders sharing exactly i leading bits (the last bucket: at least i). */
class KademliaGeometryTest {
    private static KademliaGeometry build(long seed, int n, int k) {
        RandomStream ids = new RandomStreams(seed, 0).stream("ids");
        NodeId[] a = new NodeId[n];
        for (int f = 0; f < n; f++) {
            a[f] = NodeId.random(ids);
        }
        return new KademliaGeometry(a, new GeometryParams(n, k, 0));
    }

    /** Leading bits two 63-bit points share, bit by bit. */
    private static int sharedBits(long a, long b) {
        int s = 0;
        for (int bit = 62; bit >= 0 && ((a >>> bit) & 1) == ((b >>> bit) & 1); bit--) {
            s++;
        }
        return s;
    }

    @Test
    void bucketOfIsTheNumberOfSharedLeadingBitsCappedAtTheLastBucket() {
        int n = 1000;
        KademliaGeometry g = build(1, n, 2);
        int buckets = g.initialLinks(0, new RandomStreams(1, 0).stream("links")).length / 2;
        assertEquals(10 + 3, buckets, "ceil(log2 1000) + 3 buckets");
        for (int f = 0; f < 50; f++) {
            for (int c = 0; c < n; c++) {
                if (c != f) {
                    assertEquals(Math.min(buckets - 1, sharedBits(g.pointOf(f), g.pointOf(c))), g.bucketOf(f, c));
                }
            }
        }
    }

    @Test
    void everyLinkIsInItsBucketAndEachBucketHoldsMinKAndItsSubtree() {
        for (int n : new int[] {1, 2, 5, 64, 1000}) {
            for (int k : new int[] {1, 3, 8}) {
                KademliaGeometry g = build(n * 31L + k, n, k);
                RandomStream r = new RandomStreams(n, k).stream("links");
                int expectedBuckets = Math.min(63, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)) + 3);
                for (int f = 0; f < n; f++) {
                    int[] links = g.initialLinks(f, r);
                    assertEquals(expectedBuckets * k, links.length);
                    int[] subtree = new int[expectedBuckets];
                    for (int c = 0; c < n; c++) {
                        if (c != f) {
                            subtree[g.bucketOf(f, c)]++;
                        }
                    }
                    Set<Integer> seen = new HashSet<>();
                    int[] held = new int[expectedBuckets];
                    for (int s = 0; s < links.length; s++) {
                        int c = links[s];
                        if (c == Geometry.EMPTY) {
                            continue;
                        }
                        String where = "n " + n + ", k " + k + ", finder " + f + ", slot " + s;
                        assertNotEquals(f, c, where + ": no self link");
                        assertTrue(seen.add(c), where + ": no repeated link");
                        assertEquals(s / k, g.bucketOf(f, c), where + ": link " + c + " in its bucket");
                        held[s / k]++;
                    }
                    for (int b = 0; b < expectedBuckets; b++) {
                        assertEquals(Math.min(k, subtree[b]), held[b],
                                "n " + n + ", k " + k + ", finder " + f + ": bucket " + b + " of subtree " + subtree[b]);
                    }
                }
            }
        }
    }

    @Test
    void distanceIsXorOfPointsAndLearningFillsOnlyTheRightBucket() {
        KademliaGeometry g = build(7, 200, 2);
        for (int f = 0; f < 200; f++) {
            assertEquals(0, g.distance(f, g.pointOf(f)));
            assertEquals(g.pointOf(f) ^ g.pointOf((f + 1) % 200), g.distance(f, g.pointOf((f + 1) % 200)));
        }
        int owner = 3;
        int[] links = new int[g.initialLinks(owner, new RandomStreams(7, 0).stream("links")).length];
        java.util.Arrays.fill(links, Geometry.EMPTY);
        for (int c = 0; c < 200; c++) {
            g.learn(owner, links, c);
        }
        for (int s = 0; s < links.length; s++) {
            if (links[s] != Geometry.EMPTY) {
                assertEquals(s / 2, g.bucketOf(owner, links[s]));
                assertNotEquals(owner, links[s]);
            }
        }
        assertEquals(0, (int) java.util.Arrays.stream(links).filter(l -> l == owner).count());
        // bucket 0 (the other half of the space, about 100 finders) is full after learning everyone
        assertTrue(links[0] != Geometry.EMPTY && links[1] != Geometry.EMPTY);
    }
}
