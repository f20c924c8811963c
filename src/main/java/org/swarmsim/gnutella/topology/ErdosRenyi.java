package org.swarmsim.gnutella.topology;

import org.swarmsim.sim.random.RandomStream;

/**
 * The Erdos-Renyi random graph G(n, m): {@code m} distinct links chosen uniformly at random among
 * the {@code n (n - 1) / 2} pairs of nodes. Pairs are drawn uniformly and repeats rejected; when
 * more than half the pairs are wanted, the pairs left out are drawn instead, so the expected number
 * of draws stays below twice the number of links.
 */
public final class ErdosRenyi {
    private ErdosRenyi() {
    }

    /**
     * G(n, m), drawn from {@code random}.
     *
     * @throws IllegalArgumentException unless {@code n >= 1} and {@code 0 <= m <= n (n - 1) / 2}
     *     (and {@code m <=} {@link Topology#MAX_LINKS})
     */
    public static Topology generate(int n, long m, RandomStream random) {
        if (n < 1) {
            throw new IllegalArgumentException("erdos-renyi: n (nodes) must be >= 1, got " + n);
        }
        long pairs = (long) n * (n - 1) / 2;
        long most = Math.min(pairs, Topology.MAX_LINKS);
        if (m < 0 || m > most) {
            throw new IllegalArgumentException("erdos-renyi: m (links) must be 0.." + most + " for n = " + n
                    + (most < pairs ? " (the most a topology holds)" : " (n (n - 1) / 2)") + ", got " + m);
        }
        int links = (int) m;
        int[] u = new int[links];
        int[] v = new int[links];
        if (2 * m <= pairs) {
            draw(n, links, random, u, v);
        } else {
            LinkCounts left = draw(n, (int) (pairs - m), random, null, null);
            int e = 0;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (left.count(a, b) == 0) {
                        u[e] = a;
                        v[e++] = b;
                    }
                }
            }
        }
        return Topology.fromEdges(n, u, v, links);
    }

    /** Draws {@code count} distinct pairs uniformly, storing them in {@code u, v} when given. */
    private static LinkCounts draw(int n, int count, RandomStream random, int[] u, int[] v) {
        LinkCounts chosen = new LinkCounts(count);
        int e = 0;
        while (e < count) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && chosen.count(a, b) == 0) {
                chosen.add(a, b);
                if (u != null) {
                    u[e] = a;
                    v[e] = b;
                }
                e++;
            }
        }
        return chosen;
    }
}
