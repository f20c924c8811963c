package org.swarmsim.gnutella.topology;

import java.util.Arrays;

/**
 * Breadth-first search over a topology's CSR arrays with one int queue of {@code nodes} slots: no
 * recursion, so it runs on graphs of millions of nodes.
 */
final class Traversal {
    private final int[] offsets;
    private final int[] adjacency;

    Traversal(int[] offsets, int[] adjacency) {
        this.offsets = offsets;
        this.adjacency = adjacency;
    }

    /** Hop distances from {@code source}; -1 where unreachable. */
    int[] distancesFrom(int source) {
        int[] distance = new int[offsets.length - 1];
        Arrays.fill(distance, -1);
        search(source, distance, new int[distance.length]);
        return distance;
    }

    /** Size of the largest connected component (0 for an empty graph). */
    int largestComponent() {
        int nodes = offsets.length - 1;
        int[] mark = new int[nodes];
        Arrays.fill(mark, -1);
        int[] queue = new int[nodes];
        int largest = 0;
        for (int s = 0; s < nodes; s++) {
            if (mark[s] < 0) {
                largest = Math.max(largest, search(s, mark, queue));
            }
        }
        return largest;
    }

    /** Breadth-first from {@code source}, writing hop counts into unmarked ({@code -1}) slots; returns nodes reached. */
    private int search(int source, int[] distance, int[] queue) {
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        distance[source] = 0;
        while (head < tail) {
            int w = queue[head++];
            int next = distance[w] + 1;
            for (int k = offsets[w]; k < offsets[w + 1]; k++) {
                int x = adjacency[k];
                if (distance[x] < 0) {
                    distance[x] = next;
                    queue[tail++] = x;
                }
            }
        }
        return tail;
    }
}
