package org.swarmsim.net;

import java.util.Arrays;
import org.swarmsim.sim.EventKind;
import org.swarmsim.sim.Scheduler;

/**
 * One direction of a connection (sender side to receiver side): the send queue, the message being
 * transmitted, and the messages in flight (transmitted, waiting out the latency). It is the
 * outgoing half of its sending side's {@link Connection}, which extends it: one object per side
 * instead of two, so that a send touches one object.
 *
 * <p>The head message is transmitted either as a <i>flow</i> of the max-min model (its rate set by
 * {@link Network}'s recomputation) or, if it is small and the direction is not already a flow, in
 * <i>bypass</i> at {@code size / min(up, down)} without touching the flow model. A flow stays
 * active while the queue holds bytes, so messages queued behind others join the running flow
 * without changing the flow set. Its {@link #finisher} is the finish event and its
 * {@link #deliverer} the delivery event, so no per-message objects are allocated.
 *
 * <p>Transmission completes in queue order and every message waits the same latency, so in-flight
 * messages are delivered in the order they were sent on every path.
 */
abstract class Direction {
    /**
     * Deferrable messages a direction holds in flight before one of them gets a delivery event
     * anyway: bounds the memory of a direction that carries nothing else for a long time (haves
     * to a seed that keeps the sender choked).
     */
    static final int MAX_DEFERRED_IN_FLIGHT = 32;

    final Network network;
    private final Scheduler sim;

    private Message[] queue;         // allocated on first use: many directions only ever bypass
    private int queueHead;
    private int queueSize;
    long queuedBytes;

    /** Inside {@link #run}'s onTransmitted callback: a send must not start a new head yet. */
    private boolean completing;
    /** Head message is being transmitted outside the flow model. */
    private boolean bypass;
    /** Index in the allocator while this direction is a flow, else -1. */
    int flowId = -1;
    private double rate;
    private double headRemainingBytes;
    private long lastUpdateNanos;
    private long finishHandle = Scheduler.NO_EVENT;
    /** End of the transmission of the last message sent by {@link #sendDirect}. */
    private long busyUntilNanos;
    long rateCapBytesPerSecond;
    /** {@link Network#bypassRate} of this direction, kept here (capacities never change; the cap may). */
    private double bypassRate;

    /*
     * In flight: the oldest message in the fields firstInFlight/firstInFlightTime, the others (rarely
     * any: a direction seldom has two messages within one latency) in a ring allocated on first use.
     * Keeping the head inline spares the two arrays' cache misses on most sends and deliveries.
     */
    private Message firstInFlight;
    private long firstInFlightTime;
    private Message[] flight;
    private long[] flightTime;
    private int flightHead;
    private int flightSize;          // including firstInFlight
    private long deliverHandle = Scheduler.NO_EVENT;
    /** Deliveries wait because the receiving (connecting) side has not run onConnected yet. */
    private boolean held;
    /**
     * {@link Message#deliveryOnDemand On-demand} messages arriving at or before this time get a
     * delivery event; later ones go without, registered with the receiving node. Long.MAX_VALUE
     * while the receiving side does not {@link #setReceiverPulls pull}.
     */
    private long onDemandEventsUntil = Long.MAX_VALUE;
    /** When the pending delivery event runs (meaningful while deliverHandle is set). */
    private long deliverAtNanos;
    /** Inside {@link #deliver}: a receiver that stops pulling leaves the rescheduling to its end. */
    private boolean delivering;
    private boolean rescheduleAfterDelivery;
    final Runnable deliverer = new Deliverer();
    private final Runnable finisher = new Finisher();

    Direction(Network network, Node from, Node to) {
        this.network = network;
        this.sim = network.scheduler();
        this.bypassRate = network.bypassRate(from, to, 0);
    }

    /** This direction's sending side (a direction is the outgoing half of its {@link Connection}). */
    private Connection sender() {
        return (Connection) this;
    }

