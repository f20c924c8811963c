package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.NetworkFixture.Deferrable;
import org.swarmsim.net.NetworkFixture.Link;
import org.swarmsim.net.NetworkFixture.Msg;
import org.swarmsim.sim.SimTime;

/**
 * A deferrable message costs no delivery event: it waits in flight for the next ordinary message
 * of its direction, the far side's close notice, the receiving side's own close, or
 * {@link Network#deliverDeferred}, and always reaches the listener in send order with its true
 * arrival time.
 */
class DeferredDeliveryTest {
    private static final long LATENCY = SimTime.millis(10);
    /** 9 bytes at min(up, down) = 1e6 B/s. */
    private static final long NINE_BYTES = 9_000;

    private static List<Integer> seqs(NetworkFixture.Recorder r) {
        return r.of("message").stream().map(s -> ((NetworkFixture.Numbered) s.message()).seq()).toList();
    }

    @Test
    void aDeferrableMessageWaitsForTheNextOrdinaryOneAndKeepsItsArrivalTime() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        long eventsBefore = f.sim.eventsRun();
        link.out().send(new Deferrable(9, 1));
        link.out().send(new Deferrable(9, 2));
        f.sim.run(start + SimTime.seconds(1));
        assertEquals(eventsBefore, f.sim.eventsRun(), "no event for deferrable messages");
        assertEquals(List.of(), seqs(link.receiver()));
        assertEquals(18, f.net.bytesSent(), "they were transmitted all the same");

        link.out().send(new Msg(9, 3));
        f.sim.run();
        assertEquals(List.of(1, 2, 3), seqs(link.receiver()), "in send order");
        long third = link.receiver().timeOf("message", 3);
        assertTrue(link.receiver().of("message").stream().allMatch(s -> s.nanos() == third), "delivered together");
        assertEquals(List.of(start + NINE_BYTES + LATENCY, start + 2 * NINE_BYTES + LATENCY,
                start + SimTime.seconds(1) + NINE_BYTES + LATENCY), link.receiver().arrivals);
        assertEquals(27, f.net.bytesDelivered());
    }

    @Test
    void aDirectionHoldsAtMost32DeferrableMessagesWithoutAnEvent() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        for (int i = 1; i <= 40; i++) {
            link.out().send(new Deferrable(9, i));
        }
        f.sim.run(start + SimTime.seconds(1));
        // The 33rd got a delivery event, which handed over everything that had arrived by then.
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 33).boxed().toList(), seqs(link.receiver()));
        assertEquals(start + 33 * NINE_BYTES + LATENCY, link.receiver().arrivals.get(32));
        f.net.deliverDeferred();
        assertEquals(40, seqs(link.receiver()).size());
        assertEquals(start + 40 * NINE_BYTES + LATENCY, link.receiver().arrivals.get(39));
    }

    @Test
    void theReceivingSideGetsWhatArrivedBeforeItCloses() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Deferrable(9, 1));
        f.sim.run(start + SimTime.seconds(1));
        link.out().send(new Deferrable(9, 2));   // arrives after the close below
        link.in().close();
        f.sim.run();
        assertEquals(List.of(1), seqs(link.receiver()));
        assertEquals(9, f.net.bytesDelivered());
        assertEquals(9, f.net.bytesDiscarded());
    }

    @Test
    void theFarSidesCloseNoticeComesAfterItsDeferrableMessages() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        link.out().send(new Deferrable(9, 1));
        link.out().close();   // right away: the notice still follows the message's last byte
        f.sim.run();
        assertEquals(List.of("message", "closed"), link.receiver().seen.stream().map(NetworkFixture.Seen::what)
                .filter(w -> !w.equals("accepted")).toList());
    }

    @Test
    void deliverDeferredHandsOverOnlyWhatHasArrived() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Deferrable(9, 1));
        f.sim.run(start + LATENCY / 2);
        f.net.deliverDeferred();
        assertEquals(List.of(), seqs(link.receiver()), "still on its way");
        f.sim.run(start + SimTime.seconds(1));
        f.net.deliverDeferred();
        assertEquals(List.of(1), seqs(link.receiver()));
        assertEquals(List.of(start + NINE_BYTES + LATENCY), link.receiver().arrivals);
    }
}
