package org.swarmsim.sweep;

/**
 * Slice {@code k} of {@code n} of a sweep's task list ({@code --shard K/N}, 1 <= K <= N): task
 * {@code i} (0-based, in {@link SweepPlan} order) belongs to shard {@code (i mod N) + 1}. Round
 * robin rather than contiguous blocks, so every shard gets a share of every grid point and shards
 * take about equally long even when one point is slower than the others.
 *
 * @param k the shard, 1..n
 * @param n the number of shards, >= 1
 */
public record Shard(int k, int n) {
    /** Requires 1 <= k <= n. */
    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("--shard " + k + "/" + n + ": K must be 1.." + Math.max(n, 1)
                    + " and N >= 1 (K/N, e.g. --shard 2/3 for the second of three)");
        }
    }

    /**
     * Parses {@code K/N}.
     *
     * @throws IllegalArgumentException saying what is allowed if the text is not K/N with 1 <= K <= N
     */
    public static Shard parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash > 0 && slash < t.length() - 1) {
            try {
                int k = Integer.parseInt(t.substring(0, slash));
                int n = Integer.parseInt(t.substring(slash + 1));
                if (n < 1) {
                    throw new IllegalArgumentException("--shard " + text + ": N must be >= 1 (K/N with 1 <= K <= N, e.g. --shard 2/3)");
                }
                if (k < 1 || k > n) {
                    throw new IllegalArgumentException("--shard " + text + ": K must be 1.." + n
                            + " for N = " + n + " (K/N with 1 <= K <= N, e.g. --shard 2/3)");
                }
                return new Shard(k, n);
            } catch (NumberFormatException e) {
                // fall through to the general message
            }
        }
        throw new IllegalArgumentException("--shard " + text + ": expected K/N with whole numbers 1 <= K <= N, e.g. --shard 2/3");
    }

    /** True if task {@code index} belongs to this shard. */
    public boolean owns(int index) {
        return index % n == k - 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
