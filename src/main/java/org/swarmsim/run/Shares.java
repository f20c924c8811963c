package org.swarmsim.run;

import org.swarmsim.sim.random.RandomStream;

/**
 * Shares made exact: n items (peers, DHT nodes) assigned to categories (capacity classes,
 * behaviours) in exact proportion, then shuffled, so a 10% share is 10% of the items, not 10% on
 * average.
 */
public final class Shares {
    private Shares() {
    }

    /**
     * Assigns n items to categories in exact proportion to {@code shares} (largest-remainder
     * rounding, ties to the earlier category), in a random order.
     */
    public static int[] shuffledAssignment(double[] shares, int n, RandomStream rng) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        int[] counts = new int[shares.length];
        double[] remainders = new double[shares.length];
        int assigned = 0;
        for (int k = 0; k < shares.length; k++) {
            double exact = n * shares[k] / total;
            counts[k] = (int) Math.floor(exact);
            remainders[k] = exact - counts[k];
            assigned += counts[k];
        }
        while (assigned < n) {
            int best = 0;
            for (int k = 1; k < shares.length; k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        int[] out = new int[n];
        int i = 0;
        for (int k = 0; k < counts.length; k++) {
            for (int j = 0; j < counts[k]; j++) {
                out[i++] = k;
            }
        }
        rng.shuffle(out);
        return out;
    }
}
