package org.swarmsim.bittorrent.choker;

/**
 * Sliding-window byte counter: the bytes counted in the last {@code windowNanos}, kept in
 * {@code buckets} per-interval buckets (a ring), so adding and reading are O(1) amortised and
 * allocation-free (the ring is allocated when bytes are first counted; a meter that has counted
 * nothing in the window skips the ring when time moves on).
 *
 * <p>The window is the current bucket plus the {@code buckets - 1} before it, so it covers between
 * {@code (buckets - 1) / buckets} and all of {@code windowNanos}: with the defaults (20 s in 20
 * buckets) a rate is at most one second stale. Time must not go backwards.
 */
public final class RateMeter {
    private final long bucketNanos;
    private final long windowNanos;
    private final int buckets;
    /** Allocated when bytes are first counted: many meters never count any (a seed's download side). */
    private long[] counts;
    /** Absolute index (time / bucketNanos) of the newest bucket. */
    private long newestBucket = Long.MIN_VALUE;
    /** Start time of the newest bucket and its place in the ring (so the common case needs no division). */
    private long newestStartNanos;
    private int newestIndex;
    private long sum;

    /** A meter over {@code windowNanos} with {@code buckets} buckets ({@code windowNanos % buckets == 0}). */
    public RateMeter(long windowNanos, int buckets) {
        if (windowNanos <= 0 || buckets <= 0 || windowNanos % buckets != 0) {
            throw new IllegalArgumentException("windowNanos must be a positive multiple of buckets, were "
                    + windowNanos + " and " + buckets);
        }
        this.windowNanos = windowNanos;
        this.bucketNanos = windowNanos / buckets;
        this.buckets = buckets;
    }

    /** The BitTorrent convention: a 20-second window in one-second buckets. */
    public static RateMeter twentySeconds() {
        return new RateMeter(20_000_000_000L, 20);
    }

    /** Counts {@code bytes} transferred at {@code nowNanos}. */
    public void add(long nowNanos, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
        }
        advance(nowNanos);
        if (bytes == 0) {
            return;
        }
        if (counts == null) {
            counts = new long[buckets];
        }
        counts[newestIndex] += bytes;
        sum += bytes;
    }

    /** Bytes counted in the window ending at {@code nowNanos}. */
    public long bytesInWindow(long nowNanos) {
        advance(nowNanos);
        return sum;
    }

    /** {@link #bytesInWindow} divided by the window length in seconds. */
    public double bytesPerSecond(long nowNanos) {
        return bytesInWindow(nowNanos) / (windowNanos / 1e9);
    }

    /** The window length. */
    public long windowNanos() {
        return windowNanos;
    }

    private void advance(long nowNanos) {
        if (newestBucket != Long.MIN_VALUE && nowNanos >= newestStartNanos
                && nowNanos - newestStartNanos < bucketNanos) {
            return;   // still in the newest bucket
        }
        long bucket = Math.floorDiv(nowNanos, bucketNanos);
        if (newestBucket == Long.MIN_VALUE) {
            setNewest(bucket);
            return;
        }
        if (bucket < newestBucket) {
            throw new IllegalArgumentException("time went backwards: " + nowNanos + " ns is before bucket "
                    + newestBucket + " (bucket width " + bucketNanos + " ns)");
        }
        long steps = bucket - newestBucket;
        if (sum != 0) {   // else every bucket is empty already (counts are never negative)
            if (steps >= buckets) {
                java.util.Arrays.fill(counts, 0);
                sum = 0;
            } else {
                for (long b = newestBucket + 1; b <= bucket; b++) {
                    int i = (int) Math.floorMod(b, (long) buckets);
                    sum -= counts[i];
                    counts[i] = 0;
                }
            }
        }
        setNewest(bucket);
    }

    private void setNewest(long bucket) {
        newestBucket = bucket;
        newestStartNanos = bucket * bucketNanos;
        newestIndex = (int) Math.floorMod(bucket, (long) buckets);
    }
}
