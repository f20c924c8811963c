package org.swarmsim.gnutella.topology;

import java.util.Arrays;
import org.swarmsim.sim.random.RandomStream;

/**
 * The Barabasi-Albert preferential-attachment graph: start from a clique of {@code m + 1} nodes;
 * each further node links to {@code m} distinct earlier nodes, each chosen with probability
 * proportional to its degree. Drawn by picking uniformly among the endpoints of the links so far
 * (a node appears once per link it has) and rejecting a node already picked for this newcomer.
 * There are exactly {@code m (m + 1) / 2 + (n - m - 1) m} links and every degree is at least {@code m}.
 */
public final class BarabasiAlbert {
    private BarabasiAlbert() {
    }

    /**
     * The preferential-attachment graph of {@code n} nodes, {@code m} links per newcomer, drawn from {@code random}.
     *
     * @throws IllegalArgumentException unless {@code m >= 1} and {@code n >= m + 1} (the initial
     *     clique), and the links fit {@link Topology#MAX_LINKS}
     */
    public static Topology generate(int n, int m, RandomStream random) {
        if (m < 1) {
            throw new IllegalArgumentException("barabasi-albert: m (links per new node) must be >= 1, got " + m);
        }
        if (n < m + 1L) {
            throw new IllegalArgumentException("barabasi-albert: n (nodes) must be >= m + 1 = " + (m + 1L)
                    + " (the initial clique), got " + n);
        }
        long total = (long) m * (m + 1) / 2 + (long) (n - m - 1) * m;
        if (total > Topology.MAX_LINKS) {
            throw new IllegalArgumentException("barabasi-albert: n = " + n + ", m = " + m + " make " + total
                    + " links, more than a topology holds (" + Topology.MAX_LINKS + ")");
        }
        int links = (int) total;
        int[] u = new int[links];
        int[] v = new int[links];
        int[] endpoints = new int[2 * links];
        int e = 0;
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                u[e] = a;
                v[e] = b;
                endpoints[2 * e] = a;
                endpoints[2 * e + 1] = b;
                e++;
            }
        }
        int[] pickedBy = new int[n];
        Arrays.fill(pickedBy, -1);
        for (int t = m + 1; t < n; t++) {
            int filled = 2 * e;
            for (int k = 0; k < m; k++) {
                int target;
                do {
                    target = endpoints[random.nextInt(filled)];
                } while (pickedBy[target] == t);
                pickedBy[target] = t;
                u[e + k] = t;
                v[e + k] = target;
            }
            for (int k = 0; k < m; k++) {
                endpoints[2 * (e + k)] = t;
                endpoints[2 * (e + k) + 1] = v[e + k];
            }
            e += m;
        }
        return Topology.fromEdges(n, u, v, links);
    }
}
