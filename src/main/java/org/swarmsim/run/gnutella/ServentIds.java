package org.swarmsim.run.gnutella;

import org.swarmsim.gnutella.topology.Topology;

/**
 * The node ids of a run's servents, as the outputs and the scenario's {@code origins} and
 * {@code content.file} name them: the topology's labels (an edge list's own ids, or the indexes
 * {@code 0..nodes-1} of a generated graph), then the leaves of a two-tier overlay numbered after
 * the largest of them. Servent {@code i} of the run is the topology's node {@code i}, then leaf
 * {@code i - nodes}.
 *
 * @param graph  the topology when its labels are its own (an edge list, or any graph in a run);
 *               null for a generated graph not built yet, whose labels are its indexes
 * @param nodes  the topology's nodes
 * @param leaves the leaves after them (0 in a flat overlay)
 */
record ServentIds(Topology graph, int nodes, long leaves) {
    /** The id of servent {@code index}. */
    long label(int index) {
        if (index < nodes) {
            return graph == null ? index : graph.label(index);
        }
        return largestTopologyLabel() + 1 + (index - nodes);
    }

    /** The servent with id {@code label}, or -1 if there is none. */
    int index(long label) {
        int i = graph == null ? (label >= 0 && label < nodes ? (int) label : -1) : graph.indexOf(label);
        if (i >= 0) {
            return i;
        }
        long max = largestTopologyLabel();
        return label > max && label <= max + leaves ? (int) (nodes + (label - max - 1)) : -1;
    }

    boolean known(long label) {
        return index(label) >= 0;
    }

    /** What {@link #known} accepts, for messages. */
    String allowed() {
        return graph != null ? "the edge list's node ids" + (leaves > 0 ? " and the leaves after them" : "")
                : "0.." + (nodes + leaves - 1);
    }

    private long largestTopologyLabel() {
        return graph == null ? nodes - 1 : graph.label(nodes - 1);
    }
}
