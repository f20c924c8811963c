package org.swarmsim.run.dhtlookups;

import org.swarmsim.kademlia.DhtConfig;
import org.swarmsim.scenario.ChurnSpec;

/**
 * The {@code dht} section of a {@code kind: dht_lookups} scenario: {@code nodes} Kademlia nodes
 * join one every {@code join_interval}; once all have joined, lookups of random ids start from
 * random online nodes as a Poisson process of {@code lookups_per_second} for
 * {@code lookup_duration}; with {@code churn}, every node alternates online sessions and offline
 * periods drawn from the two distributions from the moment the joins are over.
 *
 * @param nodes               network size, >= 2
 * @param k                   bucket size and lookup width (8 in BEP 5)
 * @param alpha               parallel queries per lookup (3)
 * @param termination         lookup stopping rule, a name of {@link DhtLookupReader#TERMINATIONS}
 * @param joinIntervalNanos   time between two joins (>= 0)
 * @param lookupsPerSecond    rate of the Poisson lookup process (> 0)
 * @param lookupDurationNanos how long lookups are started for (> 0)
 * @param churn               session and offline durations, or null for no churn (a node rejoins with
 *                            its id and old routing table)
 */
public record DhtLookupSpec(int nodes, int k, int alpha, String termination, long joinIntervalNanos,
                            double lookupsPerSecond, long lookupDurationNanos, ChurnSpec churn) {
    public static final int DEFAULT_K = DhtConfig.bep5().k();
    public static final int DEFAULT_ALPHA = DhtConfig.bep5().alpha();
    public static final long DEFAULT_JOIN_INTERVAL_NANOS = 100_000_000L;
    public static final double DEFAULT_LOOKUPS_PER_SECOND = 1.0;
    public static final long DEFAULT_LOOKUP_DURATION_NANOS = 10L * 60 * 1_000_000_000L;

    public DhtLookupSpec {
        if (nodes < 2 || k < 1 || alpha < 1) {
            throw new IllegalArgumentException("need nodes >= 2, k >= 1, alpha >= 1 (given nodes=" + nodes + ", k=" + k
                    + ", alpha=" + alpha + ")");
        }
        if (!DhtLookupsKind.TERMINATIONS.contains(termination)) {
            throw new IllegalArgumentException("termination must be one of " + DhtLookupsKind.TERMINATIONS.names()
                    + " (given " + termination + ")");
        }
        if (joinIntervalNanos < 0 || lookupDurationNanos <= 0 || !(lookupsPerSecond > 0) || Double.isInfinite(lookupsPerSecond)) {
            throw new IllegalArgumentException("need join_interval >= 0, lookup_duration > 0 and a finite lookups_per_second > 0");
        }
    }

    /** When the last node has joined and lookups (and churn) start: {@code nodes * join_interval}. */
    public long lookupsStartNanos() {
        return Math.multiplyExact((long) nodes, joinIntervalNanos);
    }

    /** The end of the lookup period: the scenario's duration. */
    public long lookupsEndNanos() {
        return Math.addExact(lookupsStartNanos(), lookupDurationNanos);
    }

    public boolean hasChurn() {
        return churn != null;
    }
}
