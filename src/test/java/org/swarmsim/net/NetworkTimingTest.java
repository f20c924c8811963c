package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.NetworkFixture.Link;
import org.swarmsim.net.NetworkFixture.Msg;
import org.swarmsim.net.NetworkFixture.Recorder;
import org.swarmsim.net.NetworkFixture.Silent;
import org.swarmsim.sim.SimTime;

/** Exact timings the flow model must reproduce: theory for one, two and staggered flows, connects, closes. */
class NetworkTimingTest {
    private static final long LATENCY = SimTime.millis(10);

    @Test
    void oneTransferTakesSizeOverTheSlowerLinkPlusLatency() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 8_000_000);
        Node b = f.net.addNode("b", 1_000_000, 500_000);
        Link link = f.connect(a, b);
        long start = f.sim.now();
        assertEquals(2 * LATENCY, start);
        link.out().send(new Msg(1_000_000, 1));
        f.sim.run();
        // F / min(up, down) = 1e6 B / 5e5 B/s = 2 s, then the one-way latency.
        assertEquals(start + SimTime.seconds(2), link.sender().timeOf("transmitted", 1));
        assertEquals(start + SimTime.seconds(2) + LATENCY, link.receiver().timeOf("message", 1));
        assertEquals(1_000_000, f.net.bytesSent());
        assertEquals(1_000_000, f.net.bytesDelivered());
        assertEquals(1_000_000, link.out().bytesSent());
        assertEquals(1_000_000, link.in().bytesReceived());
    }

    @Test
    void twoFlowsSharingAnUplinkEachTakeTwiceAsLong() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 10_000_000);
        Node c = f.net.addNode("c", 1_000_000, 10_000_000);
        Link ab = f.connect(a, b);
        Link ac = f.connect(a, c);
        long start = f.sim.now();
        ab.out().send(new Msg(1_000_000, 1));
        ac.out().send(new Msg(1_000_000, 2));
        f.sim.run();
        assertEquals(start + SimTime.seconds(2) + LATENCY, ab.receiver().timeOf("message", 1));
        assertEquals(start + SimTime.seconds(2) + LATENCY, ac.receiver().timeOf("message", 2));
        // Both starts at one instant are one recomputation, both finishes another.
        assertEquals(4, f.net.flowChanges());
        assertEquals(2, f.net.recomputations());
    }

    @Test
    void aFlowThatStartsWhileAnotherRunsSlowsItAsTheorySays() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 10_000_000);
        Node c = f.net.addNode("c", 1_000_000, 10_000_000);
        Link ab = f.connect(a, b);
        Link ac = f.connect(a, c);
        long start = f.sim.now();
        ab.out().send(new Msg(1_000_000, 1));
        f.sim.run(start + SimTime.millis(500));
        ac.out().send(new Msg(1_000_000, 2));
        f.sim.run();
        // 0.5e6 B alone at 1e6 B/s, then the other 0.5e6 B at 0.5e6 B/s: done at 1.5 s.
        assertEquals(start + SimTime.millis(1500) + LATENCY, ab.receiver().timeOf("message", 1));
        // The second flow moved 0.5e6 B by 1.5 s, then has the uplink alone: done at 2 s.
        assertEquals(start + SimTime.millis(2000) + LATENCY, ac.receiver().timeOf("message", 2));
    }

    @Test
    void aDownlinkSharedByTwoSendersIsSplitEvenly() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 4_000_000, 1_000_000);
        Node b = f.net.addNode("b", 4_000_000, 1_000_000);
        Node c = f.net.addNode("c", 1_000_000, 1_000_000);
        Link ac = f.connect(a, c);
        Link bc = f.connect(b, c);
        long start = f.sim.now();
        ac.out().send(new Msg(500_000, 1));
        bc.out().send(new Msg(1_000_000, 2));
        f.sim.run();
        // Both at 0.5e6 B/s; a's 0.5e6 B ends at 1 s; b then has c's downlink alone: 0.5e6 B more in 0.5 s.
        assertEquals(start + SimTime.seconds(1) + LATENCY, ac.receiver().timeOf("message", 1));
        assertEquals(start + SimTime.millis(1500) + LATENCY, bc.receiver().timeOf("message", 2));
    }

    @Test
    void messagesQueuedBehindARunningFlowJoinItWithoutChangingTheFlowSet() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Msg(500_000, 1));
        link.out().send(new Msg(17, 2));
        link.out().send(new Msg(500_000, 3));
        assertEquals(1_000_017, link.out().queuedBytes());
        f.sim.run();
        assertEquals(start + SimTime.millis(500) + LATENCY, link.receiver().timeOf("message", 1));
        assertEquals(start + SimTime.millis(500) + 17_000 + LATENCY, link.receiver().timeOf("message", 2));
        assertEquals(start + SimTime.millis(1000) + 17_000 + LATENCY, link.receiver().timeOf("message", 3));
        assertEquals(2, f.net.flowChanges());
        assertEquals(0, link.out().queuedBytes());
    }

    @Test
    void smallMessagesBehindAFlowsMessageLeaveWithItAtTheFlowsRate() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Msg(500_000, 1));
        link.out().send(new Silent(17, 2));
        link.out().send(new Silent(9, 3));
        link.out().send(new Msg(500_000, 4));
        long eventsBefore = f.sim.eventsRun();
        f.sim.run();
        // 17 and 26 bytes at 1e6 B/s after the first message; the next one starts after them.
        assertEquals(start + SimTime.millis(500) + 17_000 + LATENCY, link.receiver().timeOf("message", 2));
        assertEquals(start + SimTime.millis(500) + 26_000 + LATENCY, link.receiver().timeOf("message", 3));
        assertEquals(start + SimTime.millis(1000) + 26_000 + LATENCY, link.receiver().timeOf("message", 4));
        assertEquals(start + SimTime.millis(500) + 26_000, link.out().smallMessagesSentUntilNanos());
        // Finish events for messages 1 and 4 only, four deliveries, two recomputations (start, stop).
        assertEquals(8, f.sim.eventsRun() - eventsBefore);
        assertEquals(1_000_026, f.net.bytesDelivered());
    }

    @Test
    void smallMessagesLeftBehindALastFlowMessageDelayTheNextDirectOne() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Msg(500_000, 1));
        link.out().send(new Silent(200, 2));
        f.sim.run(start + SimTime.millis(500));
        assertEquals(0, link.out().queuedBytes(), "message 2 left with message 1");
        link.out().send(new Silent(100, 3));   // direct, but only after message 2's 200 bytes
        f.sim.run();
        assertEquals(start + SimTime.millis(500) + 200_000 + LATENCY, link.receiver().timeOf("message", 2));
        assertEquals(start + SimTime.millis(500) + 300_000 + LATENCY, link.receiver().timeOf("message", 3));
    }

    @Test
    void aSmallMessageOnAnIdleDirectionBypassesTheFlowModel() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 1_000);
        Link link = f.connect(a, b);
        long start = f.sim.now();
        link.out().send(new Msg(17, 1));
        link.out().send(new Msg(9, 2));
        f.sim.run();
        // 17 B at min(1e6, 1e3) B/s = 17 ms, then 9 B = 9 ms, each plus the latency.
        assertEquals(start + SimTime.millis(17) + LATENCY, link.receiver().timeOf("message", 1));
        assertEquals(start + SimTime.millis(26) + LATENCY, link.receiver().timeOf("message", 2));
        assertEquals(0, f.net.flowChanges());
        assertEquals(0, f.net.recomputations());
        assertEquals(26, f.net.bytesDelivered());
    }

    @Test
    void aLargeMessageBehindABypassedOneWaitsForItThenBecomesAFlow() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 1_000_000);
        Link link = f.connect(a, b);
        long start = f.sim.now();
        link.out().send(new Msg(100, 1));
        link.out().send(new Msg(2_000, 2));
        f.sim.run();
        assertEquals(start + SimTime.millis(100) + LATENCY, link.receiver().timeOf("message", 1));
        assertEquals(start + SimTime.millis(2100) + LATENCY, link.receiver().timeOf("message", 2));
        assertEquals(2, f.net.flowChanges());
    }

    @Test
    void aRateCapLimitsOneDirection() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 1_000_000);
        Node c = f.net.addNode("c", 1_000_000, 1_000_000);
        Link ab = f.connect(a, b);
        Link ac = f.connect(a, c);
        ab.out().setRateCapBytesPerSecond(200_000);
        long start = f.sim.now();
        ab.out().send(new Msg(400_000, 1));
        ac.out().send(new Msg(1_600_000, 2));
        f.sim.run();
        // Capped flow: 200 kB/s for 2 s. The other takes the remaining 800 kB/s: 1.6e6 B in 2 s.
        assertEquals(start + SimTime.seconds(2) + LATENCY, ab.receiver().timeOf("message", 1));
        assertEquals(start + SimTime.seconds(2) + LATENCY, ac.receiver().timeOf("message", 2));
    }

    @Test
    void connectSucceedsAfterOneRoundTripAndTheAcceptorRunsHalfWay() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        Recorder client = f.new Recorder();
        Recorder server = f.new Recorder();
        b.setAcceptor(server);
        f.net.connect(a, b, client);
        f.sim.run();
        assertEquals(LATENCY, server.of("accepted").get(0).nanos());
        assertEquals(2 * LATENCY, client.of("connected").get(0).nanos());
        assertSame(a, client.connection.local());
        assertSame(b, client.connection.remote());
        assertSame(a, server.accepted.remote());
        assertTrue(client.connection.isOpen() && server.accepted.isOpen());
        assertEquals(LATENCY, client.connection.oneWayLatencyNanos());
    }

    @Test
    void connectToAnOfflineNodeFailsAfterOneRoundTripOrTheTimeout() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        b.setAcceptor(f.new Recorder());
        f.net.setOnline(b, false);
        Recorder client = f.new Recorder();
        f.net.connect(a, b, client);
        f.sim.run();
        assertEquals(List.of(new NetworkFixture.Seen(2 * LATENCY, "failed", null)), client.seen);
        assertSame(b, client.failedTarget);

        f.net.setConnectTimeoutNanos(SimTime.seconds(3));
        Recorder patient = f.new Recorder();
        long start = f.sim.now();
        f.net.connect(a, b, patient);
        f.sim.run();
        assertEquals(start + SimTime.seconds(3), patient.of("failed").get(0).nanos());
    }

    @Test
    void aRefusedConnectFailsAfterOneRoundTrip() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        Recorder client = f.new Recorder();
        f.net.connect(a, b, client);   // b has no acceptor
        f.sim.run();
        assertEquals(2 * LATENCY, client.of("failed").get(0).nanos());
        assertNull(client.connection);
        assertEquals(0, b.connectionCount());
    }

    @Test
    void nothingIsDeliveredToTheConnectingSideBeforeItsOnConnected() {
        NetworkFixture f = new NetworkFixture(0);   // zero latency: the accept and the outcome share an instant
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        Recorder client = f.new Recorder();
        b.setAcceptor(incoming -> {
            incoming.send(new Msg(0, 1));
            return f.new Recorder();
        });
        f.net.connect(a, b, client);
        f.sim.run();
        assertEquals(List.of("connected", "message"), client.seen.stream().map(NetworkFixture.Seen::what).toList());
    }

    @Test
    void goingOfflineClosesConnectionsAndTheFarSideLearnsAfterTheOneWayLatency() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 1_000_000);
        Link link = f.connect(a, b);
        link.in().send(new Msg(1_000_000, 1));   // b -> a, a long transfer
        f.sim.run(f.sim.now() + SimTime.millis(300));
        long offlineAt = f.sim.now();
        f.net.setOnline(b, false);
        assertFalse(link.in().isOpen());
        assertEquals(0, link.in().queuedBytes());
        assertEquals(0, f.net.activeFlows());
        assertTrue(link.out().isOpen());
        assertThrows(IllegalStateException.class, () -> link.in().send(new Msg(1, 2)));
        f.sim.run();
        assertEquals(List.of(new NetworkFixture.Seen(offlineAt + LATENCY, "closed", null)), link.sender().of("closed"));
        assertEquals(2, link.sender().seen.size());   // connected, closed: nothing of b's transfer arrived
        assertFalse(link.out().isOpen());
        assertEquals(0, a.connectionCount());
        assertEquals(0, b.connectionCount());
        assertEquals(0, f.net.bytesSent());
    }

    @Test
    void closeDropsUntransmittedMessagesButTransmittedOnesStillArriveBeforeTheClose() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Msg(1_000, 1));
        link.out().send(new Msg(1_000_000, 2));
        f.sim.run(start + SimTime.millis(1));   // message 1 is transmitted at exactly 1 ms
        link.out().close();
        f.sim.run();
        assertEquals(List.of("accepted", "message", "closed"), link.receiver().seen.stream().map(NetworkFixture.Seen::what).toList());
        assertEquals(start + SimTime.millis(1) + LATENCY, link.receiver().timeOf("message", 1));
        assertEquals(1_000, f.net.bytesSent());
        assertEquals(1_000, f.net.bytesDelivered());
    }
    @Test
    void loweringARateCapMidTransferSlowsTheRestExactly() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Link link = f.megabyteLink();
        long start = f.sim.now();
        link.out().send(new Msg(1_000_000, 1));
        f.sim.run(start + SimTime.millis(500));
        assertEquals(1_000_000.0, link.out().currentRateBytesPerSecond());
        link.out().setRateCapBytesPerSecond(250_000);
        f.sim.run();
        // 0.5e6 B in the first 0.5 s, the other 0.5e6 B at 250 kB/s: 2 s more.
        assertEquals(start + SimTime.millis(2500) + LATENCY, link.receiver().timeOf("message", 1));
    }

    @Test
    void whenBothSidesCloseAtOnceNeitherHearsOnClosed() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        Link link = f.connect(a, b);
        link.out().close();
        link.in().close();
        link.out().close();   // closing twice is harmless
        f.sim.run();
        assertEquals(List.of(), link.sender().of("closed"));
        assertEquals(List.of(), link.receiver().of("closed"));
        assertEquals(0, a.connectionCount() + b.connectionCount());
    }

    @Test
    void aConnectorThatGoesOfflineBeforeTheOutcomeHearsNothingAndTheAcceptorLearnsTheClose() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        Recorder client = f.new Recorder();
        Recorder server = f.new Recorder();
        b.setAcceptor(server);
        f.net.connect(a, b, client);
        f.sim.run(LATENCY + SimTime.millis(1));   // accepted at 10 ms
        f.net.setOnline(a, false);
        f.sim.run();
        assertEquals(List.of(), client.seen);
        // a's side is closed at the outcome (20 ms); b learns one latency later.
        assertEquals(List.of(new NetworkFixture.Seen(3 * LATENCY, "closed", null)), server.of("closed"));
        assertEquals(0, b.connectionCount());
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.net.addNode("x", 0, 5));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("positive"), e.getMessage());
        Node a = f.net.addNode("a", 1_000, 1_000);
        Node b = f.net.addNode("b", 1_000, 1_000);
        assertThrows(IllegalArgumentException.class, () -> f.net.connect(a, a, f.new Recorder()));
        Link link = f.connect(a, b);
        assertThrows(IllegalArgumentException.class, () -> link.out().send(new Msg(-1, 1)));
        assertThrows(IllegalArgumentException.class, () -> link.out().setRateCapBytesPerSecond(-5));
        f.net.setOnline(a, false);
        assertThrows(IllegalStateException.class, () -> f.net.connect(a, b, f.new Recorder()));
    }
    @Test
    void aSenderThatRefillsFromOnTransmittedKeepsOneFlowRunning() {
        NetworkFixture f = new NetworkFixture(LATENCY);
        Node a = f.net.addNode("a", 1_000_000, 1_000_000);
        Node b = f.net.addNode("b", 1_000_000, 1_000_000);
        Recorder server = f.new Recorder();
        b.setAcceptor(server);
        int[] sent = {0};
        f.net.connect(a, b, new ConnectHandler() {
            @Override
            public ConnectionListener onConnected(Connection c) {
                c.send(new Msg(100_000, sent[0]++));
                return new ConnectionListener() {
                    @Override
                    public void onMessage(Connection c2, Message m) {
                    }

                    @Override
                    public void onTransmitted(Connection c2, Message m) {
                        if (sent[0] < 10) {
                            c2.send(new Msg(100_000, sent[0]++));   // one message in the socket at a time
                        }
                    }

                    @Override
                    public void onClosed(Connection c2) {
                    }
                };
            }

            @Override
            public void onConnectFailed(Node target) {
                throw new AssertionError("refused");
            }
        });
        f.sim.run();
        // Ten 100 kB messages back to back at 1 MB/s: one second, a single flow start and stop.
        assertEquals(2 * LATENCY + SimTime.seconds(1) + LATENCY, server.timeOf("message", 9));
        assertEquals(2, f.net.flowChanges());
        assertEquals(2, f.net.recomputations());
    }
}
