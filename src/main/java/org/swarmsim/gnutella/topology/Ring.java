package org.swarmsim.gnutella.topology;

/** The cycle on {@code n} nodes: node {@code i} is linked to {@code i - 1} and {@code i + 1} modulo {@code n}. */
public final class Ring {
    private Ring() {
    }

    /**
     * The ring of {@code n} nodes: {@code n} links, every degree 2.
     *
     * @throws IllegalArgumentException unless {@code n >= 3} (fewer nodes would need a self-loop or a repeated link)
     */
    public static Topology generate(int n) {
        if (n < 3) {
            throw new IllegalArgumentException("ring: n (nodes) must be >= 3, got " + n);
        }
        int[] u = new int[n];
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            u[i] = i;
            v[i] = i + 1 == n ? 0 : i + 1;
        }
        return Topology.fromEdges(n, u, v, n);
    }
}
