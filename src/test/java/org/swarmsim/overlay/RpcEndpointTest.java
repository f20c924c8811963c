package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;

/**
 * The RPC endpoint's exact semantics on two hosts 1 ms apart (a 100-byte datagram takes 100 ns
 * at 1 GB/s, so a query and its answer take 2,000,200 ns there and back).
 */
class RpcEndpointTest {
    private static final long ROUND_TRIP = 2 * (SimTime.millis(1) + 100);
    private static final NodeId CONTACT = NodeId.fromHex("00000000000000000000000000000000000000b0");

    private record Msg(int transactionId, boolean isQuery) implements RpcMessage {
        @Override
        public int wireSize() {
            return 100;
        }

        @Override
        public boolean notifyOnTransmit() {
            return false;
        }
    }

    /** Host a queries, host b answers (if {@code answering}) every query with the same transaction id. */
    private static final class Pair implements RpcEndpoint.Handler<Msg, String> {
        final Simulation sim = new Simulation();
        final Network net = new Network(sim, new ConstantLatency(SimTime.millis(1)));
        final Datagrams datagrams = new Datagrams(net);
        final Node a = net.addNode("a", 1_000_000_000, 1_000_000_000);
        final Node b = net.addNode("b", 1_000_000_000, 1_000_000_000);
        final List<String> events = new ArrayList<>();
        final RpcEndpoint<Msg, String> rpc;
        boolean answering = true;

        Pair(long timeoutNanos) {
            rpc = new RpcEndpoint<>(sim, datagrams, a, Msg.class, timeoutNanos, this);
            datagrams.bind(a, rpc);
            datagrams.bind(b, (from, m) -> {
                if (answering && m instanceof Msg q && q.isQuery()) {
                    datagrams.send(b, from, new Msg(q.transactionId(), false));
                }
            });
            rpc.open();
        }

        @Override
        public void onQuery(Node from, Msg query) {
            events.add(sim.now() + " query " + query.transactionId());
        }

        @Override
        public void onAnswer(Node from, Msg answer, NodeId contact, String context) {
            events.add(sim.now() + " answer " + answer.transactionId() + " " + context);
        }

        @Override
        public void onTimeout(NodeId contact, int address, String context) {
            events.add(sim.now() + " timeout " + context + " at " + address);
        }

        void ask(String context) {
            rpc.query(CONTACT, b.id(), new Msg(rpc.nextTransactionId(), true), context);
        }
    }

    @Test
    void transactionIdsCountFromZeroAndWrapAfter16Bits() {
        Pair p = new Pair(SimTime.seconds(2));
        assertEquals(0, p.rpc.nextTransactionId());
        assertEquals(1, p.rpc.nextTransactionId());
        for (int i = 2; i < 65536; i++) {
            p.rpc.nextTransactionId();
        }
        assertEquals(0, p.rpc.nextTransactionId(), "65536 ids later");
    }

    @Test
    void anAnswerReachesItsQueryAndCancelsTheTimeout() {
        Pair p = new Pair(SimTime.seconds(2));
        p.ask("x");
        assertEquals(1, p.rpc.waitingCount());
        p.sim.run();
        assertEquals(List.of(ROUND_TRIP + " answer 0 x"), p.events);
        assertEquals(0, p.rpc.waitingCount());
        assertEquals(0, p.rpc.timeouts());
        assertEquals(1, p.rpc.messagesSent());
        assertEquals(100, p.rpc.bytesSent());
        assertEquals(1, p.rpc.messagesReceived());
        assertEquals(100, p.rpc.bytesReceived());
    }

    @Test
    void theTimeoutIsScheduledBeforeTheSendSoAnAnswerAtTheSameInstantIsLate() {
        Pair exact = new Pair(ROUND_TRIP);
        exact.ask("x");
        exact.sim.run();
        assertEquals(List.of(ROUND_TRIP + " timeout x at 1"), exact.events,
                "the late answer is counted as received and otherwise ignored");
        assertEquals(1, exact.rpc.messagesReceived());
        assertEquals(1, exact.rpc.timeouts());
        Pair roomier = new Pair(ROUND_TRIP + 1);
        roomier.ask("x");
        roomier.sim.run();
        assertEquals(List.of(ROUND_TRIP + " answer 0 x"), roomier.events);
    }

    @Test
    void anAnswerMatchesTheFirstWaitingQueryWithItsIdAndAddressAndTheLastEntryTakesItsPlace() {
        Pair p = new Pair(SimTime.seconds(2));
        p.answering = false;
        Msg seven = new Msg(7, true);   // the same id three times (as after wrapping)
        p.rpc.query(CONTACT, p.b.id(), seven, "first");
        p.rpc.query(CONTACT, p.b.id(), seven, "second");
        p.rpc.query(CONTACT, p.b.id(), new Msg(8, true), "eight");
        p.rpc.query(CONTACT, p.b.id(), seven, "third");
        p.sim.run(SimTime.millis(10));
        // answers by hand: a stranger's 7 matches nothing (wrong address); then b's 7, three times
        Node stranger = p.net.addNode("c", 1_000_000_000, 1_000_000_000);
        p.datagrams.send(stranger, p.a, new Msg(7, false));
        for (int i = 0; i < 3; i++) {
            p.datagrams.send(p.b, p.a, new Msg(7, false));
        }
        p.sim.run();
        long at = SimTime.millis(10) + SimTime.millis(1) + 100;
        // table [first, second, eight, third]: removing first moves third into its place, so the
        // next 7 finds third before second
        assertEquals(List.of(at + " answer 7 first", at + " answer 7 third", at + " answer 7 second",
                SimTime.seconds(2) + " timeout eight at 1"), p.events);
        assertEquals(4, p.rpc.messagesReceived());
    }

    @Test
    void closingDropsWaitingQueriesWithoutTimeoutsAndIgnoresDatagrams() {
        Pair p = new Pair(SimTime.seconds(2));
        p.ask("x");
        p.ask("y");
        p.rpc.close();
        p.sim.run();
        assertEquals(List.of(), p.events, "no answer, no timeout");
        assertEquals(0, p.rpc.waitingCount());
        assertEquals(0, p.rpc.messagesReceived(), "datagrams to a closed endpoint are not counted");
        assertEquals(2, p.rpc.messagesSent());
        p.rpc.open();
        p.datagrams.send(p.b, p.a, new Msg(3, true));
        p.sim.run();
        assertEquals(List.of((SimTime.millis(1) + 100 + ROUND_TRIP) + " query 3"), p.events);
    }
}
