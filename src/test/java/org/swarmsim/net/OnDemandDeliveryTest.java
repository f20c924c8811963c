package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.NetworkFixture.Link;
import org.swarmsim.net.NetworkFixture.Msg;
import org.swarmsim.net.NetworkFixture.Numbered;
import org.swarmsim.net.NetworkFixture.OnDemand;
import org.swarmsim.sim.SimTime;

/**
 * An on-demand message to a side that pulls costs no delivery event: its node takes it, in
 * arrival order across its connections, before anything that arrives later, or when its owner
 * calls {@link Network#deliverOnDemand}; to a side that does not pull (any more), it is delivered
 * at its arrival; and a message needing an event sent behind it gives it its event back.
 */
class OnDemandDeliveryTest {
    private static final long LATENCY = SimTime.millis(10);
    /** 9 bytes at min(up, down) = 1e6 B/s. */
    private static final long NINE_BYTES = 9_000;

    /** Every message handed to node c, from any connection: "seq@handled/arrived". */
    private static final class Log implements ConnectionListener, Acceptor {
        final NetworkFixture f;
        final List<String> lines = new ArrayList<>();
        final List<Connection> accepted = new ArrayList<>();

        Log(NetworkFixture f) {
            this.f = f;
        }

        @Override
        public void onMessage(Connection c, Message m) {
            lines.add(((Numbered) m).seq() + "@" + f.sim.now() + "/" + c.arrivalNanos());
        }

        @Override
        public void onClosed(Connection c) {
        }

        @Override
        public ConnectionListener accept(Connection incoming) {
            accepted.add(incoming);
            return this;
        }
    }

    @Test
    void pulledMessagesFromTwoConnectionsReachTheNodeInArrivalOrderBeforeItsNextMessage() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 1_000_000);
        Node c = f.net.addNode("c", 1_000_000, 1_000_000);
        Log log = new Log(f);
        c.setAcceptor(log);
        NetworkFixture.Recorder fromA = f.new Recorder();
        NetworkFixture.Recorder fromB = f.new Recorder();
        f.net.connect(a, c, fromA);
        f.net.connect(b, c, fromB);
        f.sim.run(f.sim.now() + 3 * LATENCY);
        log.accepted.forEach(in -> in.pullOnDemand(true));
        long t0 = f.sim.now();
        fromA.connection.send(new OnDemand(9, 1));
        f.sim.run(t0 + SimTime.millis(1));
        fromB.connection.send(new OnDemand(9, 2));
        long events = f.sim.eventsRun();
        f.sim.run(t0 + SimTime.seconds(1));
        assertEquals(events, f.sim.eventsRun(), "no event for pulled messages");
        assertEquals(List.of(), log.lines);

        long t3 = f.sim.now();
        fromA.connection.send(new Msg(9, 3));
        f.sim.run();
        long arrival1 = t0 + NINE_BYTES + LATENCY;
        long arrival2 = t0 + SimTime.millis(1) + NINE_BYTES + LATENCY;
        long arrival3 = t3 + NINE_BYTES + LATENCY;
        assertEquals(List.of("1@" + arrival3 + "/" + arrival1, "2@" + arrival3 + "/" + arrival2,
                "3@" + arrival3 + "/" + arrival3), log.lines, "the one from b goes before the later one from a");
    }

    @Test
    void deliverOnDemandHandsOverOnlyWhatHasArrived() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        link.in().pullOnDemand(true);
        long start = f.sim.now();
        link.out().send(new OnDemand(9, 1));
        f.sim.run(start + LATENCY / 2);
        f.net.deliverOnDemand(link.in().local(), f.sim.now());
        assertEquals(List.of(), link.receiver().of("message"), "still on its way");
        long events = f.sim.eventsRun();
        f.sim.run(start + SimTime.seconds(1));
        assertEquals(events, f.sim.eventsRun(), "no delivery event");
        f.net.deliverOnDemand(link.in().local(), f.sim.now());
        assertEquals(1, link.receiver().of("message").size());
        assertEquals(List.of(start + NINE_BYTES + LATENCY), link.receiver().arrivals);
    }

    @Test
    void aSideThatStopsPullingGetsTheMessagesInFlightAtTheirArrival() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        link.in().pullOnDemand(true);
        long start = f.sim.now();
        link.out().send(new OnDemand(9, 1));
        f.sim.run(start + LATENCY / 2);
        link.in().pullOnDemand(false);
        f.sim.run();
        long arrival = start + NINE_BYTES + LATENCY;
        assertEquals(arrival, link.receiver().timeOf("message", 1), "handed over at its arrival");
        assertEquals(List.of(arrival), link.receiver().arrivals);
    }

    @Test
    void anOrdinaryMessageSentBehindAPulledOneGivesItItsEventBack() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        link.in().pullOnDemand(true);
        long start = f.sim.now();
        link.out().send(new OnDemand(9, 1));
        link.out().send(new NetworkFixture.Silent(9, 2));
        f.sim.run();
        long arrival1 = start + NINE_BYTES + LATENCY;
        assertEquals(arrival1, link.receiver().timeOf("message", 1),
                "delivered by an event at its arrival, from which the next delivery is scheduled");
        assertEquals(arrival1 + NINE_BYTES, link.receiver().timeOf("message", 2));
    }

    @Test
    void aSideThatDoesNotPullGetsOnDemandMessagesAtTheirArrival() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new OnDemand(9, 1));
        f.sim.run();
        assertEquals(start + NINE_BYTES + LATENCY, link.receiver().timeOf("message", 1));
    }
}
