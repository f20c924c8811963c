package org.swarmsim.gnutella;

import java.util.Arrays;
import org.swarmsim.sim.random.RandomStream;

/**
 * Who holds what: the query distribution over objects and the replica allocations of Cohen &amp;
 * Shenker ("Replication strategies in unstructured peer-to-peer networks", SIGCOMM 2002). With
 * {@code R} replicas over {@code N} servents ({@code rho = R / N}) and random probing, the expected
 * search size of object {@code i} is {@code N / r_i}; uniform ({@code r_i = R / m}) and
 * proportional ({@code r_i = R q_i}) allocation both give {@code m / rho}, square-root allocation
 * ({@code r_i ~ sqrt(q_i)}) the optimum {@code (sum sqrt(q_i))^2 / rho}.
 */
public final class Replication {
    private Replication() {
    }

    /** Query probabilities of {@code m} objects: uniform, or Zipf {@code q_i ~ 1 / (i + 1)^exponent}. */
    public static double[] queryDistribution(int m, boolean zipf, double exponent) {
        double[] q = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            q[i] = zipf ? 1 / StrictMath.pow(i + 1, exponent) : 1;
            sum += q[i];
        }
        for (int i = 0; i < m; i++) {
            q[i] /= sum;
        }
        return q;
    }

    /**
     * Replica counts for {@code total} replicas: weights 1 ({@code uniform}), {@code q_i}
     * ({@code proportional}) or {@code sqrt(q_i)} ({@code square_root}), apportioned by largest
     * remainder (ties to the lower index) and capped at {@code maxPerObject} (the excess goes to
     * the next largest remainders).
     */
    public static long[] allocate(double[] q, String allocation, long total, int maxPerObject) {
        int m = q.length;
        if (total < 0 || total > (long) m * maxPerObject) {
            throw new IllegalArgumentException("total replicas must be 0.." + ((long) m * maxPerObject) + " (given " + total + ")");
        }
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            w[i] = switch (allocation) {
                case "uniform" -> 1;
                case "proportional" -> q[i];
                case "square_root" -> Math.sqrt(q[i]);
                default -> throw new IllegalArgumentException("unknown allocation " + allocation
                        + " (allowed: uniform, proportional, square_root)");
            };
        }
        double[] x = new double[m];              // exact shares, water-filled under the cap
        boolean[] capped = new boolean[m];
        double left = total;
        for (boolean changed = true; changed; ) {
            changed = false;
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += capped[i] ? 0 : w[i];
            }
            for (int i = 0; i < m; i++) {
                if (!capped[i]) {
                    x[i] = sum > 0 ? left * w[i] / sum : 0;
                }
            }
            for (int i = 0; i < m; i++) {
                if (!capped[i] && x[i] > maxPerObject) {
                    capped[i] = true;
                    x[i] = maxPerObject;
                    left -= maxPerObject;
                    changed = true;
                }
            }
        }
        long[] r = new long[m];
        long given = 0;
        for (int i = 0; i < m; i++) {
            r[i] = (long) Math.floor(x[i] + 1e-9);
            given += r[i];
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            double fa = x[a] - r[a];
            double fb = x[b] - r[b];
            return fa != fb ? Double.compare(fb, fa) : Integer.compare(a, b);
        });
        for (int k = 0; given < total; k = (k + 1) % m) {
            int i = order[k];
            if (r[i] < maxPerObject) {
                r[i]++;
                given++;
            }
        }
        return r;
    }

    /** Expected search size {@code sum q_i N / r_i} under random probing ({@code +inf} if a queried object has no replica). */
    public static double expectedSearchSize(double[] q, long[] r, int nodes) {
        double s = 0;
        for (int i = 0; i < q.length; i++) {
            if (q[i] > 0) {
                s += r[i] == 0 ? Double.POSITIVE_INFINITY : q[i] * nodes / r[i];
            }
        }
        return s;
    }

    /**
     * Places {@code r[i]} replicas of each object on distinct servents chosen uniformly among
     * {@code nodes}; returns each servent's library, ascending.
     */
    public static int[][] place(long[] r, int nodes, RandomStream random) {
        int[] count = new int[nodes];
        int[][] holders = new int[r.length][];
        int[] pool = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            pool[i] = i;
        }
        for (int o = 0; o < r.length; o++) {
            int k = (int) r[o];
            holders[o] = new int[k];
            for (int j = 0; j < k; j++) {              // partial Fisher-Yates: the first k of a shuffle
                int pick = j + random.nextInt(nodes - j);
                int t = pool[j];
                pool[j] = pool[pick];
                pool[pick] = t;
                holders[o][j] = pool[j];
                count[pool[j]]++;
            }
        }
        int[][] libraries = new int[nodes][];
        for (int i = 0; i < nodes; i++) {
            libraries[i] = new int[count[i]];
        }
        int[] fill = new int[nodes];
        for (int o = 0; o < r.length; o++) {
            for (int h : holders[o]) {
                libraries[h][fill[h]++] = o;
            }
        }
        return libraries;
    }
}