    void enqueue(Message message) {
        int size = message.wireSize();
        if (size < 0) {
            throw new IllegalArgumentException("message " + message + " declares a negative wire size " + size);
        }
        if (queueSize == 0 && !completing && size <= network.smallMessageBytes() && !message.notifyOnTransmit()) {
            sendDirect(message, size);
            return;
        }
        if (queue == null) {
            queue = new Message[4];
        } else if (queueSize == queue.length) {
            Message[] grown = new Message[queueSize * 2];
            for (int i = 0; i < queueSize; i++) {
                grown[i] = queue[(queueHead + i) & (queue.length - 1)];
            }
            queue = grown;
            queueHead = 0;
        }
        queue[(queueHead + queueSize) & (queue.length - 1)] = message;
        queueSize++;
        queuedBytes += size;
        if (queueSize == 1 && !completing) {
            startHead(size);
        }
    }

    /**
     * A small message on an idle direction whose sender does not need {@code onTransmitted}: its
     * transmission needs no event at all. It starts when the previous direct message has left
     * ({@link #busyUntilNanos}), takes {@code size / min(up, down, cap)}, and goes straight into
     * flight; delivery stays in send order because in-flight messages are delivered first in,
     * first out. This halves the events of control messages (have, request, interested...).
     */
    private void sendDirect(Message message, int size) {
        long start = Math.max(sim.now(), busyUntilNanos);
        busyUntilNanos = start + Network.transmitNanos(size, bypassRate);
        sender().bytesSent += size;
        network.countSent(size);
        addInFlight(message, busyUntilNanos + sender().oneWayLatencyNanos());
    }

    /** Starts transmitting the head message (of {@code size} bytes) on a direction that is not a flow. */
    private void startHead(int size) {
        if (size <= network.smallMessageBytes()) {
            bypass = true;
            finishHandle = sim.schedule(Network.transmitNanos(size, bypassRate), finisher);
        } else {
            bypass = false;
            headRemainingBytes = size;
            lastUpdateNanos = sim.now();
            rate = 0;
            flowId = network.activateFlow(sender());
        }
    }

    /**
     * Finish event: the head message's last byte has left. The sender hears
     * {@code onTransmitted} first, so that a message it sends from there counts as queued: a flow
     * whose sender refills it from the callback never leaves the flow set.
     */
    private void finish() {
        finishHandle = Scheduler.NO_EVENT;
        Connection sender = sender();
        Message m = queue[queueHead];
        queue[queueHead] = null;
        queueHead = (queueHead + 1) & (queue.length - 1);
        queueSize--;
        int size = m.wireSize();
        queuedBytes -= size;
        sender.bytesSent += size;
        network.countSent(size);
        addInFlight(m, sim.now() + sender.oneWayLatencyNanos());
        ConnectionListener listener = sender.listener;
        if (listener != null) {
            completing = true;
            try {
                listener.onTransmitted(sender, m);
            } finally {
                completing = false;
            }
            if (sender.state == Connection.CLOSED) {
                return;   // closed from the callback: dropUntransmitted already cleaned up
            }
        }
        if (queueSize > 0 && bypass) {
            startHead(queue[queueHead].wireSize());
        } else if (queueSize > 0) {
            long carried = sendQueuedSmallMessages();
            if (queueSize > 0) {
                headRemainingBytes = queue[queueHead].wireSize() + carried;
                lastUpdateNanos = sim.now();
                scheduleFinish();
            } else {
                deactivate();
            }
        } else if (bypass) {
            bypass = false;
        } else {
            deactivate();
        }
    }

    /**
     * The flow's head has just left: the small messages queued right behind it (a request or a
     * have waiting behind a piece, as on a TCP stream) leave at the flow's current rate without a
     * finish event each. They go into flight at the times that rate gives, and the next large
     * message starts after them (its remaining bytes include theirs). Returns the bytes carried.
     */
    private long sendQueuedSmallMessages() {
        long now = sim.now();
        long carried = 0;
        long end = now;
        while (queueSize > 0 && rate > 0) {
            Message m = queue[queueHead];
            int size = m.wireSize();
            if (size > network.smallMessageBytes() || m.notifyOnTransmit()) {
                break;
            }
            queue[queueHead] = null;
            queueHead = (queueHead + 1) & (queue.length - 1);
            queueSize--;
            queuedBytes -= size;
            sender().bytesSent += size;
            network.countSent(size);
            carried += size;
            end = now + Network.transmitNanos(carried, rate);
            addInFlight(m, end + sender().oneWayLatencyNanos());
        }
        busyUntilNanos = Math.max(busyUntilNanos, end);
        return carried;
    }

