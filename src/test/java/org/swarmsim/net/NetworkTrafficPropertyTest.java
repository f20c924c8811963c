package org.swarmsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swarmsim.net.NetworkFixture.Msg;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Random traffic over random networks, with {@link Network#checkInvariants()} (capacities, flow
 * bookkeeping, max-min optimality) after every event: each side receives exactly the messages the
 * far side sent, in order, and bytes sent equal bytes delivered (plus, with churn, discarded).
 */
class NetworkTrafficPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyMessageArrivesInOrderAndBytesSentEqualBytesDelivered(long seed) {
        Traffic t = new Traffic(seed, false);
        t.run();
        for (Side s : t.sides) {
            assertEquals(s.sent, s.peer.received, "side " + s.connection + " seed " + seed);
        }
        assertEquals(t.bytesOffered, t.f.net.bytesSent());
        assertEquals(t.bytesOffered, t.f.net.bytesDelivered());
        assertEquals(0, t.f.net.activeFlows());
        assertTrue(t.f.net.recomputations() <= t.f.net.flowChanges());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withClosesAndChurnEveryDeliveryIsAnInOrderPrefixAndNoByteIsLost(long seed) {
        Traffic t = new Traffic(seed, true);
        t.run();
        for (Side s : t.sides) {
            assertTrue(s.peer.received <= s.sent);
        }
        assertEquals(t.f.net.bytesSent(), t.f.net.bytesDelivered() + t.f.net.bytesDiscarded());
        assertTrue(t.f.net.bytesSent() <= t.bytesOffered);
        assertEquals(0, t.f.net.activeFlows());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameSeedGivesTheSameDeliveryTrace(long seed) {
        Traffic first = new Traffic(seed, true);
        first.run();
        Traffic second = new Traffic(seed, true);
        second.run();
        assertTrue(first.trace.size() > 0, "no deliveries at all");
        assertEquals(first.trace, second.trace);
    }

    /** One connection side: what it sent, what it received (checked to be 0, 1, 2, ... in order). */
    static final class Side implements ConnectionListener {
        final List<String> trace;
        final Traffic traffic;
        Connection connection;
        Side peer;
        int sent;
        int received;

        Side(Traffic traffic) {
            this.traffic = traffic;
            this.trace = traffic.trace;
        }

        @Override
        public void onMessage(Connection c, Message m) {
            trace.add(c.local().network().scheduler().now() + " " + c + " " + ((Msg) m).seq());
            assertEquals(received, ((Msg) m).seq(), "out-of-order delivery on " + c);
            received++;
        }

        /** Sometimes refills from the callback (the path that keeps a flow running), sometimes closes. */
        @Override
        public void onTransmitted(Connection c, Message m) {
            double dice = traffic.random.nextDouble();
            if (traffic.churn && dice < 0.01) {
                c.close();
            } else if (dice < 0.3) {
                int size = traffic.random.nextDouble() < 0.5 ? traffic.random.nextInt(300) : 1_000 + traffic.random.nextInt(50_000);
                c.send(new Msg(size, sent++));
                traffic.bytesOffered += size;
            }
        }

        @Override
        public void onClosed(Connection c) {
        }
    }

    static final class Traffic {
        final NetworkFixture f;
        final RandomStream random;
        final boolean churn;
        final List<Side> sides = new ArrayList<>();
        final List<String> trace = new ArrayList<>();
        long bytesOffered;

        Traffic(long seed, boolean churn) {
            RandomStreams streams = new RandomStreams(seed);
            this.random = streams.stream("net/traffic-property");
            this.churn = churn;
            this.f = new NetworkFixture(SimTime.millis(random.nextInt(50)));
            int nodes = 3 + random.nextInt(10);
            for (int i = 0; i < nodes; i++) {
                long up = random.nextBoolean() ? 100_000 : 10_000 + random.nextInt(2_000_000);
                long down = random.nextBoolean() ? 400_000 : 10_000 + random.nextInt(8_000_000);
                Node node = f.net.addNode("n" + i, up, down);
                node.setAcceptor(incoming -> {
                    Side s = new Side(this);
                    s.connection = incoming;
                    return s;
                });
            }
            int connections = nodes + random.nextInt(3 * nodes);
            for (int i = 0; i < connections; i++) {
                openRandomConnection();
            }
        }

        private void openRandomConnection() {
            int nodes = f.net.nodeCount();
            int a = random.nextInt(nodes);
            int b = (a + 1 + random.nextInt(nodes - 1)) % nodes;
            Node from = f.net.node(a);
            if (!from.isOnline()) {
                return;
            }
            f.net.connect(from, f.net.node(b), new ConnectHandler() {
                @Override
                public ConnectionListener onConnected(Connection c) {
                    Side mine = new Side(Traffic.this);
                    mine.connection = c;
                    Side theirs = (Side) findAccepted(c);
                    mine.peer = theirs;
                    theirs.peer = mine;
                    sides.add(mine);
                    sides.add(theirs);
                    return mine;
                }

                @Override
                public void onConnectFailed(Node target) {
                    if (!churn) {
                        throw new AssertionError("no node is offline or refusing without churn");
                    }
                }
            });
        }

        private ConnectionListener findAccepted(Connection c) {
            return c.peerForTests().listener();
        }

        void run() {
            f.sim.run(SimTime.seconds(1));
            int steps = 300 + random.nextInt(300);
            for (int i = 0; i < steps; i++) {
                long at = f.sim.now() + (long) random.nextExponential(SimTime.millis(20));
                f.sim.run(at);
                act();
            }
            f.sim.run();
        }

        private void act() {
            Side s = sides.get(random.nextInt(sides.size()));
            double dice = random.nextDouble();
            if (churn && dice < 0.02) {
                s.connection.close();
                return;
            }
            if (churn && dice < 0.03) {
                Node node = f.net.node(random.nextInt(f.net.nodeCount()));
                f.net.setOnline(node, !node.isOnline());
                return;
            }
            if (churn && dice < 0.08) {
                openRandomConnection();
                return;
            }
            if (dice < 0.11) {
                s.connection.setRateCapBytesPerSecond(random.nextBoolean() ? 0 : 5_000 + random.nextInt(200_000));
                return;
            }
            if (!s.connection.isOpen()) {
                return;
            }
            int burst = 1 + random.nextInt(4);
            for (int k = 0; k < burst; k++) {
                int size = random.nextDouble() < 0.6 ? random.nextInt(300) : 1_000 + random.nextInt(300_000);
                s.connection.send(new Msg(size, s.sent++));
                bytesOffered += size;
            }
        }
    }
}
