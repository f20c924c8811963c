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
 * A {@code have} from a peer that chokes the receiver, to a receiver interested in it, only counts
 * (availability, remote bitfield, pieces of interest): it travels {@link Have#onDemand on demand},
 * without a delivery event, and the receiver takes it when it next does anything (a message, a
 * choke round, a close). That must change nothing, the picker's random tie-breaks included: with
 * latencies drawn from coordinates (no two events on one nanosecond), the swarm with on-demand
 * haves and the swarm without them complete at the same nanoseconds, move the same bytes, and
 * deliver the same messages at the same arrival times, while the on-demand run needs fewer
 * events. Few upload slots for many leechers keep most connections choked; half the leechers
 * leave as soon as they finish, so closes race with haves in flight, and interest comes and goes.
 */
class OnDemandHaveTest {
    private static final long KB = 1000;

    /** What one run produced. */
    private record Outcome(List<Long> completions, List<Long> uploaded, List<String> deliveries, long events,
                           long onDemandHaves, long deliveredBytes) {
    }

    private static Outcome run(boolean pull, boolean checkInvariants, long seed) {
        CoordinateLatency latency = new CoordinateLatency(new RandomStreams(seed).stream("test", "coordinates"),
                80, 1.0, null);
        SwarmKit kit = new SwarmKit(seed, 64L * 64 * 1024, 64 * 1024, latency);
        kit.builder.pullHaves(pull, true);
        Swarm swarm = kit.build();
        List<String> deliveries = new ArrayList<>();
        long[] onDemand = new long[1];
        swarm.addListener(new SwarmListener() {
            @Override
            public void onMessage(long arrivalNanos, Peer from, Peer to, Message message) {
                deliveries.add(arrivalNanos + " " + from.index() + ">" + to.index() + " " + message.getClass().getSimpleName()
                        + (message instanceof Have h ? " " + h.piece() : ""));
                if (message.deliveryOnDemand()) {
                    onDemand[0]++;
                }
            }

            @Override
            public boolean wantsMessages() {
                return true;
            }
        });
        swarm.addPeer(PeerSpec.seed("seed", 300 * KB, 300 * KB, 0, PeerSpec.FOREVER));
        for (int i = 0; i < 30; i++) {
            long up = i % 3 == 0 ? 200 * KB : 60 * KB;
            long linger = i % 2 == 0 ? 0 : PeerSpec.FOREVER;
            swarm.addPeer(PeerSpec.leecher("leecher", up, 600 * KB, SimTime.millis(400L * i), linger));
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
        return new Outcome(completions, uploaded, deliveries, kit.sim.eventsRun(), onDemand[0],
                kit.network.bytesDelivered());
    }

    private static void assertSameRun(long seed) {
        Outcome exact = run(false, false, seed);
        Outcome pulled = run(true, true, seed);
        assertTrue(exact.completions().subList(1, 31).stream().allMatch(t -> t > 0),
                "every leecher completes: " + exact.completions());
        assertEquals(0, exact.onDemandHaves(), "without pulling no have goes on demand");
        assertTrue(pulled.onDemandHaves() > 1000, "haves went on demand: " + pulled.onDemandHaves());
        assertEquals(exact.completions(), pulled.completions(), "completion times to the nanosecond");
        assertEquals(exact.uploaded(), pulled.uploaded(), "bytes uploaded per peer");
        assertEquals(exact.deliveredBytes(), pulled.deliveredBytes(), "bytes delivered by the network");
        assertEquals(exact.deliveries().size(), pulled.deliveries().size(), "messages delivered");
        assertEquals(exact.deliveries(), pulled.deliveries(), "same messages, same arrival times");
        assertTrue(pulled.events() + pulled.onDemandHaves() / 2 < exact.events(),
                "haves on demand cost no delivery event: " + pulled.events() + " vs " + exact.events()
                        + " events, " + pulled.onDemandHaves() + " on demand");
    }

    @Test
    void onDemandHavesChangeNothingButTheEventCount() {
        assertSameRun(11);
    }

    @Test
    void onDemandHavesChangeNothingWithAnotherSeedEither() {
        assertSameRun(29);
    }
}
