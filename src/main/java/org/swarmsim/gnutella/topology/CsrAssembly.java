package org.swarmsim.gnutella.topology;

import java.util.Arrays;

/**
 * Turns an edge array into a {@link Topology}: counts degrees, places both directions of every
 * non-loop edge into one adjacency array, sorts each node's range and squeezes out repeats. Each
 * repeated undirected link leaves one repeat in each endpoint's range, so the repeats removed are
 * twice the duplicates dropped. Memory: the final arrays plus one int per node.
 */
final class CsrAssembly {
    private CsrAssembly() {
    }

    static Topology assemble(int nodes, long[] labels, int[] u, int[] v, int count) {
        if (nodes < 0) {
            throw new IllegalArgumentException("nodes must be >= 0, got " + nodes);
        }
        if (count < 0 || count > u.length || count > v.length) {
            throw new IllegalArgumentException("edge count must be 0.." + Math.min(u.length, v.length) + " (the arrays' length), got " + count);
        }
        if (count > Topology.MAX_LINKS) {
            throw new IllegalArgumentException("at most " + Topology.MAX_LINKS + " edges fit a topology, got " + count);
        }
        if (labels != null) {
            checkLabels(labels);
        }
        int[] offsets = new int[nodes + 1];
        long selfLoops = 0;
        for (int i = 0; i < count; i++) {
            checkEndpoint(u[i], nodes, i, "u");
            checkEndpoint(v[i], nodes, i, "v");
            if (u[i] == v[i]) {
                selfLoops++;
            } else {
                offsets[u[i] + 1]++;
                offsets[v[i] + 1]++;
            }
        }
        for (int w = 0; w < nodes; w++) {
            offsets[w + 1] += offsets[w];
        }
        int[] adjacency = new int[offsets[nodes]];
        int[] next = Arrays.copyOf(offsets, nodes);
        for (int i = 0; i < count; i++) {
            if (u[i] != v[i]) {
                adjacency[next[u[i]]++] = v[i];
                adjacency[next[v[i]]++] = u[i];
            }
        }
        long repeats = squeeze(offsets, adjacency);
        int[] compact = repeats == 0 ? adjacency : Arrays.copyOf(adjacency, offsets[nodes]);
        return new Topology(offsets, compact, isIdentity(labels) ? null : labels, selfLoops, repeats / 2);
    }

    /** Sorts every node's range and removes repeats, moving ranges down; rewrites offsets; returns the repeats. */
    private static long squeeze(int[] offsets, int[] adjacency) {
        int nodes = offsets.length - 1;
        int write = 0;
        long repeats = 0;
        int start = offsets[0];
        for (int w = 0; w < nodes; w++) {
            int end = offsets[w + 1];
            Arrays.sort(adjacency, start, end);
            offsets[w] = write;
            for (int k = start; k < end; k++) {
                if (k > start && adjacency[k] == adjacency[k - 1]) {
                    repeats++;
                } else {
                    adjacency[write++] = adjacency[k];
                }
            }
            start = end;
        }
        offsets[nodes] = write;
        return repeats;
    }

    private static void checkEndpoint(int w, int nodes, int edge, String name) {
        if (w < 0 || w >= nodes) {
            throw new IllegalArgumentException("edge " + edge + ": endpoint " + name + " must be a node 0.." + (nodes - 1)
                    + ", got " + w);
        }
    }

    private static void checkLabels(long[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || (i > 0 && labels[i] <= labels[i - 1])) {
                throw new IllegalArgumentException("labels must be non-negative and strictly ascending; label " + i
                        + " is " + labels[i] + (i > 0 ? " after " + labels[i - 1] : ""));
            }
        }
    }

    private static boolean isIdentity(long[] labels) {
        if (labels == null) {
            return true;
        }
        // strictly ascending non-negative labels are 0..n-1 exactly when the last is n-1
        return labels.length == 0 || labels[labels.length - 1] == labels.length - 1;
    }
}
