package org.swarmsim.sim.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentiles by the <b>nearest-rank</b> definition: the p-th percentile of n values sorted
 * ascending is the value at 1-based rank {@code max(1, ceil(p / 100 * n))}, so it is always one of
 * the observed values.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The nearest-rank percentile of values sorted ascending; NaN for an empty array.
     *
     * @param percent in [0, 100]
     */
    public static double nearestRank(double[] sortedAscending, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percent);
        }
        int n = sortedAscending.length;
        if (n == 0) {
            return Double.NaN;
        }
        // Exact decimal arithmetic avoids 0.95 * 20 = 19.000000000000004 -> rank 20.
        long rank = new BigDecimal(percent)
                .multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        rank = Math.max(1, Math.min(n, rank));
        return sortedAscending[(int) rank - 1];
    }
}
