package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.kademlia.RoutingTable.Insertion;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class RoutingTableTest {
    private final RandomStream random = new RandomStreams(11).stream("routing-test");
    private final NodeId own = NodeId.random(random);

    /** An id sharing exactly {@code cpl} leading bits with {@code own}. */
    private NodeId idAt(int cpl) {
        return own.flipBit(cpl).withPrefixOf(cpl + 1, NodeId.random(random));
    }

    @Test
    void theOwnBucketSplitsUntilContactsSeparateAndOthersNeverSplit() {
        RoutingTable t = new RoutingTable(own, 8, 2, 0);
        assertEquals(1, t.bucketCount());
        // 8 contacts far away (cpl 0) fill the single bucket; the 9th with cpl 0 forces a split,
        // after which bucket 0 is full and no longer covers the own id: it cannot split again.
        for (int i = 0; i < 8; i++) {
            assertEquals(Insertion.ADDED, t.offer(idAt(0), i, i));
        }
        assertEquals(1, t.bucketCount());
        assertEquals(Insertion.PING_OLDEST, t.offer(idAt(0), 100, 100));
        assertEquals(2, t.bucketCount(), "split once, then bucket 0 is full of live contacts");
        assertEquals(0, t.pingTarget(), "the least recently seen contact is pinged");
        // contacts near the own id keep splitting the last bucket
        for (int cpl = 1; cpl <= 20; cpl++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(Insertion.ADDED, t.offer(idAt(cpl), 1000 + cpl * 10 + j, 200));
            }
        }
        assertTrue(t.bucketCount() >= 19, "own bucket split as needed, got " + t.bucketCount());
        for (int b = 0; b < t.bucketCount() - 1; b++) {
            for (int i = 0; i < t.bucket(b).size(); i++) {
                assertEquals(b, own.commonPrefixLength(t.bucket(b).id(i)));
            }
        }
        t.checkInvariants();
        assertEquals(8 + 60, t.size());
    }

    @Test
    void aFullBucketKeepsItsLiveOldestWhenThePingIsAnswered() {
        RoutingTable t = fullFarBucket();
        NodeId newcomer = idAt(0);
        assertEquals(Insertion.PING_OLDEST, t.offer(newcomer, 50, 50));
        NodeId oldest = t.bucket(0).id(0);
        assertEquals(oldest, t.pingTargetId());
        // another newcomer while the ping is pending only takes the replacement slot
        NodeId second = idAt(0);
        assertEquals(Insertion.PENDING, t.offer(second, 51, 51));
        // the oldest answers: it moves to the tail, the newcomers are dropped
        assertEquals(Insertion.UPDATED, t.offer(oldest, t.pingTarget(), 60));
        assertEquals(oldest, t.bucket(0).id(7));
        assertFalse(t.contains(newcomer));
        assertFalse(t.contains(second));
        assertEquals(null, t.bucket(0).replacementId());
        t.checkInvariants();
    }

    @Test
    void aFullBucketReplacesTheOldestOnlyWhenThePingFails() {
        RoutingTable t = fullFarBucket();
        NodeId newcomer = idAt(0);
        assertEquals(Insertion.PING_OLDEST, t.offer(newcomer, 50, 50));
        NodeId oldest = t.pingTargetId();
        assertTrue(t.onFailure(oldest, t.pingTarget(), 70));
        assertFalse(t.contains(oldest));
        assertTrue(t.contains(newcomer));
        assertEquals(newcomer, t.bucket(0).id(7), "the replacement is the most recently seen");
        t.checkInvariants();
    }

    @Test
    void aStaleContactBecomesBadAfterRepeatedFailuresAndIsReplacedWithoutPing() {
        RoutingTable t = fullFarBucket();
        NodeId stale = t.bucket(0).id(3);
        int staleAddress = t.bucket(0).address(3);
        assertFalse(t.onFailure(stale, staleAddress, 10));
        assertFalse(t.isBad(stale));
        assertFalse(t.onFailure(stale, staleAddress, 11));
        assertTrue(t.isBad(stale));
        NodeId[] out = new NodeId[20];
        int n = t.closest(stale, 20, out, new int[20]);
        for (int i = 0; i < n; i++) {
            assertFalse(out[i].equals(stale), "bad contacts are not handed out");
        }
        NodeId newcomer = idAt(0);
        assertEquals(Insertion.REPLACED_BAD, t.offer(newcomer, 99, 99));
        assertFalse(t.contains(stale));
        assertTrue(t.contains(newcomer));
        t.checkInvariants();
    }

    @Test
    void aContactThatAnswersMovesToTheTailAndClearsItsFailures() {
        RoutingTable t = fullFarBucket();
        NodeId c = t.bucket(0).id(2);
        t.onFailure(c, t.bucket(0).address(2), 5);
        assertEquals(1, t.bucket(0).failures(2));
        assertEquals(Insertion.UPDATED, t.offer(c, 2, 500));
        assertEquals(c, t.bucket(0).id(7));
        assertEquals(0, t.bucket(0).failures(7));
        t.checkInvariants();
    }

    @Test
    void closestReturnsTheNearestContactsInOrder() {
        RoutingTable t = new RoutingTable(own, 8, 2, 0);
        List<NodeId> stored = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            NodeId id = NodeId.random(random);
            if (t.offer(id, i, i) == Insertion.ADDED) {
                stored.add(id);
            }
        }
        t.checkInvariants();
        assertEquals(stored.size(), t.size());
        for (int trial = 0; trial < 200; trial++) {
            NodeId target = trial % 2 == 0 ? NodeId.random(random) : stored.get(random.nextInt(stored.size()));
            NodeId[] out = new NodeId[8];
            int n = t.closest(target, 8, out, new int[8]);
            List<NodeId> expected = new ArrayList<>(stored);
            expected.sort((a, b) -> NodeId.compareDistance(a, b, target));
            assertEquals(expected.subList(0, 8), List.of(out).subList(0, n));
        }
    }

    @Test
    void contactsThatAgreeOnTheFirst24BitsAreSplitAndOrderedByTheirWholeIds() {
        // The table compares the first 24 bits of ids it keeps beside each contact and reads the
        // whole id only on a tie: here every contact shares 24 to 40 leading bits with the own id
        // and with the targets, so splits and the closest contacts depend on the bits after those.
        RoutingTable t = new RoutingTable(own, 8, 2, 0);
        List<NodeId> stored = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            NodeId id = own.withPrefixOf(24 + random.nextInt(17), NodeId.random(random));
            if (!id.equals(own) && t.offer(id, i, i) == Insertion.ADDED) {
                stored.add(id);
            }
        }
        t.checkInvariants();
        assertTrue(t.bucketCount() > 30, "the own bucket split past 24 bits: " + t.bucketCount() + " buckets");
        for (int b = 0; b < t.bucketCount() - 1; b++) {
            for (int i = 0; i < t.bucket(b).size(); i++) {
                assertEquals(b, own.commonPrefixLength(t.bucket(b).id(i)));
            }
        }
        for (int trial = 0; trial < 200; trial++) {
            NodeId target = own.withPrefixOf(24 + random.nextInt(20), NodeId.random(random));
            NodeId[] out = new NodeId[16];
            int n = t.closest(target, 16, out, new int[16]);
            List<NodeId> expected = new ArrayList<>(stored);
            expected.sort((x, y) -> NodeId.compareDistance(x, y, target));
            assertEquals(expected.subList(0, 16), List.of(out).subList(0, n));
            NodeId present = stored.get(random.nextInt(stored.size()));
            assertTrue(t.contains(present));
            assertFalse(t.contains(present.flipBit(159)) && !stored.contains(present.flipBit(159)));
        }
    }

    @Test
    void randomRefreshIdsFallInTheirBucket() {
        RoutingTable t = new RoutingTable(own, 4, 2, 0);
        for (int i = 0; i < 500; i++) {
            t.offer(NodeId.random(random), i, i);
        }
        for (int b = 0; b < t.bucketCount(); b++) {
            for (int j = 0; j < 20; j++) {
                assertEquals(b, t.bucketIndex(t.randomIdInBucket(b, random)));
            }
        }
    }

    private RoutingTable fullFarBucket() {
        RoutingTable t = new RoutingTable(own, 8, 2, 0);
        for (int i = 0; i < 8; i++) {
            t.offer(idAt(0), i, i);
        }
        t.offer(idAt(1), 20, 20);   // forces the split: bucket 0 = cpl 0 (full), bucket 1 = the rest
        assertEquals(2, t.bucketCount());
        assertEquals(8, t.bucket(0).size());
        return t;
    }
}
