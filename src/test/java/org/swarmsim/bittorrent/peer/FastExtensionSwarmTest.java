package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.wire.AllowedFast;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.Handshake;
import org.swarmsim.bittorrent.wire.HaveAll;
import org.swarmsim.bittorrent.wire.HaveNone;
import org.swarmsim.bittorrent.wire.RejectRequest;
import org.swarmsim.net.CoordinateLatency;
import org.swarmsim.net.Message;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStreams;

/**
 * The fast extension (BEP 6) in small swarms: with the bit on everybody completes, choked peers
 * download their allowed-fast pieces, chokes are answered with rejects and requests stay
 * consistent (invariants after every event); half the peers with the bit works; with the bit off
 * a run is exactly what it was before the extension existed.
 */
class FastExtensionSwarmTest {
    private static final int LEECHERS = 16;

    /** What one run produced. */
    private record Outcome(Swarm swarm, List<Long> completions, Map<String, Integer> messages, long digest,
                           long deliveries, long events) {
        long blocksWhileChoked() {
            return swarm.peers().stream().mapToLong(Peer::blocksReceivedWhileChoked).sum();
        }

        int count(Class<?> type) {
            return messages.getOrDefault(type.getSimpleName(), 0);
        }
    }

    /**
     * A seed and 16 leechers of mixed upload capacity arriving every half second (half leave when
     * done), over latencies drawn from coordinates; {@code fast[i]}: whether peer i sets the bit.
     */
    private static Outcome run(boolean[] fast, boolean checkInvariants) {
        long seed = 5;
        CoordinateLatency latency = new CoordinateLatency(new RandomStreams(seed).stream("test", "coordinates"),
                80, 1.0, null);
        SwarmKit kit = new SwarmKit(seed, 40L * 64 * 1024, 64 * 1024, latency);
        Swarm swarm = kit.build();
        long[] digest = {17, 0};
        Map<String, Integer> messages = new LinkedHashMap<>();
        swarm.addListener(new SwarmListener() {
            @Override
            public void onMessage(long arrivalNanos, Peer from, Peer to, Message m) {
                String s = arrivalNanos + " " + from.index() + ">" + to.index() + " " + m;
                digest[0] = digest[0] * 1_000_003L + s.hashCode();
                digest[1]++;
                messages.merge(m.getClass().getSimpleName(), 1, Integer::sum);
            }

            @Override
            public boolean wantsMessages() {
                return true;
            }
        });
        PeerConfig off = PeerConfig.defaults();
        PeerConfig on = off.withFastExtension(true);
        swarm.addPeer(PeerSpec.seed("seed", 300_000, 300_000, 0, PeerSpec.FOREVER), fast[0] ? on : off);
        for (int i = 0; i < LEECHERS; i++) {
            long linger = i % 2 == 0 ? 0 : PeerSpec.FOREVER;
            PeerSpec spec = PeerSpec.leecher("leecher", i % 3 == 0 ? 200_000 : 60_000, 800_000,
                    SimTime.millis(500L * i), linger);
            swarm.addPeer(spec, fast[i + 1] ? on : off);
        }
        if (checkInvariants) {
            kit.checkEveryEvent();
        }
        kit.runUntilAllComplete(3_000);
        List<Long> completions = new ArrayList<>();
        for (Peer p : swarm.peers()) {
            completions.add(p.completionNanos());
        }
        return new Outcome(swarm, completions, messages, digest[0], digest[1], kit.sim.eventsRun());
    }

    private static boolean[] all(boolean on) {
        boolean[] b = new boolean[LEECHERS + 1];
        java.util.Arrays.fill(b, on);
        return b;
    }

    private static void assertEveryLeecherCompletes(Outcome o) {
        assertEquals(LEECHERS, o.swarm().statistics().completedLeechers(), "completions " + o.completions());
        long file = o.swarm().layout().totalBytes();
        for (Peer p : o.swarm().peers()) {
            assertTrue(p.have().isComplete(), p + " has every piece");
            if (!p.spec().initialSeed()) {
                assertEquals(file, p.bytesDownloaded() - p.bytesWasted(), p + " downloaded the file once, plus waste");
            }
        }
    }

    /**
     * Pinned from the build before the fast extension existed (commit 4449e49), same swarm: the
     * completion times to the nanosecond, and a digest of every delivered message with its arrival time.
     */
    @Test
    void withTheFlagOffARunIsExactlyWhatItWasBeforeTheExtension() {
        Outcome o = run(all(false), false);
        assertEquals(List.of(-1L, 21896124419L, 19932874739L, 21888838977L, 25393687444L, 25905174177L, 27682575608L,
                27174249546L, 29709247025L, 29822364901L, 30301470102L, 30134765138L, 30257938419L, 24190882232L,
                29534751173L, 30170860950L, 27054634819L), o.completions());
        assertEquals(17303, o.deliveries());
        assertEquals(201969098803778858L, o.digest());
        assertEquals(17272, o.events());
        assertEquals(0, o.blocksWhileChoked());
        assertEquals(0, o.count(RejectRequest.class) + o.count(AllowedFast.class) + o.count(HaveAll.class)
                + o.count(HaveNone.class));
    }

    @Test
    void withTheExtensionEveryoneCompletesAndChokedPeersGetTheirAllowedFastPieces() {
        Outcome o = run(all(true), true);
        assertEveryLeecherCompletes(o);
        assertTrue(o.blocksWhileChoked() > 0, "blocks received while choked: " + o.blocksWhileChoked());
        assertTrue(o.count(AllowedFast.class) > 0, "allowed fast sent: " + o.messages());
        assertTrue(o.count(RejectRequest.class) > 0, "rejects sent: " + o.messages());
        assertTrue(o.count(HaveAll.class) > 0 && o.count(HaveNone.class) > 0, "have all / have none: " + o.messages());
    }

    @Test
    void withTheExtensionNobodySendsABitfieldWhenCompleteOrEmpty() {
        boolean[] fast = all(true);
        Outcome o = run(fast, false);
        // A joining leecher has nothing (have none), the seed everything (have all); bitfields only in between.
        int handshakes = o.count(Handshake.class);
        assertEquals(handshakes, o.count(HaveAll.class) + o.count(HaveNone.class) + o.count(BitfieldMessage.class),
                "exactly one piece-information message per handshake: " + o.messages());
    }

    @Test
    void aMixedSwarmWithHalfThePeersOnTheExtensionWorks() {
        boolean[] fast = new boolean[LEECHERS + 1];
        for (int i = 0; i < fast.length; i++) {
            fast[i] = i % 2 == 0;   // the seed and every other leecher
        }
        Outcome o = run(fast, true);
        assertEveryLeecherCompletes(o);
        assertTrue(o.blocksWhileChoked() > 0, "fast pairs still use allowed-fast pieces");
        // Only fast peers receive blocks while choked; the invariants check that the others never do.
        for (Peer p : o.swarm().peers()) {
            if (!fast[p.index()]) {
                assertEquals(0, p.blocksReceivedWhileChoked(), p + " has no fast extension");
            }
        }
    }
}
