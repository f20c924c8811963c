package org.swarmsim.gnutella.topology;

/**
 * Strongly connected components of the directed graph of an {@link EdgeList}, by Tarjan's
 * algorithm run with an explicit call stack (no recursion: graphs have millions of nodes). Two
 * nodes share a component when each can reach the other along the arcs' directions.
 */
public final class StrongComponents {
    private StrongComponents() {
    }

    /** Number of nodes in the largest strongly connected component (0 for an empty list). */
    public static int largest(EdgeList arcs) {
        int n = arcs.nodes();
        int[] tails = arcs.tailIndexes();
        int[] heads = arcs.headIndexes();
        int[] offsets = new int[n + 1];
        for (int t : tails) {
            offsets[t + 1]++;
        }
        for (int w = 0; w < n; w++) {
            offsets[w + 1] += offsets[w];
        }
        int[] targets = new int[tails.length];
        int[] next = new int[n];   // first the fill position, then the next arc to explore
        System.arraycopy(offsets, 0, next, 0, n);
        for (int i = 0; i < tails.length; i++) {
            targets[next[tails[i]]++] = heads[i];
        }
        System.arraycopy(offsets, 0, next, 0, n);

        int[] order = new int[n];      // discovery number + 1; 0 = not yet visited
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];      // Tarjan's stack of visited nodes not yet in a component
        int[] calls = new int[n];      // the explicit depth-first call stack
        int stackTop = 0;
        int visited = 0;
        int largest = 0;
        for (int s = 0; s < n; s++) {
            if (order[s] != 0) {
                continue;
            }
            int depth = 0;
            order[s] = low[s] = ++visited;
            stack[stackTop++] = s;
            onStack[s] = true;
            calls[depth++] = s;
            while (depth > 0) {
                int w = calls[depth - 1];
                if (next[w] < offsets[w + 1]) {
                    int x = targets[next[w]++];
                    if (order[x] == 0) {
                        order[x] = low[x] = ++visited;
                        stack[stackTop++] = x;
                        onStack[x] = true;
                        calls[depth++] = x;
                    } else if (onStack[x]) {
                        low[w] = Math.min(low[w], order[x]);
                    }
                    continue;
                }
                depth--;
                if (low[w] == order[w]) {
                    int size = 0;
                    int x;
                    do {
                        x = stack[--stackTop];
                        onStack[x] = false;
                        size++;
                    } while (x != w);
                    largest = Math.max(largest, size);
                }
                if (depth > 0) {
                    int parent = calls[depth - 1];
                    low[parent] = Math.min(low[parent], low[w]);
                }
            }
        }
        return largest;
    }
}
