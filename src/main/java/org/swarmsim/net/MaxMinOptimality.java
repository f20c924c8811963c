package org.swarmsim.net;

/**
 * The max-min optimality certificate, checked from an allocator's rates alone: the allocation is
 * feasible (no resource carries more than its capacity) and every flow is at its cap or has a
 * bottleneck, a saturated resource on which no flow is faster. A feasible allocation with this
 * property is the max-min fair one.
 */
final class MaxMinOptimality {
    private MaxMinOptimality() {
    }

    /** @throws IllegalStateException naming the first resource or flow that violates the certificate */
    static void check(MaxMinAllocator allocator, double relativeTolerance) {
        int resources = allocator.resourceCount();
        int limit = allocator.flowIndexLimit();
        double[] used = new double[resources];
        double[] maxRate = new double[resources];
        for (int f = 0; f < limit; f++) {
            if (allocator.isLive(f)) {
                double rate = allocator.rate(f);
                for (int r : new int[] {allocator.flowUp(f), allocator.flowDown(f)}) {
                    used[r] += rate;
                    maxRate[r] = Math.max(maxRate[r], rate);
                }
            }
        }
        for (int r = 0; r < resources; r++) {
            if (used[r] > allocator.capacity(r) * (1 + relativeTolerance)) {
                throw new IllegalStateException("resource " + r + " carries " + used[r]
                        + " B/s over its capacity " + allocator.capacity(r));
            }
        }
        for (int f = 0; f < limit; f++) {
            if (!allocator.isLive(f)) {
                continue;
            }
            double rate = allocator.rate(f);
            if (rate >= allocator.flowCap(f) * (1 - relativeTolerance)) {
                continue;
            }
            boolean bottleneck = false;
            for (int r : new int[] {allocator.flowUp(f), allocator.flowDown(f)}) {
                if (used[r] >= allocator.capacity(r) * (1 - relativeTolerance)
                        && rate >= maxRate[r] * (1 - relativeTolerance)) {
                    bottleneck = true;
                }
            }
            if (!bottleneck) {
                throw new IllegalStateException("flow " + f + " at " + rate
                        + " B/s has no saturated resource on which it is the fastest");
            }
        }
    }
}
