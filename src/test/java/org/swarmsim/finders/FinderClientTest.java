package org.swarmsim.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.finders.FinderMessage.AttachReply;
import org.swarmsim.finders.FinderMessage.Found;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/** Peers using a small static finder network end to end: attaching, full finders, registering and searching, failover. */
class FinderClientTest {
    private static final int FINDERS = 16;

    private static FinderTestNetwork network(long seed, int peersPerFinder, int attach) {
        FinderTestNetwork t = new FinderTestNetwork(seed, "symphony", FINDERS, 2, 0,
                FinderTestNetwork.config(50, SimTime.seconds(10), true, Fallback.NONE, peersPerFinder, attach));
        t.net.start();
        return t;
    }

    /** {@code count} peers, one every 100 ms, each with a bootstrap list of two random online finders. */
    private static List<FinderClient> startPeers(FinderTestNetwork t, int count, NodeId swarm) {
        List<FinderClient> peers = new ArrayList<>();
        RandomStream r = t.streams.stream("bootstrap");
        for (int i = 0; i < count; i++) {
            FinderClient c = t.addPeer(i);
            peers.add(c);
            t.sim.scheduleAt(t.sim.now() + SimTime.millis(100) * (i + 1), () -> c.start(swarm, t.net.randomOnline(r, 2)));
        }
        return peers;
    }

    /** After every event: no finder serves more than L peers, no peer holds more than {@code attach} distinct finders. */
    private static int[] watchLimits(FinderTestNetwork t, List<FinderClient> peers, int limit, int attach) {
        int[] maxLoad = new int[1];
        t.sim.afterEachEvent(() -> {
            for (FinderNode f : t.net.finders()) {
                maxLoad[0] = Math.max(maxLoad[0], f.load());
                assertTrue(f.load() <= limit, "finder " + f.number() + " serves " + f.load() + " > L = " + limit);
            }
            for (FinderClient c : peers) {
                int[] a = c.attached();
                assertTrue(a.length <= attach, "peer " + c.address() + " attached to " + Arrays.toString(a));
                assertEquals(a.length, Arrays.stream(a).distinct().count(), "distinct finders " + Arrays.toString(a));
            }
        });
        return maxLoad;
    }

    /** Every finder's load is the number of peers that count it among their finders. */
    private static void assertLoadsMatch(FinderTestNetwork t, List<FinderClient> peers) {
        for (FinderNode f : t.net.finders()) {
            int users = 0;
            for (FinderClient c : peers) {
                users += Arrays.stream(c.attached()).filter(a -> a == f.number()).count();
            }
            assertEquals(users, f.load(), "finder " + f.number() + "'s load");
        }
    }

    @Test
    void withRoomEnoughEveryPeerAttachesToExactlyItsNumberOfFinders() {
        FinderTestNetwork t = network(51, 3, 3);
        List<FinderClient> peers = startPeers(t, 12, null);
        int[] maxLoad = watchLimits(t, peers, 3, 3);
        t.sim.run(SimTime.minutes(3));
        for (FinderClient c : peers) {
            assertEquals(3, c.attached().length, "peer " + c.address() + ": " + Arrays.toString(c.attached()));
        }
        assertLoadsMatch(t, peers);
        assertEquals(36, t.net.finders().stream().mapToInt(FinderNode::load).sum());
        assertEquals(3, maxLoad[0]);
    }

    @Test
    void aFullFinderRefusesAndSuggestsOtherFinders() {
        FinderTestNetwork t = network(52, 3, 3);
        t.recordSent = true;
        List<FinderClient> peers = startPeers(t, 40, null);   // 120 attachments wanted, room for 48
        int[] maxLoad = watchLimits(t, peers, 3, 3);
        t.sim.run(SimTime.minutes(3));
        for (FinderNode f : t.net.finders()) {
            assertEquals(3, f.load(), "every finder ends full");
        }
        assertLoadsMatch(t, peers);
        assertEquals(3, maxLoad[0]);
        int refusals = 0;
        for (int i = 0; i < t.sent.size(); i++) {
            if (t.sent.get(i) instanceof AttachReply r && !r.accepted()) {
                refusals++;
                int refuser = t.net.finderAt(t.sentFrom.get(i));
                assertTrue(refuser >= 0, "a finder refuses");
                assertEquals(3, r.load(), "a finder refuses only when full");
                assertTrue(r.suggestions().length > 0 && r.suggestions().length <= FinderConfig.SUGGESTIONS,
                        "suggestions " + Arrays.toString(r.suggestions()));
                Set<Integer> distinct = new HashSet<>();
                for (int s : r.suggestions()) {
                    assertTrue(s >= 0 && s < FINDERS && s != refuser, "suggests another finder: " + s);
                    assertTrue(distinct.add(s));
                }
            } else if (t.sent.get(i) instanceof AttachReply r) {
                assertTrue(r.load() <= 3, "an accepting finder's load after the peer joins: " + r.load());
            }
        }
        assertTrue(refusals > 0, "full finders refused");
    }

