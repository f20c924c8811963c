package org.swarmsim.net;

import java.util.Arrays;
import java.util.Objects;
import org.swarmsim.sim.Scheduler;

/**
 * Connectionless, unreliable messages (UDP-like) between the nodes of a {@link Network}, for
 * protocols such as KRPC. Like the network's small-message bypass, a datagram takes no capacity
 * from flows: it arrives {@code wireSize / min(sender upload, receiver download)} plus the one-way
 * latency after {@link #send}, and is dropped if the receiver is offline or has no listener when it
 * arrives. Datagrams between the same pair may overtake each other only if their sizes differ
 * (a smaller one transmits faster), as on a real path with no queue.
 *
 * <p>Adds nothing to the {@link Network}'s own byte counters; it keeps its own.
 */
public final class Datagrams {
    private final Network network;
    private final Scheduler sim;
    private DatagramListener[] listeners = new DatagramListener[64];
    private long sent;
    private long bytesSent;
    private long delivered;
    private long dropped;

    public Datagrams(Network network) {
        this.network = Objects.requireNonNull(network, "network");
        this.sim = network.scheduler();
    }

    public Network network() {
        return network;
    }

    /** Sets (or with null removes) the listener of datagrams addressed to {@code node}. */
    public void bind(Node node, DatagramListener listener) {
        if (node.network() != network) {
            throw new IllegalArgumentException(node + " is not a node of this network");
        }
        if (node.id() >= listeners.length) {
            listeners = Arrays.copyOf(listeners, Math.max(listeners.length * 2, node.id() + 1));
        }
        listeners[node.id()] = listener;
    }

    /**
     * Adds a listener of datagrams addressed to {@code node} beside any it has: each datagram then
     * goes to every listener, in the order added (a peer's host that runs a DHT node and a finder
     * client, each ignoring the other's messages).
     */
    public void addListener(Node node, DatagramListener listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        DatagramListener old = node.id() < listeners.length ? listeners[node.id()] : null;
        bind(node, old == null ? listener : (from, m) -> {
            old.onDatagram(from, m);
            listener.onDatagram(from, m);
        });
    }

    /**
     * Sends {@code message} from {@code from} to {@code to}.
     *
     * @throws IllegalStateException if {@code from} is offline
     * @throws IllegalArgumentException if a node is not of this network or {@code from == to}
     */
    public void send(Node from, Node to, Message message) {
        Objects.requireNonNull(message, "message");
        if (from.network() != network || to.network() != network) {
            throw new IllegalArgumentException("datagram between " + from + " and " + to + ": not both of this network");
        }
        if (from == to) {
            throw new IllegalArgumentException("cannot send a datagram from " + from + " to itself");
        }
        if (!from.isOnline()) {
            throw new IllegalStateException("cannot send a datagram from " + from + ": it is offline");
        }
        int bytes = message.wireSize();
        long rate = Math.min(from.uploadBytesPerSecond(), to.downloadBytesPerSecond());
        long transmitNanos = (long) Math.ceil(bytes * 1e9 / rate);
        long delay = transmitNanos + network.latencyModel().oneWayNanos(from, to);
        sent++;
        bytesSent += bytes;
        sim.schedule(delay, new Delivery(from, to, message));
    }

    /** Datagrams sent over the run. */
    public long sent() {
        return sent;
    }

    /** Bytes of datagrams sent over the run. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Datagrams handed to a listener. */
    public long delivered() {
        return delivered;
    }

    /** Datagrams dropped because the receiver was offline or unbound on arrival. */
    public long dropped() {
        return dropped;
    }

    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "datagram " + type.getSimpleName();
        }
    };

    private final class Delivery implements Runnable, org.swarmsim.sim.EventKind {
        @Override
        public String eventKind() {
            return KINDS.get(message.getClass());
        }

        private final Node from;
        private final Node to;
        private final Message message;

        Delivery(Node from, Node to, Message message) {
            this.from = from;
            this.to = to;
            this.message = message;
        }

        @Override
        public void run() {
            int id = to.id();
            DatagramListener l = id < listeners.length ? listeners[id] : null;
            if (l == null || !to.isOnline()) {
                dropped++;
                return;
            }
            delivered++;
            l.onDatagram(from, message);
        }
    }
}
