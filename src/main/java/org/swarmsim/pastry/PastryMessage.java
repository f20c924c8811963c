package org.swarmsim.pastry;

import java.util.List;
import org.swarmsim.overlay.RpcMessage;

/**
 * The Pastry datagrams, with their payload sizes in bytes (no UDP/IP headers, as for KRPC). The
 * wire format, which the README states too:
 * <ul>
 *   <li>every message: type (1 byte), transaction id (2), the sender's id (16) = {@link #HEADER};</li>
 *   <li>a node entry: id (16), IPv4 address (4), port (2) = {@link #ENTRY};</li>
 *   <li>a list of entries: a count (1) and the entries; a routing-table row: its row number (1), a
 *       count (1) and per non-empty entry its column (1) and the entry.</li>
 * </ul>
 * A one-way message (a reply with state, a keep-alive, a replica, an announcement to a node outside
 * the leaf set) is sent as a query that is never answered: {@link #isQuery()} is true for every
 * message except {@link Ack}, {@link LeafSetReply}, {@link EntryReply} and {@link StateReply}.
 */
public sealed interface PastryMessage extends RpcMessage {
    /** Type, transaction id and the sender's 16-byte id. */
    int HEADER = 1 + 2 + 16;
    /** One node entry: 16-byte id, IPv4 address, port. */
    int ENTRY = 16 + 4 + 2;
    /** A key. */
    int KEY = 16;

    /** What the message is for. */
    Traffic traffic();

    /** True: a query, or a one-way message sent as a query nobody answers; the three answers say false. */
    @Override
    default boolean isQuery() {
        return true;
    }

    /** Bytes of a list of {@code n} entries. */
    static int listBytes(int n) {
        return 1 + n * ENTRY;
    }

    /** The non-empty entries of a row. */
    static int nonEmpty(int[] entries) {
        int n = 0;
        for (int e : entries) {
            if (e != RoutingTable.EMPTY) {
                n++;
            }
        }
        return n;
    }

    /** Bytes of the rows (each with its row number, count and, per entry, a column byte). */
    static int rowsBytes(List<RowCopy> rows) {
        int bytes = 1;
        for (RowCopy r : rows) {
            bytes += 2 + r.filled() * (1 + ENTRY);
        }
        return bytes;
    }

    /**
     * One row of a routing table as sent to a joining node.
     *
     * @param owner   the node whose row it is (the joiner learns it too)
     * @param row     the row number
     * @param entries the row's 2^b entries, {@link RoutingTable#EMPTY} where empty (not to be modified)
     * @param filled  how many are not empty
     */
    record RowCopy(int owner, int row, int[] entries, int filled) {
        /** The copy of a row, with its count of non-empty entries. */
        static RowCopy of(int owner, int row, int[] entries) {
            return new RowCopy(owner, row, entries, nonEmpty(entries));
        }
    }

