package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.GroundTruth;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OnlineIds;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** The sorted-array ground truth gives the same closest online ids as a sorted set of them and as brute force. */
class SortedIdsTest {
    private final RandomStream random = new RandomStreams(7).stream("sorted-ids");

    @Test
    void theClosestOnlineIdsAreThoseOfASortedSetAndOfBruteForceUnderChurn() {
        SortedIds sorted = new SortedIds();
        OnlineIds set = new OnlineIds(GroundTruth.Metric.XOR);
        List<NodeId> all = new ArrayList<>();
        List<NodeId> on = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 300; i++) {   // registered in batches, as a swarm adds DHT nodes over time
                NodeId id = round % 2 == 0 ? NodeId.random(random)
                        : NodeId.random(random).withPrefixOf(12, NodeId.of(0x5a5a_0000_0000_0000L, 0, 0));
                all.add(id);
                sorted.register(id);
            }
            for (NodeId id : all) {
                boolean wantOnline = random.nextInt(3) > 0;
                boolean isOnline = on.contains(id);
                if (wantOnline != isOnline) {
                    assertTrue(sorted.setOnline(id, wantOnline));
                    if (wantOnline) {
                        set.add(id);
                        on.add(id);
                    } else {
                        set.remove(id);
                        on.remove(id);
                    }
                }
            }
            assertEquals(on.size(), sorted.onlineCount());
            for (int q = 0; q < 200; q++) {
                NodeId target = q % 3 == 0 ? all.get(random.nextInt(all.size())).flipBit(150) : NodeId.random(random);
                NodeId exclude = q % 2 == 0 ? on.get(random.nextInt(on.size())) : null;
                int count = 1 + random.nextInt(20);
                List<NodeId> expected = set.closest(target, count, exclude);
                assertEquals(expected, sorted.closest(target, count, exclude));
                List<NodeId> brute = new ArrayList<>(on);
                brute.remove(exclude);
                brute.sort(Comparator.comparing(id -> id, (a, b) -> NodeId.compareDistance(a, b, target)));
                assertEquals(brute.subList(0, Math.min(count, brute.size())), expected);
            }
        }
    }

    @Test
    void anIdRegisteredTwiceIsOneEntryThatOnlyOneNodeCanHoldOnline() {
        SortedIds sorted = new SortedIds();
        NodeId id = NodeId.random(random);
        sorted.register(id);
        sorted.register(NodeId.of(id.hi(), id.mid(), id.lo()));
        assertTrue(sorted.setOnline(id, true));
        assertFalse(sorted.setOnline(id, true), "a second online node with the same id");
        assertEquals(List.of(id), sorted.closest(NodeId.ZERO, 5, null));
        assertEquals(List.of(), sorted.closest(NodeId.ZERO, 5, id));
        assertThrows(IllegalArgumentException.class, () -> sorted.setOnline(NodeId.random(random), true));
    }
}
