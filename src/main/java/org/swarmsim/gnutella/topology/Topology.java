package org.swarmsim.gnutella.topology;

import java.util.Arrays;

/**
 * An immutable undirected simple graph (no self-loops, no parallel links) in compressed sparse row
 * form: node {@code v}'s neighbours are {@code adjacency[offsets[v] .. offsets[v + 1])}, sorted
 * ascending. Two int arrays and, for graphs read from a file, one sorted array of labels: a graph of
 * 1,000,000 nodes and 4,000,000 links takes about 36 MB, with no object per node.
 *
 * <p>Nodes are indexes {@code 0 .. nodes() - 1}; each has a {@link #label} (the id shown in
 * outputs): the index itself for generated graphs, the file's id for an edge list, where indexes
 * follow ascending label order. A topology remembers how many self-loops and duplicate links it
 * dropped when it was made, so that {@code links() + droppedDuplicates() + droppedSelfLoops()} is the
 * number of edges it was given.
 */
public final class Topology {
    /** The most links a topology can hold: each link takes two slots of one int-indexed array. */
    public static final long MAX_LINKS = (Integer.MAX_VALUE - 8) / 2;

    private final int[] offsets;
    private final int[] adjacency;
    private final long[] labels;          // null: label(v) == v
    private final long droppedSelfLoops;
    private final long droppedDuplicates;
    private final int maxDegree;
    private int largestComponent = -1;    // computed on first use; racy but idempotent

    Topology(int[] offsets, int[] adjacency, long[] labels, long droppedSelfLoops, long droppedDuplicates) {
        this.offsets = offsets;
        this.adjacency = adjacency;
        this.labels = labels;
        this.droppedSelfLoops = droppedSelfLoops;
        this.droppedDuplicates = droppedDuplicates;
        int max = 0;
        for (int v = 0; v + 1 < offsets.length; v++) {
            max = Math.max(max, offsets[v + 1] - offsets[v]);
        }
        this.maxDegree = max;
    }

    /**
     * The simple graph on nodes {@code 0 .. nodes - 1} (labelled by their indexes) with links
     * {@code u[i] -- v[i]} for {@code i < count}; self-loops and repeated links (in either
     * direction) are dropped and counted.
     *
     * @throws IllegalArgumentException if an endpoint is outside {@code 0 .. nodes - 1}, or the
     *     counts do not fit the arrays
     */
    public static Topology fromEdges(int nodes, int[] u, int[] v, int count) {
        return CsrAssembly.assemble(nodes, null, u, v, count);
    }

    /**
     * The simple graph on {@code labels.length} nodes, node {@code i} labelled {@code labels[i]},
     * with links {@code u[i] -- v[i]} (indexes) for {@code i < count}; self-loops and repeated
     * links are dropped and counted.
     *
     * @param labels node labels, non-negative and strictly ascending (copied)
     * @throws IllegalArgumentException if the labels are not strictly ascending and non-negative,
     *     or as {@link #fromEdges(int, int[], int[], int)}
     */
    public static Topology fromEdges(long[] labels, int[] u, int[] v, int count) {
        return CsrAssembly.assemble(labels.length, labels.clone(), u, v, count);
    }

    /** Number of nodes. */
    public int nodes() {
        return offsets.length - 1;
    }

    /** Number of undirected links. */
    public long links() {
        return adjacency.length / 2;
    }

    /** Number of neighbours of node {@code v}. */
    public int degree(int v) {
        checkNode(v, "v");
        return offsets[v + 1] - offsets[v];
    }

    /** The {@code k}-th neighbour of {@code v} ({@code 0 <= k < degree(v)}), in ascending index order. */
    public int neighbor(int v, int k) {
        int d = degree(v);
        if (k < 0 || k >= d) {
            throw new IndexOutOfBoundsException("neighbour k must be 0.." + (d - 1) + " for node " + v + ", got " + k);
        }
        return adjacency[offsets[v] + k];
    }

    /** A copy of {@code v}'s neighbours, ascending. */
    public int[] neighbors(int v) {
        checkNode(v, "v");
        return Arrays.copyOfRange(adjacency, offsets[v], offsets[v + 1]);
    }

    /** Whether {@code u} and {@code v} are linked (binary search in {@code u}'s neighbours). */
    public boolean linked(int u, int v) {
        checkNode(u, "u");
        checkNode(v, "v");
        return Arrays.binarySearch(adjacency, offsets[u], offsets[u + 1], v) >= 0;
    }

    /** The id of node {@code v} as shown in outputs: the file's id, or {@code v} for a generated graph. */
    public long label(int v) {
        checkNode(v, "v");
        return labels == null ? v : labels[v];
    }

    /** The index of the node labelled {@code label}, or -1 if there is none. */
    public int indexOf(long label) {
        if (labels == null) {
            return label >= 0 && label < nodes() ? (int) label : -1;
        }
        int i = Arrays.binarySearch(labels, label);
        return i >= 0 ? i : -1;
    }

    /** Self-loops ({@code u == v}) dropped when the topology was made. */
    public long droppedSelfLoops() {
        return droppedSelfLoops;
    }

    /** Repeats of a link already given (either way round) dropped when the topology was made. */
    public long droppedDuplicates() {
        return droppedDuplicates;
    }

    /** 2 * links / nodes (0 for an empty graph). */
    public double meanDegree() {
        return nodes() == 0 ? 0 : 2.0 * links() / nodes();
    }

    /** The largest degree (0 for a graph without links). */
    public int maxDegree() {
        return maxDegree;
    }

    /** Number of nodes in the largest connected component (breadth-first, no recursion). */
    public int largestComponent() {
        if (largestComponent < 0) {
            largestComponent = new Traversal(offsets, adjacency).largestComponent();
        }
        return largestComponent;
    }

    /** Hop distances from {@code source} to every node by breadth-first search; -1 for unreachable nodes. */
    public int[] distancesFrom(int source) {
        checkNode(source, "source");
        return new Traversal(offsets, adjacency).distancesFrom(source);
    }

    private void checkNode(int v, String name) {
        if (v < 0 || v >= nodes()) {
            throw new IndexOutOfBoundsException("node " + name + " must be 0.." + (nodes() - 1) + ", got " + v);
        }
    }

    /** Same nodes, labels, links and dropped counts. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Topology t && droppedSelfLoops == t.droppedSelfLoops
                && droppedDuplicates == t.droppedDuplicates && Arrays.equals(offsets, t.offsets)
                && Arrays.equals(adjacency, t.adjacency) && Arrays.equals(labels, t.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(adjacency);
    }

    @Override
    public String toString() {
        return "Topology[" + nodes() + " nodes, " + links() + " links]";
    }
}
