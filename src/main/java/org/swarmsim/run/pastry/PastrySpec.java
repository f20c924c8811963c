package org.swarmsim.run.pastry;

import java.util.List;
import java.util.Objects;
import org.swarmsim.pastry.PastryConfig;
import org.swarmsim.scenario.ChurnSpec;

/**
 * The {@code pastry} section of a {@code kind: pastry} scenario: {@code nodes} Pastry nodes join
 * one every {@code join_interval}, each starting from the nearest (by latency) of
 * {@code bootstrap_candidates} random nodes that have joined; after the last join and
 * {@code settle}, the workload runs for its duration (lookups of random keys, and optionally
 * inserts and gets of stored values, as Poisson processes from random joined nodes), with churn
 * from its start if configured, and failures at given times into it.
 *
 * @param nodes               network size, >= 1
 * @param config              the nodes' parameters
 * @param joinIntervalNanos   time between two joins (> 0)
 * @param settleNanos         quiet time between the last join and the workload (>= 0)
 * @param bootstrapCandidates how many joined nodes a joiner considers to find a nearby one (>= 1)
 * @param workload            what the nodes are asked to do
 * @param churn               session and offline durations (from the workload's start), or null
 * @param failures            silent failures of a fraction of the online nodes at given times
 */
public record PastrySpec(int nodes, PastryConfig config, long joinIntervalNanos, long settleNanos,
                         int bootstrapCandidates, Workload workload, ChurnSpec churn, List<Failure> failures) {
    public PastrySpec {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(workload, "workload");
        failures = List.copyOf(failures);
        if (nodes < 1 || joinIntervalNanos <= 0 || settleNanos < 0 || bootstrapCandidates < 1) {
            throw new IllegalArgumentException("need nodes >= 1, join_interval > 0, settle >= 0, bootstrap_candidates >= 1");
        }
    }

    /**
     * Poisson processes of lookups (random keys), inserts (random keys, {@code valueBytes} each) and
     * gets (keys inserted before, chosen at random) for {@code durationNanos}; rates may be 0.
     */
    public record Workload(double lookupsPerSecond, double insertsPerSecond, double getsPerSecond, long durationNanos,
                           int valueBytes) {
        public Workload {
            if (!(lookupsPerSecond >= 0) || !(insertsPerSecond >= 0) || !(getsPerSecond >= 0) || durationNanos <= 0
                    || valueBytes < 0) {
                throw new IllegalArgumentException("workload rates must be >= 0, its duration > 0 and value_bytes >= 0");
            }
        }
    }

    /** At {@code atNanos} after the workload's start, {@code fraction} of the online nodes fail silently, for good. */
    public record Failure(long atNanos, double fraction) {
        public Failure {
            if (atNanos < 0 || !(fraction >= 0 && fraction < 1)) {
                throw new IllegalArgumentException("a failure needs at >= 0 and a fraction in [0, 1), given at="
                        + atNanos + " fraction=" + fraction);
            }
        }
    }

    /** When the workload (and churn) start: the last join plus {@code settle}. */
    public long workloadStartNanos() {
        return Math.addExact(Math.multiplyExact((long) (nodes - 1), joinIntervalNanos), settleNanos);
    }

    /** The end of the workload: the scenario's duration. */
    public long workloadEndNanos() {
        return Math.addExact(workloadStartNanos(), workload.durationNanos());
    }
}
