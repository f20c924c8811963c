package org.swarmsim.gnutella;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.LatencyModel;
import org.swarmsim.net.Network;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A test fixture: servents on a graph given as adjacency lists, connected at time 0, with a
 * counting observer; plus an independent brute force (BFS) for the counts a flood must give.
 */
final class SmallOverlay {
    final Simulation sim = new Simulation();
    final Network network;
    final Servent[] servents;
    final int[][] adjacency;
    final Counts counts = new Counts();

    /** What the observer counted for search 0 (the only measured search of these tests). */
    static final class Counts implements ServentObserver {
        long queries;
        long hitMessages;
        long reached;
        long duplicates;
        long hits;
        final List<Integer> hitHops = new ArrayList<>();

        @Override
        public void sent(Servent from, org.swarmsim.net.Connection connection, Routed m) {
            if (m.descriptor() instanceof org.swarmsim.gnutella.wire.Query) {
                queries++;
            } else if (m.descriptor() instanceof org.swarmsim.gnutella.wire.QueryHit) {
                hitMessages++;
            }
        }

        @Override
        public void queryReceived(Servent at, Routed m, boolean first) {
            if (first) {
                reached++;
            } else {
                duplicates++;
            }
        }

        @Override
        public void hitArrived(Servent requester, Routed hit) {
            hits++;
            hitHops.add(hit.descriptor().hops() + 1);
        }
    }

    SmallOverlay(int[][] adjacency, GnutellaConfig config, int[][] libraries) {
        this(adjacency, config, libraries, new ConstantLatency(SimTime.millis(50)));
    }

    SmallOverlay(int[][] adjacency, GnutellaConfig config, int[][] libraries, LatencyModel latency) {
        this.adjacency = adjacency;
        network = new Network(sim, latency);
        Datagrams datagrams = new Datagrams(network);
        int n = adjacency.length;
        servents = new Servent[n];
        RandomStreams streams = new RandomStreams(7);
        Catalogue catalogue = new Catalogue(10, 1000);
        for (int i = 0; i < n; i++) {
            servents[i] = new Servent(i, network.addNode("s" + i, 1L << 30, 1L << 30), Role.PEER, config, catalogue,
                    libraries == null ? new int[0] : libraries[i], network, datagrams, null, counts,
                    streams.stream("servent", i));
        }
        for (int i = 0; i < n; i++) {
            servents[i].setLimits(adjacency[i].length, adjacency[i].length, 0);
            for (int j : adjacency[i]) {
                if (j > i) {
                    servents[i].connectTo(servents[j]);
                }
            }
        }
        sim.run(SimTime.seconds(1));
    }

    /** Runs until nothing is left to do. */
    void settle() {
        sim.run();
    }

    int degree(int v) {
        return adjacency[v].length;
    }

    /** Hop distances from {@code s} by breadth-first search (-1: unreachable). */
    int[] distances(int s) {
        int[] d = new int[adjacency.length];
        Arrays.fill(d, -1);
        d[s] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : adjacency[v]) {
                if (d[w] < 0) {
                    d[w] = d[v] + 1;
                    queue.add(w);
                }
            }
        }
        return d;
    }

    // ---- graphs ---------------------------------------------------------------------------

    static int[][] ring(int n) {
        int[][] a = new int[n][];
        for (int i = 0; i < n; i++) {
            a[i] = sorted((i + 1) % n, (i + n - 1) % n);
        }
        return a;
    }

    static int[][] complete(int n) {
        int[][] a = new int[n][n - 1];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    a[i][k++] = j;
                }
            }
        }
        return a;
    }

    /** A binary tree of {@code n} nodes: node i's children are 2i+1 and 2i+2. */
    static int[][] binaryTree(int n) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int i = 1; i < n; i++) {
            adj.get(i).add((i - 1) / 2);
            adj.get((i - 1) / 2).add(i);
        }
        return toArrays(adj);
    }

    /** A rows x cols grid, or a torus. */
    static int[][] grid(int rows, int cols, boolean torus) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            adj.add(new ArrayList<>());
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int v = r * cols + c;
                if (c + 1 < cols || torus) {
                    link(adj, v, r * cols + (c + 1) % cols);
                }
                if (r + 1 < rows || torus) {
                    link(adj, v, ((r + 1) % rows) * cols + c);
                }
            }
        }
        return toArrays(adj);
    }

    private static void link(List<List<Integer>> adj, int a, int b) {
        if (a != b && !adj.get(a).contains(b)) {
            adj.get(a).add(b);
            adj.get(b).add(a);
        }
    }

    private static int[][] toArrays(List<List<Integer>> adj) {
        int[][] a = new int[adj.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = adj.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return a;
    }

    private static int[] sorted(int... v) {
        int[] c = v.clone();
        Arrays.sort(c);
        return c;
    }
}
