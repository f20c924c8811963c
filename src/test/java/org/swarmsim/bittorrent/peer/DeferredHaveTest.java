package org.swarmsim.bittorrent.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.net.CoordinateLatency;
import org.swarmsim.net.Message;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A {@code have} for a piece the receiver already holds travels without a delivery event of its
 * own. That must change nothing: with latencies drawn from coordinates (no two events on the same
 * nanosecond, so event order cannot differ either), the swarm with deferral and the swarm
 * without it complete at the same nanoseconds, move the same bytes, and deliver the same
 * messages at the same arrival times, while the deferred run needs fewer events.
 */
class DeferredHaveTest {
    private static final long KB = 1000;

    /** What one run produced. */
    private record Outcome(List<Long> completions, List<Long> uploaded, List<String> deliveries, long events,
                           long deferredHaves) {
    }

    private static Outcome run(boolean defer, boolean checkInvariants) {
        long seed = 11;
        CoordinateLatency latency = new CoordinateLatency(new RandomStreams(seed).stream("test", "coordinates"),
                80, 1.0, null);
        SwarmKit kit = new SwarmKit(seed, 48L * 64 * 1024, 64 * 1024, latency);
        kit.builder.deferKnownHaves(defer);
        Swarm swarm = kit.build();
        List<String> deliveries = new ArrayList<>();
        long[] deferred = new long[1];
        swarm.addListener(new SwarmListener() {
            @Override
            public void onMessage(long arrivalNanos, Peer from, Peer to, Message message) {
                deliveries.add(arrivalNanos + " " + from.index() + ">" + to.index() + " " + message.getClass().getSimpleName()
                        + (message instanceof Have h ? " " + h.piece() : ""));
                if (message.deliveryDeferrable()) {
                    deferred[0]++;
                }
            }

            @Override
            public boolean wantsMessages() {
                return true;
            }
        });
        swarm.addPeer(PeerSpec.seed("seed", 400 * KB, 400 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 24; i++) {
            long up = i % 3 == 0 ? 300 * KB : 100 * KB;
            // Half leave as soon as they finish, so closes race with haves in flight.
            long linger = i % 2 == 0 ? 0 : PeerSpec.FOREVER;
            swarm.addPeer(PeerSpec.leecher("leecher", up, 800 * KB, SimTime.millis(700L * i), linger));
        }
        if (checkInvariants) {
            kit.checkEveryEvent();
        }
        kit.runUntilAllComplete(3_000);
        kit.network.deliverDeferred();
        List<Long> completions = new ArrayList<>();
        List<Long> uploaded = new ArrayList<>();
        for (Peer p : swarm.peers()) {
            completions.add(p.completionNanos());
            uploaded.add(swarm.statistics().bytesUploaded(p));
        }
        Collections.sort(deliveries);
        return new Outcome(completions, uploaded, deliveries, kit.sim.eventsRun(), deferred[0]);
    }

    @Test
    void deferralChangesNothingButTheEventCount() {
        Outcome exact = run(false, false);
        Outcome deferred = run(true, true);
        assertTrue(exact.completions().subList(1, 25).stream().allMatch(t -> t > 0),
                "every leecher completes: " + exact.completions());
        assertEquals(0, exact.deferredHaves(), "without deferral no have is deferrable");
        assertTrue(deferred.deferredHaves() > 1000, "haves were deferred: " + deferred.deferredHaves());
        assertEquals(exact.completions(), deferred.completions(), "completion times to the nanosecond");
        assertEquals(exact.uploaded(), deferred.uploaded(), "bytes uploaded per peer");
        assertEquals(exact.deliveries().size(), deferred.deliveries().size(), "messages delivered");
        assertEquals(exact.deliveries(), deferred.deliveries(), "same messages, same arrival times");
        assertTrue(deferred.events() + deferred.deferredHaves() / 2 < exact.events(),
                "deferred haves cost no delivery event: " + deferred.events() + " vs " + exact.events()
                        + " events, " + deferred.deferredHaves() + " deferred haves");
    }
}
