package org.swarmsim.pastry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one Pastry node knows: its routing table, leaf set and neighbourhood set, all of addresses
 * whose ids are in the shared {@link KnownIds}. {@link #learn} offers a node to all three.
 */
public final class NodeState {
    private final KnownIds ids;
    private final int self;
    private final RoutingTable table;
    private final LeafSet leaves;
    private final NeighbourhoodSet neighbours;

    public NodeState(KnownIds ids, int self, int b, int leafSetSize, int neighbourhoodSize, NeighbourSelection selection) {
        if (leafSetSize < 2 || leafSetSize % 2 != 0) {
            throw new IllegalArgumentException("the leaf set size must be even and >= 2, got " + leafSetSize);
        }
        this.ids = ids;
        this.self = self;
        this.table = new RoutingTable(ids, self, b, selection);
        this.leaves = new LeafSet(ids, self, leafSetSize / 2);
        this.neighbours = new NeighbourhoodSet(self, neighbourhoodSize);
    }

    public KnownIds ids() {
        return ids;
    }

    /** This node's address. */
    public int self() {
        return self;
    }

    public RoutingTable table() {
        return table;
    }

    public LeafSet leaves() {
        return leaves;
    }

    public NeighbourhoodSet neighbours() {
        return neighbours;
    }

    /** Offers {@code node} to the leaf set, the routing table and the neighbourhood set; returns whether the leaf set changed. */
    public boolean learn(int node, long nowNanos, Proximity proximity) {
        if (node == self) {
            return false;
        }
        boolean leafChanged = leaves.offer(node, nowNanos);
        table.offer(node, proximity);
        neighbours.offer(node, proximity);
        return leafChanged;
    }

    /** Forgets {@code node} everywhere; returns the leaf-set sides it left (see {@link LeafSet#remove}). */
    public int forget(int node) {
        table.remove(node);
        neighbours.remove(node);
        return leaves.remove(node);
    }

    /** Forgets everything (a node that left and comes back starts afresh). */
    public void clear() {
        table.clear();
        leaves.clear();
        neighbours.clear();
    }

    /** Copies of the routing table's rows that have entries, in row order. */
    public List<PastryMessage.RowCopy> rowCopies() {
        List<PastryMessage.RowCopy> out = new ArrayList<>(table.rows());
        for (int r = 0; r < table.rows(); r++) {
            if (table.filledIn(r) > 0) {
                out.add(PastryMessage.RowCopy.of(self, r, table.row(r)));
            }
        }
        return out;
    }

    /** Every distinct node of the table, the leaf set and the neighbourhood set, in address order. */
    public int[] knownNodes() {
        int[] out = new int[table.filled() + leaves.size() + neighbours.size()];
        int n = 0;
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                int e = table.get(r, c);
                if (e != RoutingTable.EMPTY) {
                    out[n++] = e;
                }
            }
        }
        for (int m : leaves.members()) {
            out[n++] = m;
        }
        for (int m : neighbours.members()) {
            out[n++] = m;
        }
        Arrays.sort(out, 0, n);
        int u = 0;
        for (int i = 0; i < n; i++) {
            if (u == 0 || out[u - 1] != out[i]) {
                out[u++] = out[i];
            }
        }
        return Arrays.copyOf(out, u);
    }

    /**
     * A joining node's first state: offers every node of the join's reply (the rows gathered and
     * their owners, the path, the last node's leaf set, the last node), of the first node's
     * neighbourhood set and the first node itself. (A node that has just joined has found no
     * node dead.)
     */
    public void learnJoin(PastryMessage.JoinReply reply, int last, int[] neighbours, int first, long nowNanos,
                          Proximity proximity) {
        for (PastryMessage.RowCopy row : reply.rows()) {
            learn(row.owner(), nowNanos, proximity);
            for (int e : row.entries()) {
                if (e != RoutingTable.EMPTY) {
                    learn(e, nowNanos, proximity);
                }
            }
        }
        for (int p : reply.path()) {
            learn(p, nowNanos, proximity);
        }
        for (int l : reply.leaves()) {
            learn(l, nowNanos, proximity);
        }
        learn(last, nowNanos, proximity);
        for (int m : neighbours) {
            learn(m, nowNanos, proximity);
        }
        learn(first, nowNanos, proximity);
    }

    /**
     * The rows a join message carries after this node: {@code rows} (contiguous from row 0) plus
     * this node's rows from the next missing one up to the digits it shares with the joiner's id
     * (kh, kl), where its entries also fit the joiner.
     */
    public List<PastryMessage.RowCopy> joinRows(List<PastryMessage.RowCopy> rows, long kh, long kl) {
        int shared = Ring.sharedDigits(ids.hi(self), ids.lo(self), kh, kl, table.bitsPerDigit());
        int first = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).row() + 1;
        int last = Math.min(shared, table.rows() - 1);
        if (first > last) {
            return rows;
        }
        List<PastryMessage.RowCopy> out = new ArrayList<>(rows.size() + last - first + 1);
        out.addAll(rows);
        for (int row = first; row <= last; row++) {
            out.add(PastryMessage.RowCopy.of(self, row, table.row(row)));
        }
        return out;
    }
}