    /** New rate from the allocator: account progress at the old rate, reschedule the finish event. */
    void applyRate(double newRate) {
        long now = sim.now();
        if (rate > 0 && now > lastUpdateNanos) {
            headRemainingBytes = Math.max(0, headRemainingBytes - rate * ((now - lastUpdateNanos) * 1e-9));
        }
        lastUpdateNanos = now;
        rate = newRate;
        if (finishHandle != Scheduler.NO_EVENT) {
            sim.cancel(finishHandle);
            finishHandle = Scheduler.NO_EVENT;
        }
        scheduleFinish();
    }

    private void scheduleFinish() {
        if (rate > 0) {
            finishHandle = sim.schedule(Network.transmitNanos(headRemainingBytes, rate), finisher);
        }
    }

    private void deactivate() {
        network.deactivateFlow(this);
        flowId = -1;
        rate = 0;
    }

    void setRateCap(long capBytesPerSecond) {
        rateCapBytesPerSecond = capBytesPerSecond;
        bypassRate = network.bypassRate(sender().local(), sender().remote(), capBytesPerSecond);
        if (flowId >= 0) {
            network.flowCapChanged(this);
        }
    }

    double currentRate() {
        if (flowId >= 0) {
            return rate;
        }
        return bypass ? bypassRate : 0;
    }

    /** The sending side closed: forget every message not fully transmitted. */
    void dropUntransmitted() {
        if (finishHandle != Scheduler.NO_EVENT) {
            sim.cancel(finishHandle);
            finishHandle = Scheduler.NO_EVENT;
        }
        if (flowId >= 0) {
            deactivate();
        }
        bypass = false;
        if (queue != null) {
            Arrays.fill(queue, null);
        }
        queueHead = 0;
        queueSize = 0;
        queuedBytes = 0;
    }

    private void addInFlight(Message m, long deliveryNanos) {
        if (flightSize == 0) {
            firstInFlight = m;
            firstInFlightTime = deliveryNanos;
        } else {
            addBehindFirst(m, deliveryNanos);
        }
        flightSize++;
        boolean needsEvent = needsEvent(m, deliveryNanos);
        if (!needsEvent && m.deliveryOnDemand()) {
            sender().remote().addOnDemand(deliveryNanos, this);
        }
        if (deliverHandle == Scheduler.NO_EVENT && !held) {
            if (needsEvent) {
                scheduleDelivery(flightSize == 1 ? deliveryNanos : nextEventNanos());
            } else if (flightSize > MAX_DEFERRED_IN_FLIGHT) {
                scheduleDelivery(deliveryNanos);
            }
        }
    }

    private void scheduleDelivery(long atNanos) {
        deliverAtNanos = Math.max(sim.now(), atNanos);
        deliverHandle = sim.scheduleAt(deliverAtNanos, deliverer);
    }

