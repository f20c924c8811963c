package org.swarmsim.net;

/**
 * One side of a simulated connection: a reliable, ordered byte stream like TCP. Each of the two
 * nodes has its own {@code Connection} object; {@link #send} queues on this side's direction
 * (local to remote), {@link #close} closes this side and the far side learns it after the one-way
 * latency.
 *
 * <p>States: a connecting side is <i>pending</i> until its {@link ConnectHandler#onConnected} runs;
 * an accepting side is open from the moment its {@link Acceptor} returns a listener; a side is
 * <i>closed</i> after {@link #close}, after its node goes offline, or when it learns the far side
 * closed.
 */
public final class Connection extends Direction {
    static final int PENDING = 0;
    static final int OPEN = 1;
    static final int CLOSED = 2;

    private final Node local;
    private final Node remote;
    private final long oneWayLatencyNanos;
    Connection peer;
    ConnectionListener listener;
    int state = PENDING;
    int indexInNode = -1;
    long bytesSent;
    long bytesReceived;
    long arrivalNanos;

    Connection(Network network, Node local, Node remote, long oneWayLatencyNanos) {
        super(network, local, remote);
        this.local = local;
        this.remote = remote;
        this.oneWayLatencyNanos = oneWayLatencyNanos;
    }

    public Node local() {
        return local;
    }

    public Node remote() {
        return remote;
    }

    /**
     * Queues {@code message} on this side's direction. It is delivered to the far side when its
     * last byte has been transmitted, plus the one-way latency, after every message sent before it.
     *
     * @throws IllegalStateException if this side is closed or not yet connected
     */
    public void send(Message message) {
        if (state != OPEN) {
            throw new IllegalStateException("cannot send on " + this + ": the connection is "
                    + (state == CLOSED ? "closed" : "not yet established"));
        }
        enqueue(message);
    }

    /**
     * Closes this side: drops this side's untransmitted messages (messages already fully
     * transmitted still arrive), discards whatever arrives later, and lets the far side learn it
     * after the one-way latency. Closing a closed side does nothing.
     */
    public void close() {
        if (state == CLOSED) {
            return;
        }
        network.closeSide(this, true);
    }

    public boolean isOpen() {
        return state == OPEN;
    }

    /** This direction: bytes accepted by {@link #send} and not yet transmitted. */
    public long queuedBytes() {
        return queuedBytes;
    }

    /** Bytes of messages this side sent whose last byte has been transmitted. */
    public long bytesSent() {
        return bytesSent;
    }

    /**
     * When the last small message this side sent without an event of its own (directly on an idle
     * direction, or right behind a flow's message) has been transmitted; may lie in the future.
     * It arrives one latency later.
     */
    public long smallMessagesSentUntilNanos() {
        return directBusyUntilNanos();
    }

    /**
     * When the message being handed to this side's listener arrived (its last byte plus the
     * latency). That is now, except for a {@link Message#deliveryDeferrable deferrable} message
     * delivered late, together with a later one.
     */
    public long arrivalNanos() {
        return arrivalNanos;
    }

    /**
     * Whether this side takes {@link Message#deliveryOnDemand on-demand} messages without a
     * delivery event of their own: the owner promises that such a message changes nothing it does
     * while this holds, and calls {@link Network#deliverOnDemand} before acting on its own (not on
     * a message). Stopping gives the ones in flight their delivery events. Off by default.
     */
    public void pullOnDemand(boolean pull) {
        if (state != CLOSED) {
            peer.setReceiverPulls(pull);
        }
    }

    /** Bytes of messages delivered to this side. */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** Caps this direction's rate in bytes per second (rate-limited clients); 0 = none. */
    public void setRateCapBytesPerSecond(long cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("rate cap must be 0 (none) or positive, got " + cap);
        }
        setRateCap(cap);
    }

    /** The rate cap of this direction in bytes per second, 0 if none. */
    public long rateCapBytesPerSecond() {
        return rateCapBytesPerSecond;
    }

    /** Current transmission rate of this direction in bytes per second (0 when idle). */
    public double currentRateBytesPerSecond() {
        return currentRate();
    }

    public long oneWayLatencyNanos() {
        return oneWayLatencyNanos;
    }

    /** The listener of this side (null while pending). */
    public ConnectionListener listener() {
        return listener;
    }

    /** The far side's object (package-private: protocol code must not reach across). */
    Connection peerForTests() {
        return peer;
    }

    @Override
    public String toString() {
        return "Connection[" + local.name() + " -> " + remote.name() + "]";
    }
}
