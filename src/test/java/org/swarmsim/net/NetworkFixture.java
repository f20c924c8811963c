package org.swarmsim.net;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.sim.Simulation;

/** Small helpers for network tests: numbered messages, recording listeners, ready-made connections. */
final class NetworkFixture {
    final Simulation sim = new Simulation();
    final Network net;

    NetworkFixture(long oneWayNanos) {
        this(new ConstantLatency(oneWayNanos));
    }

    NetworkFixture(LatencyModel latency) {
        net = new Network(sim, latency);
        sim.afterEachEvent(net::checkInvariants);
    }

    /** A test message with a sequence number. */
    interface Numbered extends Message {
        int seq();
    }

    /** A message with a wire size and a sequence number. */
    record Msg(int wireSize, int seq) implements Numbered {
    }

    /** A message whose sender does not hear {@code onTransmitted} (as most control messages). */
    record Silent(int wireSize, int seq) implements Numbered {
        @Override
        public boolean notifyOnTransmit() {
            return false;
        }
    }

    /** A small message the receiver may learn of late ({@link Message#deliveryDeferrable}). */
    record Deferrable(int wireSize, int seq) implements Numbered {
        @Override
        public boolean notifyOnTransmit() {
            return false;
        }

        @Override
        public boolean deliveryDeferrable() {
            return true;
        }
    }

    /** A deferrable message the receiver takes on demand ({@link Message#deliveryOnDemand}). */
    record OnDemand(int wireSize, int seq) implements Numbered {
        @Override
        public boolean notifyOnTransmit() {
            return false;
        }

        @Override
        public boolean deliveryDeferrable() {
            return true;
        }

        @Override
        public boolean deliveryOnDemand() {
            return true;
        }
    }

    /** One thing that happened to a listener, with its time. */
    record Seen(long nanos, String what, Message message) {
    }

    /** Records every callback with the simulated time. */
    final class Recorder implements ConnectionListener, ConnectHandler, Acceptor {
        final List<Seen> seen = new ArrayList<>();
        /** {@link Connection#arrivalNanos} of each message, in delivery order. */
        final List<Long> arrivals = new ArrayList<>();
        Connection connection;
        Connection accepted;
        Node failedTarget;

        @Override
        public void onMessage(Connection c, Message m) {
            seen.add(new Seen(sim.now(), "message", m));
            arrivals.add(c.arrivalNanos());
        }

        @Override
        public void onTransmitted(Connection c, Message m) {
            seen.add(new Seen(sim.now(), "transmitted", m));
        }

        @Override
        public void onClosed(Connection c) {
            seen.add(new Seen(sim.now(), "closed", null));
        }

        @Override
        public ConnectionListener onConnected(Connection c) {
            connection = c;
            seen.add(new Seen(sim.now(), "connected", null));
            return this;
        }

        @Override
        public void onConnectFailed(Node target) {
            failedTarget = target;
            seen.add(new Seen(sim.now(), "failed", null));
        }

        @Override
        public ConnectionListener accept(Connection incoming) {
            accepted = incoming;
            seen.add(new Seen(sim.now(), "accepted", null));
            return this;
        }

        List<Seen> of(String what) {
            return seen.stream().filter(s -> s.what().equals(what)).toList();
        }

        long timeOf(String what, int seq) {
            for (Seen s : seen) {
                if (s.what().equals(what) && s.message() instanceof Numbered m && m.seq() == seq) {
                    return s.nanos();
                }
            }
            throw new AssertionError("no " + what + " of message " + seq + " in " + seen);
        }
    }

    /** Both sides of an established connection and their recorders. */
    record Link(Connection out, Recorder sender, Connection in, Recorder receiver) {
    }

    /** Two new nodes "a" and "b" with 1 MB/s up and down, connected from a to b. */
    Link megabyteLink() {
        Node a = net.addNode("a", 1_000_000, 1_000_000);
        Node b = net.addNode("b", 1_000_000, 1_000_000);
        return connect(a, b);
    }

    /** Connects {@code a} to {@code b} and runs the simulation for the round trip that establishes it. */
    Link connect(Node a, Node b) {
        Recorder sender = new Recorder();
        Recorder receiver = new Recorder();
        b.setAcceptor(receiver);
        net.connect(a, b, sender);
        sim.run(sim.now() + 2 * net.latencyModel().oneWayNanos(a, b));
        if (sender.connection == null) {
            throw new AssertionError("connection not established after one round trip: " + sender.seen);
        }
        return new Link(sender.connection, sender, receiver.accepted, receiver);
    }
}