    /**
     * A message routed towards a key, one hop at a time; every hop is acknowledged ({@link Ack}).
     * Carries, for a join, the joiner and the rows and path gathered so far; for an insert, the
     * value's size. {@code trace} is the simulator's measurement of the route and has no bytes.
     *
     * @param hops hops taken before this one (a 1-byte field)
     */
    record Route(int transactionId, RouteOp op, long keyHi, long keyLo, int hops, int joiner, List<RowCopy> rows,
                 int[] path, int valueBytes, RouteTrace trace) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return op == RouteOp.JOIN ? Traffic.JOIN : Traffic.LOOKUP;
        }

        @Override
        public int wireSize() {
            int bytes = HEADER + 1 + KEY + 4 + 1;   // op, key, message id, hop count
            if (op == RouteOp.JOIN) {
                bytes += ENTRY + rowsBytes(rows) + listBytes(path.length);
            }
            if (op == RouteOp.INSERT) {
                bytes += 4 + valueBytes;
            }
            return bytes;
        }

        /** The same message for the next hop. */
        Route next(int tid, List<RowCopy> newRows, int[] newPath) {
            return new Route(tid, op, keyHi, keyLo, hops + 1, joiner, newRows, newPath, valueBytes, trace);
        }
    }

    /** The acknowledgement of one hop of a {@link Route}. */
    record Ack(int transactionId, Traffic traffic) implements PastryMessage {
        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public int wireSize() {
            return HEADER;
        }
    }

    /** From a join's first node to the joiner: its neighbourhood set. */
    record NeighbourhoodReply(int transactionId, int[] members) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.JOIN;
        }

        @Override
        public int wireSize() {
            return HEADER + listBytes(members.length);
        }
    }

    /** From a join's last node (the joiner's numerically closest) to the joiner: the rows gathered, the path and its leaf set. */
    record JoinReply(int transactionId, List<RowCopy> rows, int[] path, int[] leaves) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.JOIN;
        }

        @Override
        public int wireSize() {
            return HEADER + rowsBytes(rows) + listBytes(path.length) + listBytes(leaves.length);
        }
    }

    /**
     * A new node's state, sent to every node it knows; to the members of its leaf set as a query
     * answered with their leaf sets ({@link LeafSetReply}).
     */
    record Announce(int transactionId, boolean wantsReply, int[] leaves, List<RowCopy> rows, int[] neighbours)
            implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.JOIN;
        }

        @Override
        public int wireSize() {
            return HEADER + listBytes(leaves.length) + rowsBytes(rows) + listBytes(neighbours.length);
        }
    }

    /**
     * The joined node's locality stage: asks a node of its routing table's row {@code row} for its
     * own row {@code row}, or (row -1) a member of its neighbourhood set for its neighbourhood set.
     */
    record StateRequest(int transactionId, int row) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.JOIN;
        }

        @Override
        public int wireSize() {
            return HEADER + 1;
        }
    }

    /** The answer to a {@link StateRequest}: the row asked for (as a row), or the neighbourhood set (as a list). */
    record StateReply(int transactionId, int row, int[] entries) implements PastryMessage {
        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public Traffic traffic() {
            return Traffic.JOIN;
        }

        @Override
        public int wireSize() {
            if (row < 0) {
                return HEADER + listBytes(entries.length);
            }
            return HEADER + 2 + nonEmpty(entries) * (1 + ENTRY);
        }
    }

    /** Asks for the receiver's leaf set (leaf-set repair, or a probe of a silent leaf). */
    record LeafSetRequest(int transactionId) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.MAINTENANCE;
        }

        @Override
        public int wireSize() {
            return HEADER;
        }
    }

    /** A leaf set, answering a {@link LeafSetRequest} or an {@link Announce}. */
    record LeafSetReply(int transactionId, int[] leaves, Traffic traffic) implements PastryMessage {
        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public int wireSize() {
            return HEADER + listBytes(leaves.length);
        }
    }

    /** Routing-table repair: asks for the receiver's entry at (row, column). */
    record EntryRequest(int transactionId, int row, int column) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.MAINTENANCE;
        }

        @Override
        public int wireSize() {
            return HEADER + 2;
        }
    }

    /** The answer to an {@link EntryRequest}: the entry, or {@link RoutingTable#EMPTY}. */
    record EntryReply(int transactionId, int entry) implements PastryMessage {
        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public Traffic traffic() {
            return Traffic.MAINTENANCE;
        }

        @Override
        public int wireSize() {
            return HEADER + 1 + (entry == RoutingTable.EMPTY ? 0 : ENTRY);
        }
    }

    /** A periodic keep-alive to a leaf-set member; no answer. */
    record KeepAlive(int transactionId) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.MAINTENANCE;
        }

        @Override
        public int wireSize() {
            return HEADER;
        }
    }

    /** A stored value pushed to a replica holder. */
    record Replicate(int transactionId, long keyHi, long keyLo, int valueBytes) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.STORE;
        }

        @Override
        public int wireSize() {
            return HEADER + KEY + 4 + valueBytes;
        }
    }

    /** The answer of a get, from the node that delivered it to the origin: the value if found. */
    record GetReply(int transactionId, long keyHi, long keyLo, int valueBytes) implements PastryMessage {
        @Override
        public Traffic traffic() {
            return Traffic.LOOKUP;
        }

        @Override
        public int wireSize() {
            return HEADER + KEY + 1 + Math.max(0, valueBytes);
        }
    }
}
