package org.swarmsim.bittorrent.pex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.pex.FakePeer.FakeConnection;
import org.swarmsim.bittorrent.pex.FakePeer.Sent;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.sim.SimTime;

/**
 * The sender's rules over random connection histories: peers connect (some in bursts of a hundred,
 * so the limits matter) and disconnect at random times, the choke round ticks every 10 s, and
 * after every tick each new message is checked against what the connection was told before and
 * whom the peer is connected to at that moment.
 */
class PexPluginPropertyTest {
    private static final long TICK = SimTime.seconds(10);
    private static final int NODES = 250;

    /** What a remote has been told over one connection, rebuilt from the messages it got. */
    private static final class Model {
        final Set<PeerAddress> told = new LinkedHashSet<>();
        int checked;
        long lastNanos = Long.MIN_VALUE;
    }

    @Test
    void randomHistoriesKeepTheSenderRulesUnderBothPresets() {
        for (PexConfig config : List.of(PexConfig.bep11(), PexConfig.libtorrent(),
                PexConfig.bep11().withInterval(SimTime.seconds(25)))) {
            for (long seed = 1; seed <= 20; seed++) {
                runHistory(config, new Random(seed * 7919 + config.maxAdded()));
            }
        }
    }

    private static void runHistory(PexConfig config, Random rng) {
        PexStats stats = new PexStats();
        FakePeer peer = new FakePeer(new PexExtension(config, stats));
        Map<FakeConnection, Model> models = new HashMap<>();   // lookups only
        List<FakeConnection> every = new ArrayList<>();
        long tickOffset = rng.nextInt(10_000) * SimTime.millis(1);
        int ticks = 40 + rng.nextInt(80);
        for (int t = 0; t < ticks; t++) {
            long tickAt = tickOffset + t * TICK;
            int events = rng.nextInt(6);
            long[] times = new long[events];
            for (int e = 0; e < events; e++) {
                times[e] = tickAt - TICK + 1 + (long) (rng.nextDouble() * (TICK - 1));
            }
            java.util.Arrays.sort(times);
            for (long when : times) {
                peer.now = Math.max(peer.now, when);
                churn(peer, rng, every);
            }
            peer.now = tickAt;
            peer.plugin.tick();
            check(peer, config, models);
        }
        // quiet: the peer catches every remote up with its connections, a limited message an interval
        int quietTicks = (int) ((NODES / config.maxAdded() + 3) * (config.intervalNanos() / TICK + 1));
        for (int t = 0; t < quietTicks; t++) {
            peer.now += TICK;
            peer.plugin.tick();
            check(peer, config, models);
        }
        for (FakeConnection c : peer.open.values()) {
            if (c.remoteSupportsPex) {
                Set<PeerAddress> expected = new LinkedHashSet<>();
                for (FakeConnection o : peer.open.values()) {
                    if (o != c) {
                        expected.add(o.remote);
                    }
                }
                Set<PeerAddress> told = models.containsKey(c) ? models.get(c).told : Set.of();
                assertEquals(expected, told, "once quiet, " + c.remote + " knows exactly whom the peer is connected to");
            }
        }
        for (FakeConnection c : every) {
            if (!c.remoteSupportsPex) {
                assertTrue(c.sent.isEmpty(), "nothing for a remote without ut_pex");
            }
        }
        assertEquals(every.stream().mapToLong(c -> c.sent.size()).sum(), stats.messagesSent());
        assertEquals(every.stream().flatMap(c -> c.sent.stream()).mapToLong(s -> 6 + s.message().size()).sum(),
                stats.bytesSent());
    }

    private static void churn(FakePeer peer, Random rng, List<FakeConnection> every) {
        int roll = rng.nextInt(100);
        if (roll < 3) {   // a burst of connections (a flash crowd)
            int n = 40 + rng.nextInt(100);
            for (int i = 0; i < n; i++) {
                connectSomeone(peer, rng, every);
            }
        } else if (roll < 55) {
            connectSomeone(peer, rng, every);
        } else if (roll < 60 && !peer.open.isEmpty()) {   // many leave at once
            List<FakeConnection> open = new ArrayList<>(peer.open.values());
            for (FakeConnection c : open) {
                if (rng.nextInt(3) == 0) {
                    c.closed("gone");
                }
            }
        } else if (!peer.open.isEmpty()) {
            List<FakeConnection> open = new ArrayList<>(peer.open.values());
            open.get(rng.nextInt(open.size())).closed("gone");
        }
    }

    private static void connectSomeone(FakePeer peer, Random rng, List<FakeConnection> every) {
        int id = rng.nextInt(NODES);
        if (!peer.open.containsKey(id)) {
            every.add(peer.connect(id, rng.nextBoolean(), rng.nextInt(4) == 0, rng.nextInt(5) != 0));
        }
    }

    private static void check(FakePeer peer, PexConfig config, Map<FakeConnection, Model> models) {
        for (FakeConnection c : peer.open.values()) {
            Model m = models.computeIfAbsent(c, k -> new Model());
            int fresh = c.sent.size() - m.checked;
            assertTrue(fresh <= 1, "at most one message per tick");
            if (fresh == 0) {
                continue;
            }
            Sent s = c.sent.get(c.sent.size() - 1);
            boolean initial = m.checked == 0;
            if (!initial) {
                assertTrue(s.nanos() - m.lastNanos >= config.intervalNanos(), "one message per interval to "
                        + c.remote + ": " + m.lastNanos + " then " + s.nanos());
            }
            PexMessage msg = s.message();
            assertTrue(!msg.added().isEmpty() || !msg.dropped().isEmpty(), "no empty messages");
            if (!initial || !config.initialUnlimited()) {
                assertTrue(msg.added().size() <= config.maxAdded(), "added within the limit: " + msg.added().size());
                assertTrue(msg.dropped().size() <= config.maxDropped(), "dropped within the limit");
            }
            for (int i = 0; i < msg.added().size(); i++) {
                PeerAddress a = msg.added().get(i);
                FakeConnection to = peer.open.get(a.nodeId());
                assertTrue(to != null, "added " + a + " is a peer we are connected to");
                assertTrue(!a.equals(c.remote), "a remote is never told of itself");
                assertTrue(m.told.add(a), "added " + a + " twice without a drop between");
                int expected = (to.initiated ? PexMessage.FLAG_REACHABLE : 0) | (to.seed ? PexMessage.FLAG_SEED : 0);
                assertEquals(expected, msg.flags(i), "flags of " + a);
            }
            for (PeerAddress d : msg.dropped()) {
                assertTrue(!peer.open.containsKey(d.nodeId()), "dropped " + d + " while still connected");
                assertTrue(m.told.remove(d), "dropped " + d + " without an earlier add to " + c.remote);
            }
            m.checked = c.sent.size();
            m.lastNanos = s.nanos();
        }
    }
}
