package org.swarmsim.net;

import java.util.Arrays;

/**
 * The textbook progressive-filling algorithm, written as plainly as possible to serve as the
 * reference for {@link MaxMinAllocator}: raise every unfrozen flow by the largest common increment
 * that saturates no resource beyond its capacity and passes no cap, freeze the flows of saturated
 * resources and capped flows, repeat. O(rounds x (flows + resources)).
 */
final class ReferenceProgressiveFilling {
    private ReferenceProgressiveFilling() {
    }

    /**
     * @param capacity resource capacities
     * @param up       first resource of each flow
     * @param down     second resource of each flow
     * @param cap      each flow's cap (positive infinity for none)
     * @return the max-min fair rate of each flow
     */
    static double[] solve(double[] capacity, int[] up, int[] down, double[] cap) {
        int flows = up.length;
        double[] rate = new double[flows];
        boolean[] frozen = new boolean[flows];
        double[] residual = capacity.clone();
        int remaining = flows;
        while (remaining > 0) {
            int[] count = new int[capacity.length];
            for (int f = 0; f < flows; f++) {
                if (!frozen[f]) {
                    count[up[f]]++;
                    count[down[f]]++;
                }
            }
            double increment = Double.POSITIVE_INFINITY;
            for (int r = 0; r < capacity.length; r++) {
                if (count[r] > 0) {
                    increment = Math.min(increment, residual[r] / count[r]);
                }
            }
            for (int f = 0; f < flows; f++) {
                if (!frozen[f]) {
                    increment = Math.min(increment, cap[f] - rate[f]);
                }
            }
            increment = Math.max(0, increment);
            for (int f = 0; f < flows; f++) {
                if (!frozen[f]) {
                    rate[f] += increment;
                    residual[up[f]] -= increment;
                    residual[down[f]] -= increment;
                }
            }
            boolean[] saturated = new boolean[capacity.length];
            for (int r = 0; r < capacity.length; r++) {
                saturated[r] = count[r] > 0 && residual[r] <= 1e-12 * capacity[r];
            }
            for (int f = 0; f < flows; f++) {
                if (!frozen[f] && (saturated[up[f]] || saturated[down[f]] || rate[f] >= cap[f] * (1 - 1e-15))) {
                    frozen[f] = true;
                    remaining--;
                }
            }
        }
        return rate;
    }

    /** Same, for the live flows of an allocator; the result is indexed by flow index (NaN where none). */
    static double[] solve(MaxMinAllocator allocator) {
        double[] capacity = new double[allocator.resourceCount()];
        for (int r = 0; r < capacity.length; r++) {
            capacity[r] = allocator.capacity(r);
        }
        int limit = allocator.flowIndexLimit();
        int[] index = new int[limit];
        int n = 0;
        for (int f = 0; f < limit; f++) {
            if (allocator.isLive(f)) {
                index[n++] = f;
            }
        }
        int[] up = new int[n];
        int[] down = new int[n];
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            up[i] = allocator.flowUp(index[i]);
            down[i] = allocator.flowDown(index[i]);
            cap[i] = allocator.flowCap(index[i]);
        }
        double[] rates = solve(capacity, up, down, cap);
        double[] byFlow = new double[limit];
        Arrays.fill(byFlow, Double.NaN);
        for (int i = 0; i < n; i++) {
            byFlow[index[i]] = rates[i];
        }
        return byFlow;
    }
}
