package org.swarmsim.pastry;

import org.swarmsim.sim.random.RandomStream;

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
    public boolean learn(int node, long nowNanos, Proximity proximity, RandomStream random) {
        if (node == self) {
            return false;
        }
        boolean leafChanged = leaves.offer(node, nowNanos);
        table.offer(node, proximity, random);
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
}
