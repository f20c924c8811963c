package org.swarmsim.bittorrent.tex;

import org.swarmsim.sim.SimTime;

/**
 * How peers exchange trackers.
 *
 * @param intervalNanos     least time between two messages to the same remote, &gt; 0
 * @param maxUrlsPerMessage most URLs a sender puts in a message (the rest wait for the next one) and
 *                          a receiver takes from one (it ignores and counts the rest), &ge; 1
 */
public record TexConfig(long intervalNanos, int maxUrlsPerMessage) {
    public TexConfig {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("lt_tex interval must be > 0, got " + intervalNanos + " ns");
        }
        if (maxUrlsPerMessage < 1) {
            throw new IllegalArgumentException("lt_tex URLs per message must be >= 1, got " + maxUrlsPerMessage);
        }
    }

    /** libtorrent's {@code lt_tex}: a message every 2 minutes at most; here at most 100 URLs in it. */
    public static TexConfig defaults() {
        return new TexConfig(SimTime.minutes(2), 100);
    }

    /** This configuration with another sending interval. */
    public TexConfig withInterval(long nanos) {
        return new TexConfig(nanos, maxUrlsPerMessage);
    }

    /** This configuration with another cap on URLs per message. */
    public TexConfig withMaxUrlsPerMessage(int urls) {
        return new TexConfig(intervalNanos, urls);
    }
}
