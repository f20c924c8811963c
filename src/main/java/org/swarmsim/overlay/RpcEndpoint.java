package org.swarmsim.overlay;

import java.util.Arrays;
import java.util.Objects;
import org.swarmsim.net.DatagramListener;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Scheduler;

/**
 * One node's RPC transport over {@link Datagrams}, after libtorrent's {@code rpc_manager}: it
 * numbers transactions, keeps the table of queries waiting for an answer, times them out on the
 * {@link Scheduler}, matches answers to their queries and counts traffic. The protocol decides
 * what to send and what an answer or a timeout means ({@link Handler}).
 *
 * <p>Exact semantics, which a deterministic run depends on:
 * <ul>
 *   <li>Transaction ids are 16 bits, per endpoint, from 0, wrapping after 65535
 *       ({@link #nextTransactionId()}).</li>
 *   <li>{@link #query} first records the query in the table, then schedules its timeout
 *       ({@code timeoutNanos} from now), then sends the datagram.</li>
 *   <li>An answer matches the first waiting query (in table order) with its transaction id sent
 *       to the address it came from; a match is removed by moving the table's last entry into
 *       its place, and its timeout is cancelled before the {@link Handler#onAnswer handler} runs.
 *       An answer that matches nothing (late, after its timeout, or not ours) is counted as
 *       received and otherwise ignored.</li>
 *   <li>A timeout removes its query the same way, counts it, then calls
 *       {@link Handler#onTimeout}.</li>
 *   <li>While {@linkplain #close() closed} every datagram is ignored (not counted);
 *       {@link #close()} cancels every waiting query's timeout, in table order, and empties the
 *       table: those queries' handlers never run.</li>
 * </ul>
 *
 * @param <M> the protocol's messages
 * @param <C> what the protocol attaches to a query (for example the lookup it serves); may be null
 */
public final class RpcEndpoint<M extends RpcMessage, C> implements DatagramListener {
    /** What the protocol does with queries, answers and timeouts. */
    public interface Handler<M, C> {
        /** A query arrived from {@code from}. */
        void onQuery(Node from, M query);

        /** The answer (possibly an error answer) to our query to {@code contact} arrived from {@code from}. */
        void onAnswer(Node from, M answer, NodeId contact, C context);

        /** Our query to {@code contact} at {@code address} got no answer in time. */
        void onTimeout(NodeId contact, int address, C context);
    }

    private final Scheduler scheduler;
    private final Datagrams datagrams;
    private final Node host;
    private final Class<M> type;
    private final long timeoutNanos;
    private final Handler<M, C> handler;
    private boolean open;
    private int nextTid;
    /** The waiting table's size when nothing waits: it grows for bursts and shrinks back once empty. */
    private static final int IDLE_TABLE_SIZE = 4;
    private Waiting[] waiting = newTable(IDLE_TABLE_SIZE);
    private int waitingCount;
    private long messagesSent;
    private long bytesSent;
    private long messagesReceived;
    private long bytesReceived;
    private long timeouts;

    /**
     * An endpoint on {@code host}, closed until {@link #open()}; bind it to receive datagrams
     * ({@code datagrams.bind(host, endpoint)}). Datagrams that are not of {@code type} are ignored.
     */
    public RpcEndpoint(Scheduler scheduler, Datagrams datagrams, Node host, Class<M> type, long timeoutNanos,
                       Handler<M, C> handler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.datagrams = Objects.requireNonNull(datagrams, "datagrams");
        this.host = Objects.requireNonNull(host, "host");
        this.type = Objects.requireNonNull(type, "type");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("query timeout must be positive nanoseconds, got " + timeoutNanos);
        }
        this.timeoutNanos = timeoutNanos;
    }

    /** Starts receiving. */
    public void open() {
        open = true;
    }

    /** Stops receiving and drops every waiting query (their timeouts are cancelled, their handlers never run). */
    public void close() {
        open = false;
        for (int i = 0; i < waitingCount; i++) {
            scheduler.cancel(waiting[i].timeoutHandle);
            waiting[i] = null;
        }
        waitingCount = 0;
        if (waiting.length > IDLE_TABLE_SIZE) {
            waiting = newTable(IDLE_TABLE_SIZE);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** The next transaction id (0..65535, wrapping), for the query about to be built. */
    public int nextTransactionId() {
        int t = nextTid;
        nextTid = (nextTid + 1) & 0xFFFF;
        return t;
    }

    /**
     * Sends {@code query} (built with a {@link #nextTransactionId()}) to the node {@code contact}
     * at {@code address} and waits for its answer or timeout; {@code context} comes back with it.
     */
    public void query(NodeId contact, int address, M query, C context) {
        Waiting w = new Waiting(query.transactionId(), address, contact, context);
        if (waitingCount == waiting.length) {
            waiting = Arrays.copyOf(waiting, waitingCount * 2);
        }
        waiting[waitingCount++] = w;
        w.timeoutHandle = scheduler.schedule(timeoutNanos, w);
        send(datagrams.network().node(address), query);
    }

    /** Sends a datagram that waits for nothing (an answer, or a query whose answer does not matter). */
    public void send(Node to, M message) {
        messagesSent++;
        bytesSent += message.wireSize();
        datagrams.send(host, to, message);
    }

    @Override
    public void onDatagram(Node from, Message message) {
        if (!open || !type.isInstance(message)) {
            return;
        }
        M m = type.cast(message);
        messagesReceived++;
        bytesReceived += m.wireSize();
        if (m.isQuery()) {
            handler.onQuery(from, m);
            return;
        }
        Waiting w = removeMatch(m.transactionId(), from.id());
        if (w == null) {
            return;   // late answer (after its timeout) or not ours
        }
        scheduler.cancel(w.timeoutHandle);
        handler.onAnswer(from, m, w.contact, w.context);
    }

    public long messagesSent() {
        return messagesSent;
    }

    public long bytesSent() {
        return bytesSent;
    }

    public long messagesReceived() {
        return messagesReceived;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    /** Queries that timed out. */
    public long timeouts() {
        return timeouts;
    }

    /** Queries waiting for an answer. */
    public int waitingCount() {
        return waitingCount;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Waiting[] newTable(int size) {
        return (Waiting[]) new RpcEndpoint.Waiting[size];
    }

    private Waiting removeMatch(int tid, int address) {
        for (int i = 0; i < waitingCount; i++) {
            Waiting w = waiting[i];
            if (w.tid == tid && w.address == address) {
                removeAt(i);
                return w;
            }
        }
        return null;
    }

    private void removeAt(int i) {
        waiting[i] = waiting[--waitingCount];
        waiting[waitingCount] = null;
        if (waitingCount == 0 && waiting.length > IDLE_TABLE_SIZE) {
            waiting = newTable(IDLE_TABLE_SIZE);   // a burst (a DHT join's bucket fills) is over: give its room back
        }
    }

    private void timedOut(Waiting w) {
        int i = 0;
        while (i < waitingCount && waiting[i] != w) {
            i++;
        }
        if (i == waitingCount) {
            return;
        }
        removeAt(i);
        timeouts++;
        handler.onTimeout(w.contact, w.address, w.context);
    }

    /** A query waiting for its answer; also its own timeout event. */
    private final class Waiting implements Runnable {
        final int tid;
        final int address;
        final NodeId contact;
        final C context;
        long timeoutHandle = Scheduler.NO_EVENT;

        Waiting(int tid, int address, NodeId contact, C context) {
            this.tid = tid;
            this.address = address;
            this.contact = contact;
            this.context = context;
        }

        @Override
        public void run() {
            timedOut(this);
        }
    }
}
