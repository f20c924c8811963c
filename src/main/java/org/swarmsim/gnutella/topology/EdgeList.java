package org.swarmsim.gnutella.topology;

import java.util.Arrays;

/**
 * Directed arcs {@code tail -> head} between node labels (non-negative longs), as an edge-list
 * file gives them: repeats and self-loops included. Its nodes are the distinct labels, indexed in
 * ascending label order; {@link #toTopology} makes the undirected simple graph and
 * {@link StrongComponents} reads the directed one.
 */
public final class EdgeList {
    private final long[] tails;
    private final long[] heads;
    private final long[] labels;
    private final int[] tailIndexes;
    private final int[] headIndexes;

    /**
     * The arcs {@code tails[i] -> heads[i]} (both arrays copied).
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold a negative label
     */
    public EdgeList(long[] tails, long[] heads) {
        if (tails.length != heads.length) {
            throw new IllegalArgumentException("an edge list needs as many heads as tails, got " + tails.length
                    + " tails and " + heads.length + " heads");
        }
        if (tails.length > Topology.MAX_LINKS) {
            throw new IllegalArgumentException("at most " + Topology.MAX_LINKS + " edges fit, got " + tails.length);
        }
        this.tails = tails.clone();
        this.heads = heads.clone();
        long[] all = new long[2 * tails.length];
        for (int i = 0; i < tails.length; i++) {
            if (tails[i] < 0 || heads[i] < 0) {
                throw new IllegalArgumentException("node labels must be non-negative; edge " + i + " is "
                        + tails[i] + " -> " + heads[i]);
            }
            all[2 * i] = tails[i];
            all[2 * i + 1] = heads[i];
        }
        this.labels = distinctSorted(all);
        this.tailIndexes = indexesOf(this.tails);
        this.headIndexes = indexesOf(this.heads);
    }

    /** Number of arcs (edge lines of the file), repeats and self-loops included. */
    public int edges() {
        return tails.length;
    }

    /** The label arc {@code i} starts from. */
    public long tail(int i) {
        return tails[i];
    }

    /** The label arc {@code i} points to. */
    public long head(int i) {
        return heads[i];
    }

    /** Number of distinct labels: every label of any arc is a node, even one seen only in self-loops. */
    public int nodes() {
        return labels.length;
    }

    /** The label of node {@code index} (labels ascend with indexes). */
    public long label(int index) {
        return labels[index];
    }

    /** The index of the node labelled {@code label}, or -1 if no arc has it. */
    public int indexOf(long label) {
        int i = Arrays.binarySearch(labels, label);
        return i >= 0 ? i : -1;
    }

    /**
     * The undirected simple graph: each arc becomes a link, self-loops and repeated links (also
     * {@code u -> v} after {@code v -> u}) are dropped and counted; node labels are kept.
     */
    public Topology toTopology() {
        return Topology.fromEdges(labels, tailIndexes, headIndexes, tailIndexes.length);
    }

    /** Node indexes of the arcs' tails (not copied: callers only read). */
    int[] tailIndexes() {
        return tailIndexes;
    }

    /** Node indexes of the arcs' heads (not copied: callers only read). */
    int[] headIndexes() {
        return headIndexes;
    }

    private int[] indexesOf(long[] ends) {
        int[] indexes = new int[ends.length];
        for (int i = 0; i < ends.length; i++) {
            indexes[i] = Arrays.binarySearch(labels, ends[i]);
        }
        return indexes;
    }

    private static long[] distinctSorted(long[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    @Override
    public String toString() {
        return "EdgeList[" + edges() + " edges, " + nodes() + " nodes]";
    }
}