    /**
     * When the next delivery event must run: at the first in-flight message that needs one, or
     * earlier, at a pulled on-demand message ahead of it that has not arrived yet (it gets its
     * event back, so that the deliveries behind it are scheduled from its delivery, as they would
     * be without pulling). Long.MAX_VALUE if no message needs an event.
     */
    private long nextEventNanos() {
        long now = sim.now();
        long pulledAhead = Long.MAX_VALUE;
        for (int i = 0; i < flightSize; i++) {
            Message m;
            long t;
            if (i == 0) {
                m = firstInFlight;
                t = firstInFlightTime;
            } else {
                int k = (flightHead + i - 1) & (flight.length - 1);
                m = flight[k];
                t = flightTime[k];
            }
            if (needsEvent(m, t)) {
                return Math.min(pulledAhead, t);
            }
            if (pulledAhead == Long.MAX_VALUE && m.deliveryOnDemand() && t > now) {
                pulledAhead = t;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Whether {@code m}, arriving at {@code arrivalNanos}, must have a delivery event: it is not
     * deferrable, or it is on demand and the receiving side did not pull on demand when it went in
     * flight or stopped pulling before it arrived.
     */
    private boolean needsEvent(Message m, long arrivalNanos) {
        return !m.deliveryDeferrable() || m.deliveryOnDemand() && arrivalNanos <= onDemandEventsUntil;
    }

    /**
     * The receiving side starts ({@code pull}) or stops pulling {@link Message#deliveryOnDemand
     * on-demand} messages (see {@link Connection#pullOnDemand}). Starting: those sent from now on go without a delivery event (those in
     * flight keep theirs). Stopping: every one in flight gets its delivery event at its arrival
     * (the receiving node has taken those that arrived already), and so do later ones.
     */
    void setReceiverPulls(boolean pull) {
        if (pull) {
            if (onDemandEventsUntil == Long.MAX_VALUE) {
                onDemandEventsUntil = Math.max(sim.now(), lastInFlightNanos());
            }
        } else if (onDemandEventsUntil != Long.MAX_VALUE) {
            onDemandEventsUntil = Long.MAX_VALUE;
            if (delivering) {
                rescheduleAfterDelivery = true;
            } else {
                rescheduleIfEarlier();
            }
        }
    }

    /** A message may need its delivery event earlier than the pending one (if any): move it. */
    private void rescheduleIfEarlier() {
        if (flightSize == 0 || held) {
            return;
        }
        long at = nextEventNanos();
        if (at == Long.MAX_VALUE || deliverHandle != Scheduler.NO_EVENT && deliverAtNanos <= at) {
            return;
        }
        if (deliverHandle != Scheduler.NO_EVENT) {
            sim.cancel(deliverHandle);
        }
        scheduleDelivery(at);
    }

    /** Arrival time of the newest message in flight, Long.MIN_VALUE if none. */
    private long lastInFlightNanos() {
        if (flightSize == 0) {
            return Long.MIN_VALUE;
        }
        if (flightSize == 1) {
            return firstInFlightTime;
        }
        return flightTime[(flightHead + flightSize - 2) & (flight.length - 1)];
    }

    /** Appends to the ring of messages behind {@link #firstInFlight} (allocated or grown as needed). */
    private void addBehindFirst(Message m, long deliveryNanos) {
        int behind = flightSize - 1;
        if (flight == null) {
            flight = new Message[4];
            flightTime = new long[4];
        } else if (behind == flight.length) {
            int n = behind * 2;
            Message[] grownMessages = new Message[n];
            long[] grownTimes = new long[n];
            for (int i = 0; i < behind; i++) {
                int k = (flightHead + i) & (flight.length - 1);
                grownMessages[i] = flight[k];
                grownTimes[i] = flightTime[k];
            }
            flight = grownMessages;
            flightTime = grownTimes;
            flightHead = 0;
        }
        int k = (flightHead + behind) & (flight.length - 1);
        flight[k] = m;
        flightTime[k] = deliveryNanos;
    }

    /** Removes the oldest in-flight message (there is one) and returns it. */
    private Message takeFirstInFlight() {
        Message m = firstInFlight;
        flightSize--;
        if (flightSize == 0) {
            firstInFlight = null;
        } else {
            firstInFlight = flight[flightHead];
            firstInFlightTime = flightTime[flightHead];
            flight[flightHead] = null;
            flightHead = (flightHead + 1) & (flight.length - 1);
        }
        return m;
    }

    /** Delivery event: hands every message due by now to the receiving side, in order. */
    private void deliverDue() {
        deliverHandle = Scheduler.NO_EVENT;
        deliverUpTo(sim.now());
        if (deliverHandle == Scheduler.NO_EVENT) {   // else scheduled at the end of the delivery (rescheduleIfEarlier)
            scheduleNextDelivery();
        }
    }

    /**
     * Schedules the delivery event for the oldest in-flight message that is not
     * {@link Message#deliveryDeferrable deferrable} (the deferrable ones before it go with it);
     * none if every message in flight is deferrable.
     */
    private void scheduleNextDelivery() {
        if (flightSize == 0 || held) {
            return;
        }
        long at = nextEventNanos();
        if (at != Long.MAX_VALUE) {
            scheduleDelivery(at);
        }
    }

    /** Delivers (or, to a closed side, discards) every in-flight message due at or before {@code nanos}. */
    void deliverUpTo(long nanos) {
        deliver(nanos, false);
    }

    /**
     * Delivers the {@link Message#deliveryDeferrable deferrable} messages at the front that are due
     * at or before {@code nanos}, stopping at the first message that is not deferrable (its own
     * delivery event is pending). For a receiving side about to close, and for the end of a run.
     */
    void deliverDeferredUpTo(long nanos) {
        deliver(nanos, true);
    }

    private void deliver(long nanos, boolean onlyDeferrable) {
        boolean outer = !delivering;
        delivering = true;
        try {
            deliverLoop(nanos, onlyDeferrable);
        } finally {
            if (outer) {
                delivering = false;
                if (rescheduleAfterDelivery) {
                    rescheduleAfterDelivery = false;
                    rescheduleIfEarlier();
                }
            }
        }
    }

    private void deliverLoop(long nanos, boolean onlyDeferrable) {
        Connection receiver = sender().peer;
        while (flightSize > 0 && firstInFlightTime <= nanos && (!onlyDeferrable || firstInFlight.deliveryDeferrable())) {
            if (receiver.state == Connection.PENDING) {
                held = true;
                return;
            }
            long arrival = firstInFlightTime;
            if (receiver.state == Connection.OPEN && receiver.local().nextOnDemandNanos < arrival) {
                // on-demand messages that arrived at the node earlier, on any connection, go first
                network.deliverOnDemand(receiver.local(), arrival - 1);
                continue;
            }
            Message m = takeFirstInFlight();
            int size = m.wireSize();
            if (receiver.state == Connection.OPEN) {
                receiver.arrivalNanos = arrival;
                receiver.bytesReceived += size;
                network.countDelivered(size);
                receiver.listener.onMessage(receiver, m);
                if (m.notifyOnDelivery() && sender().listener != null) {
                    sender().listener.onDelivered(sender(), m);
                }
            } else {
                network.countDiscarded(size);
            }
        }
    }

    /**
     * The receiving side has closed. If no delivery event is pending (only deferrable messages in
     * flight, or deliveries held for a side that never opened), none will come to discard what is
     * in flight: discard it now. (Otherwise the pending event discards it.)
     */
    void discardStranded() {
        if (deliverHandle != Scheduler.NO_EVENT) {
            return;
        }
        while (flightSize > 0) {
            network.countDiscarded(takeFirstInFlight().wireSize());
        }
    }

    /** When the last small message sent outside the queue ({@link #sendDirect}) has left. */
    long directBusyUntilNanos() {
        return busyUntilNanos;
    }

    /** The receiving side has just become open: deliver what was held back. */
    void resumeDelivery() {
        held = false;
        if (deliverHandle == Scheduler.NO_EVENT) {
            scheduleNextDelivery();
        }
    }

    /** Messages transmitted but not yet delivered or discarded. */
    int inFlightCount() {
        return flightSize;
    }

    boolean isBypassing() {
        return bypass;
    }

    int queuedMessages() {
        return queueSize;
    }

    /** Sum of the wire sizes of the queued messages (for invariant checks). */
    long recountQueuedBytes() {
        long sum = 0;
        for (int i = 0; i < queueSize; i++) {
            sum += queue[(queueHead + i) & (queue.length - 1)].wireSize();
        }
        return sum;
    }

    double rate() {
        return rate;
    }

    /** Census names: {@code deliver Have}, {@code sent Piece}, one constant per message class. */
    private static final ClassValue<String> DELIVER = kindNames("deliver ");
    private static final ClassValue<String> SENT = kindNames("sent ");

    private static ClassValue<String> kindNames(String prefix) {
        return new ClassValue<>() {
            @Override
            protected String computeValue(Class<?> type) {
                return prefix + type.getSimpleName();
            }
        };
    }

    /** The delivery event, named after the message it was scheduled for. */
    private final class Deliverer implements Runnable, EventKind {
        @Override
        public void run() {
            deliverDue();
        }

        @Override
        public String eventKind() {
            if (flightSize == 0) {
                return "deliver nothing";
            }
            Message m = firstInFlight;
            for (int i = 1, k = flightHead; i < flightSize && m.deliveryDeferrable(); i++, k = (k + 1) & (flight.length - 1)) {
                m = flight[k];
            }
            return DELIVER.get(m.getClass());
        }
    }

    /** The finish event, named after the message whose last byte leaves. */
    private final class Finisher implements Runnable, EventKind {
        @Override
        public void run() {
            finish();
        }

        @Override
        public String eventKind() {
            return SENT.get(queue[queueHead].getClass());
        }
    }
}
