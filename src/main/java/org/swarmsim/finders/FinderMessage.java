package org.swarmsim.finders;

import java.util.List;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.RpcMessage;

/**
 * The finder network's datagrams, with their payload sizes in bytes (no UDP/IP headers, as for
 * KRPC and Pastry). The wire format, which the README states too:
 * <ul>
 *   <li>every message: type (1 byte), transaction id (2), the sender's 20-byte id = {@link #HEADER};</li>
 *   <li>a finder entry: id (20), IPv4 address (4), port (2) = {@link #ENTRY}; a cache entry adds
 *       the load (2) and a timestamp (4) = {@link #CACHE_ENTRY};</li>
 *   <li>a peer contact: IPv4 address and port, compact (6) = {@link #CONTACT};</li>
 *   <li>a routed message ({@link Route}): purpose (1, with the hinted flag), search id (4), key (20),
 *       origin contact (6), hops (2), remaining flood or walk steps (1) = {@link Route#SIZE};</li>
 *   <li>lists carry a one-byte count, except the contacts of an answer and the entries of a gossip
 *       message (two bytes).</li>
 * </ul>
 * Answers ({@link Ack}, {@link AttachReply} and the reply of a {@link Gossip}) say
 * {@link #isQuery()} false; every other message is a query, or a one-way message sent as a query
 * that nobody answers.
 */
public sealed interface FinderMessage extends RpcMessage {
    int HEADER = 1 + 2 + 20;
    int ENTRY = 20 + 4 + 2;
    int CACHE_ENTRY = ENTRY + 2 + 4;
    int CONTACT = 6;
    int HINT = 20 + ENTRY;

    /** What it is for. */
    FinderTraffic traffic();

    /** The search it belongs to, or -1. */
    default int searchId() {
        return -1;
    }

    @Override
    default boolean isQuery() {
        return true;
    }

    /**
     * A message routed towards {@code key}, hop by hop; every hop of a LOCATE, SEARCH, REGISTER or
     * JOIN is acknowledged, floods and walks are not. {@code point} is the key's point (the
     * receiver would compute it), {@code origin} the address of the peer or finder that started it
     * (a returning finder, for a join), {@code joiner} the finder number of that finder.
     */
    record Route(int transactionId, Purpose purpose, boolean hinted, int searchId, NodeId key, long point, int origin,
                 int joiner, int hops, int ttl) implements FinderMessage {
        public static final int SIZE = HEADER + 1 + 4 + 20 + CONTACT + 2 + 1;

        @Override
        public int wireSize() {
            return SIZE;
        }

        @Override
        public FinderTraffic traffic() {
            return switch (purpose) {
                case REGISTER -> FinderTraffic.REGISTER;
                case JOIN -> FinderTraffic.JOIN;
                default -> FinderTraffic.SEARCH;
            };
        }

        Route next(int tid, int hopsNow, int ttlNow, boolean hintedNow) {
            return new Route(tid, purpose, hintedNow, searchId, key, point, origin, joiner, hopsNow, ttlNow);
        }
    }

    /** The acknowledgement of one routed hop. */
    record Ack(int transactionId, FinderTraffic traffic, int searchId) implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER;
        }

        @Override
        public boolean isQuery() {
            return false;
        }
    }

    /**
     * The answer of a search or locate, sent to its origin: the finder that answers, the hops the
     * search took to reach it, and up to the configured number of the swarm's contacts (none for a
     * locate, or when the finder does not know the swarm).
     */
    record Found(int transactionId, int searchId, NodeId key, int answerer, int hops, int[] contacts)
            implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER + 4 + 20 + 2 + 2 + CONTACT * contacts.length;
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.SEARCH;
        }
    }

    /** A peer asks a finder to serve it. */
    record Attach(int transactionId) implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER;
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.ATTACH;
        }
    }

    /** The finder's answer: accepted or full, its load, and (when full) other finders from its cache. */
    record AttachReply(int transactionId, boolean accepted, int load, int[] suggestions) implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER + 1 + 2 + 1 + CACHE_ENTRY * suggestions.length;
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.ATTACH;
        }

        @Override
        public boolean isQuery() {
            return false;
        }
    }

    /** A peer leaves its finder (one-way). */
    record Detach(int transactionId) implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER;
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.ATTACH;
        }
    }

    /** One piece of relayed knowledge: finder {@code finder} knows swarm {@code swarm}. */
    record Hint(NodeId swarm, int finder) {
    }

    /**
     * A cache exchange (push-pull): the sender's cache entries with its own entry among them, in
     * finder order, and some swarm hints. The reply ({@code reply} true) carries the answerer's.
     */
    record Gossip(int transactionId, boolean reply, int[] finders, long[] stampsMs, int[] loads, List<Hint> hints)
            implements FinderMessage {
        public Gossip {
            hints = List.copyOf(hints);
        }

        @Override
        public int wireSize() {
            return HEADER + 2 + CACHE_ENTRY * finders.length + 1 + HINT * hints.size();
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.GOSSIP;
        }

        @Override
        public boolean isQuery() {
            return !reply;
        }
    }

    /** To a returning finder, from the finder its join reached: that finder's links and itself (one-way). */
    record JoinReply(int transactionId, int[] finders) implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER + 1 + ENTRY * finders.length;
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.JOIN;
        }
    }

    /** A returning finder tells a finder it links to that it is back (one-way; the receiver may link to it). */
    record Notify(int transactionId) implements FinderMessage {
        @Override
        public int wireSize() {
            return HEADER;
        }

        @Override
        public FinderTraffic traffic() {
            return FinderTraffic.JOIN;
        }
    }
}
