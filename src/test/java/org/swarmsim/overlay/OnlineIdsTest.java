package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** The ground truth over a sorted set, both metrics, against brute force. */
class OnlineIdsTest {
    private static NodeId top(int firstByte) {
        return NodeId.of((long) firstByte << 56, 0, 0);
    }

    private static OnlineIds of(GroundTruth.Metric metric, NodeId... ids) {
        OnlineIds o = new OnlineIds(metric);
        for (NodeId id : ids) {
            o.add(id);
        }
        return o;
    }

    @Test
    void onTheRingTheClosestLieOnBothSidesOfTheKeyAcrossZero() {
        OnlineIds ring = of(GroundTruth.Metric.RING, top(0x10), top(0x20), top(0xf0), top(0x80));
        assertEquals(List.of(top(0x10), top(0xf0), top(0x20)), ring.closest(NodeId.ZERO, 3, null),
                "0x10 and 0xf0 tie at 0x10: the clockwise one first");
        assertEquals(List.of(top(0xf0), top(0x20)), ring.closest(NodeId.ZERO, 2, top(0x10)));
        assertEquals(List.of(top(0x80), top(0x20), top(0x10), top(0xf0)), ring.closest(top(0x70), 9, null),
                "all of them when fewer are online");
        OnlineIds xor = of(GroundTruth.Metric.XOR, top(0x10), top(0x20), top(0xf0), top(0x80));
        assertEquals(List.of(top(0x10), top(0x20), top(0x80)), xor.closest(NodeId.ZERO, 3, null));
    }

    @Test
    void successorAndPredecessorWrapAround() {
        OnlineIds ring = of(GroundTruth.Metric.RING, top(0x10), top(0x20), top(0xf0));
        assertEquals(top(0x10), ring.successor(top(0xf8)));
        assertEquals(top(0x10), ring.successor(top(0x10)), "the key itself is its own successor");
        assertEquals(top(0x20), ring.successor(top(0x11)));
        assertEquals(top(0xf0), ring.predecessor(top(0x08)));
        assertEquals(top(0xf0), ring.predecessor(top(0x10)), "strictly before the key");
        assertNull(new OnlineIds(GroundTruth.Metric.RING).successor(NodeId.ZERO));
    }

    @Test
    void bothMetricsAgreeWithBruteForceOnRandomSets() {
        RandomStream r = new RandomStreams(21).stream("ground-truth");
        for (GroundTruth.Metric metric : GroundTruth.Metric.values()) {
            for (int round = 0; round < 60; round++) {
                IdSpace space = round % 3 == 0 ? IdSpace.PASTRY : IdSpace.KADEMLIA;
                int n = 1 + r.nextInt(round < 20 ? 10 : 400);
                OnlineIds online = new OnlineIds(metric);
                List<NodeId> all = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    NodeId id = space.random(r);
                    if (online.add(id)) {
                        all.add(id);
                    }
                }
                for (int q = 0; q < 20; q++) {
                    NodeId key = q % 4 == 0 ? all.get(r.nextInt(all.size())) : space.random(r);
                    NodeId exclude = switch (q % 3) {
                        case 0 -> null;
                        case 1 -> all.get(r.nextInt(all.size()));
                        default -> space.random(r);
                    };
                    int count = 1 + r.nextInt(20);
                    assertEquals(bruteForce(metric, all, key, count, exclude), online.closest(key, count, exclude),
                            metric + " n=" + n + " key " + key + " count " + count + " exclude " + exclude);
                }
            }
        }
    }

    @Test
    void removedIdsAreNoLongerTheTruth() {
        OnlineIds xor = of(GroundTruth.Metric.XOR, top(0x10), top(0x20));
        xor.remove(top(0x10));
        assertEquals(List.of(top(0x20)), xor.closest(NodeId.ZERO, 2, null));
        assertEquals(1, xor.size());
    }

    private static List<NodeId> bruteForce(GroundTruth.Metric metric, List<NodeId> all, NodeId key, int count,
                                           NodeId exclude) {
        Comparator<NodeId> order = metric == GroundTruth.Metric.XOR
                ? (a, b) -> NodeId.compareDistance(a, b, key)
                : ((Comparator<NodeId>) (a, b) -> NodeId.compareRingDistance(a, b, key))
                        .thenComparing((a, b) -> NodeId.compareClockwise(a, b, key));
        List<NodeId> sorted = new ArrayList<>(all);
        sorted.remove(exclude);
        sorted.sort(order);
        return sorted.subList(0, Math.min(count, sorted.size()));
    }
}
