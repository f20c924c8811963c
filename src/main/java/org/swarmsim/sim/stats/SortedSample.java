package org.swarmsim.sim.stats;

import java.util.Arrays;

/**
 * A sample of observations sorted ascending, for the statistics a summary reports: the mean
 * (summed in ascending order, a fixed order, so that it is the same on every run), nearest-rank
 * percentiles and the largest value. Empty samples give NaN.
 */
public final class SortedSample {
    private final double[] sorted;

    private SortedSample(double[] sorted) {
        this.sorted = sorted;
    }

    /** The first {@code count} values of {@code values}, sorted (the array is not kept). */
    public static SortedSample of(double[] values, int count) {
        double[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return new SortedSample(copy);
    }

    public int size() {
        return sorted.length;
    }

    /** The mean, NaN when empty. */
    public double mean() {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sorted.length == 0 ? Double.NaN : sum / sorted.length;
    }

    /** The nearest-rank percentile ({@link Percentiles#nearestRank}), NaN when empty. */
    public double percentile(double percent) {
        return Percentiles.nearestRank(sorted, percent);
    }

    /** The largest value, NaN when empty. */
    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