    @Test
    void aRegisteredSwarmIsFoundByAnotherPeersSearch() {
        FinderTestNetwork t = network(53, 30, 3);
        RandomStream r = t.streams.stream("swarms");
        NodeId swarm = NodeId.random(r);
        List<FinderClient> members = startPeers(t, 2, swarm);
        t.sim.run(SimTime.seconds(20));
        int home = t.geometry.home(t.geometry.point(swarm));
        assertEquals(2, t.finder(home).contactsOf(swarm), "both registrations stored at the swarm's home");
        FinderClient searcher = t.addPeer(100);
        searcher.start(null, t.net.randomOnline(r, 3));
        t.sim.run(t.sim.now() + SimTime.seconds(5));
        assertEquals(3, searcher.attached().length);
        Found[] answer = new Found[1];
        boolean[] called = new boolean[1];
        searcher.search(swarm, t.net.nextSearchId(), f -> {
            called[0] = true;
            answer[0] = f;
        });
        t.sim.run(t.sim.now() + SimTime.seconds(30));
        assertTrue(called[0]);
        assertNotNull(answer[0], "the search was answered");
        assertEquals(home, answer[0].answerer());
        Set<Integer> contacts = new HashSet<>();
        for (int c : answer[0].contacts()) {
            contacts.add(c);
        }
        assertEquals(Set.of(members.get(0).address(), members.get(1).address()), contacts, "the registrants' contacts");

        // a swarm nobody registered: with no fall-back the local minimum answers that it knows no contacts
        Found[] none = new Found[1];
        searcher.search(NodeId.random(r), t.net.nextSearchId(), f -> none[0] = f);
        t.sim.run(t.sim.now() + SimTime.seconds(30));
        assertNotNull(none[0]);
        assertEquals(0, none[0].contacts().length);
    }

    @Test
    void afterAFinderGoesOfflineItsPeersAttachElsewhere() {
        FinderTestNetwork t = network(54, 5, 3);
        List<FinderClient> peers = startPeers(t, 12, null);
        watchLimits(t, peers, 5, 3);
        t.sim.run(SimTime.minutes(3));
        FinderNode gone = t.net.finders().stream().filter(f -> f.load() > 0).findFirst().orElseThrow();
        List<FinderClient> affected = peers.stream().filter(c -> Arrays.stream(c.attached()).anyMatch(a -> a == gone.number()))
                .toList();
        assertEquals(gone.load(), affected.size());
        gone.goOffline();
        assertEquals(0, gone.load(), "an offline finder serves nobody");
        t.sim.run(t.sim.now() + SimTime.minutes(2));
        for (FinderClient c : peers) {
            int[] a = c.attached();
            assertEquals(3, a.length, "peer " + c.address() + " has three finders again: " + Arrays.toString(a));
            assertFalse(Arrays.stream(a).anyMatch(f -> f == gone.number()), "none of them the one that left");
            for (int f : a) {
                assertTrue(t.finder(f).isOnline());
            }
        }
        assertLoadsMatch(t, peers);
    }

    @Test
    void aPeerThatStopsFreesItsPlacesWithItsFinders() {
        FinderTestNetwork t = network(55, 3, 3);
        List<FinderClient> peers = startPeers(t, 12, null);
        t.sim.run(SimTime.minutes(2));
        FinderClient leaving = peers.get(4);
        int[] finders = leaving.attached();
        assertEquals(3, finders.length);
        int[] before = t.net.finders().stream().mapToInt(FinderNode::load).toArray();
        leaving.stop();
        assertFalse(leaving.isOnline());
        assertEquals(0, leaving.attached().length);
        t.sim.run(t.sim.now() + SimTime.seconds(1));
        for (FinderNode f : t.net.finders()) {
            boolean left = Arrays.stream(finders).anyMatch(a -> a == f.number());
            assertEquals(before[f.number()] - (left ? 1 : 0), f.load(), "finder " + f.number() + " after the detach");
        }
        assertLoadsMatch(t, peers);
    }
}
