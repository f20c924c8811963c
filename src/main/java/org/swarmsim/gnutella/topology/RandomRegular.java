package org.swarmsim.gnutella.topology;

import org.swarmsim.sim.random.RandomStream;

/**
 * A random simple d-regular graph, close to uniform: the configuration model (every node gets
 * {@code d} stubs, a shuffle pairs them up), then random switches. A switch takes link {@code a -- b}
 * and a uniformly chosen other link {@code c -- e} (either way round) and makes them
 * {@code a -- c, b -- e}, when neither new link is a self-loop or already present; it keeps every
 * degree. First each bad link (a self-loop or a repeat) is switched until it is fixed; a switch
 * creates no bad link, so one pass ends with a simple graph. Then {@value #MIXING_SWITCHES_PER_FIX}
 * switches of random links per repair follow: those are steps of the double-edge-swap Markov chain,
 * whose stationary law is uniform over simple d-regular graphs, and they remove the bias of the
 * repairs (measured on 2-regular graphs of 6 nodes, where 10 of the 70 graphs are two triangles:
 * about 1 draw in 11 without them, 1 in 7 with them, as uniform gives). A pairing that needs no
 * repair is a uniform simple graph as it stands; for large sparse graphs only a handful of links
 * need one ({@code (d - 1) / 2} self-loops and {@code (d - 1)^2 / 4} repeats expected), so 100,000
 * nodes of degree 4 take about a tenth of a second, 1,000,000 of degree 8 a few seconds. When {@code d > (n - 1) / 2} the result is the
 * complement of a random {@code (n - 1 - d)}-regular graph, which keeps the switching sparse. If no
 * repair succeeds for long (tiny, nearly complete cases) the pairing is drawn again.
 */
public final class RandomRegular {
    /** Random switches tried after the repairs, per repair: enough to wash out their bias (see the class comment). */
    static final int MIXING_SWITCHES_PER_FIX = 10;

    private RandomRegular() {
    }

    /**
     * A random simple {@code d}-regular graph on {@code n} nodes, drawn from {@code random}: every
     * degree is exactly {@code d}, there are {@code n d / 2} links.
     *
     * @throws IllegalArgumentException unless {@code n >= 1}, {@code 0 <= d < n}, {@code n d} is
     *     even, and the links fit {@link Topology#MAX_LINKS}
     */
    public static Topology generate(int n, int d, RandomStream random) {
        if (n < 1) {
            throw new IllegalArgumentException("random-regular: n (nodes) must be >= 1, got " + n);
        }
        if (d < 0 || d >= n) {
            throw new IllegalArgumentException("random-regular: d (degree) must be 0.." + (n - 1)
                    + " (below n = " + n + "), got " + d);
        }
        long stubs = (long) n * d;
        if (stubs % 2 != 0) {
            throw new IllegalArgumentException("random-regular: n * d must be even (each link has two ends), got "
                    + n + " * " + d + " = " + stubs);
        }
        if (stubs / 2 > Topology.MAX_LINKS) {
            throw new IllegalArgumentException("random-regular: n * d / 2 = " + stubs / 2
                    + " links, more than a topology holds (" + Topology.MAX_LINKS + ")");
        }
        if (2L * d > n - 1) {
            return complement(sparse(n, n - 1 - d, random));
        }
        return sparse(n, d, random);
    }

    private static Topology sparse(int n, int d, RandomStream random) {
        int links = (int) ((long) n * d / 2);
        int[] u = new int[links];
        int[] v = new int[links];
        while (!pairAndSwitch(n, d, random, u, v)) {
            // stuck: draw the pairing again from where the stream is now
        }
        return Topology.fromEdges(n, u, v, links);
    }

    /** One configuration-model pairing into {@code u, v} and the switches; false if the switches got stuck. */
    private static boolean pairAndSwitch(int n, int d, RandomStream random, int[] u, int[] v) {
        int links = u.length;
        int[] stubs = new int[2 * links];
        for (int i = 0; i < stubs.length; i++) {
            stubs[i] = i / d;
        }
        random.shuffle(stubs);
        LinkCounts counts = new LinkCounts(links);
        for (int e = 0; e < links; e++) {
            u[e] = stubs[2 * e];
            v[e] = stubs[2 * e + 1];
            if (u[e] != v[e]) {
                counts.add(u[e], v[e]);
            }
        }
        long budget = 100L * links + 10_000;   // failed switches allowed before drawing again
        long fixed = 0;
        for (int e = 0; e < links; e++) {
            while (u[e] == v[e] || counts.count(u[e], v[e]) > 1) {
                if (trySwitch(e, random, u, v, counts)) {
                    fixed++;
                } else if (--budget < 0) {
                    return false;
                }
            }
        }
        for (long s = MIXING_SWITCHES_PER_FIX * fixed; s > 0; s--) {
            trySwitch(random.nextInt(links), random, u, v, counts);
        }
        return true;
    }

    /** Switches bad link {@code e} with a random other link if that makes two new, simple links. */
    private static boolean trySwitch(int e, RandomStream random, int[] u, int[] v, LinkCounts counts) {
        int links = u.length;
        if (links < 2) {
            return false;
        }
        int f = random.nextInt(links - 1);
        f = f >= e ? f + 1 : f;
        boolean flip = random.nextBoolean();
        int a = u[e];
        int b = v[e];
        int c = flip ? v[f] : u[f];
        int x = flip ? u[f] : v[f];
        boolean simple = a != c && b != x && counts.count(a, c) == 0 && counts.count(b, x) == 0
                && !(a == b && c == x) && !(a == x && b == c);
        if (!simple) {
            return false;
        }
        if (a != b) {
            counts.remove(a, b);
        }
        if (c != x) {
            counts.remove(c, x);
        }
        counts.add(a, c);
        counts.add(b, x);
        u[e] = a;
        v[e] = c;
        u[f] = b;
        v[f] = x;
        return true;
    }

    /** The graph on the same nodes whose links are exactly the pairs {@code t} does not link. */
    private static Topology complement(Topology t) {
        int n = t.nodes();
        long links = (long) n * (n - 1) / 2 - t.links();
        int[] u = new int[(int) links];
        int[] v = new int[(int) links];
        int e = 0;
        for (int a = 0; a < n; a++) {
            int k = 0;
            int degree = t.degree(a);
            while (k < degree && t.neighbor(a, k) <= a) {
                k++;
            }
            for (int b = a + 1; b < n; b++) {
                if (k < degree && t.neighbor(a, k) == b) {
                    k++;
                } else {
                    u[e] = a;
                    v[e++] = b;
                }
            }
        }
        return Topology.fromEdges(n, u, v, e);
    }
}
