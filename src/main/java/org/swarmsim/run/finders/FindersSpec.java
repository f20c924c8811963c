package org.swarmsim.run.finders;

import java.util.List;
import java.util.Objects;
import org.swarmsim.finders.FinderConfig;
import org.swarmsim.scenario.ChurnSpec;
import org.swarmsim.scenario.FailureSpec;

/**
 * The {@code finders} section of a {@code kind: finders} scenario: of {@code nodes} nodes a
 * {@code fraction} are finders (elected at random or by upload capacity), arranged by a routing
 * geometry; the other nodes are peers, each a member of one of {@code swarms} swarms (Zipf
 * popularity), joining at random times over the warm-up: they attach to finders and register with
 * their swarm's home. Then the workload: searches of swarms (from random attached peers, swarms by
 * the same popularity) or locates of random keys (from random finders), as a Poisson process; with
 * churn of finders and of peers from the workload's start, and failures of finders at given times
 * into it.
 *
 * @param nodes       all nodes, finders and peers (>= 1)
 * @param fraction    the share of them that are finders, in (0, 1]
 * @param election    {@code random} or {@code capacity} (the nodes with the most upload capacity)
 * @param geometry    a name in {@code Geometries}
 * @param links       the geometry's link count (see {@code GeometryParams})
 * @param exponent    Kleinberg's r
 * @param config      the finders' and peers' protocol parameters
 * @param swarms      how many swarms (>= 1)
 * @param popularity  the Zipf exponent of swarm popularity (0: uniform)
 * @param warmupNanos peers join uniformly over [0, warmup); the workload starts at its end
 * @param workload    the searches
 * @param churn       finders' session and offline durations, or null
 * @param peerChurn   peers' session and offline durations, or null
 * @param failures    at given times into the workload, a share of the online finders fails for good
 */
public record FindersSpec(int nodes, double fraction, String election, String geometry, int links, double exponent,
                          FinderConfig config, int swarms, double popularity, long warmupNanos, Workload workload,
                          ChurnSpec churn, ChurnSpec peerChurn, List<FailureSpec> failures) {
    public FindersSpec {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(workload, "workload");
        failures = List.copyOf(failures);
        if (nodes < 1 || !(fraction > 0 && fraction <= 1) || links < 1 || !(exponent >= 0) || swarms < 1
                || !(popularity >= 0) || warmupNanos < 0) {
            throw new IllegalArgumentException("invalid finders section");
        }
    }

    /** Finders among the nodes: round(nodes x fraction), at least 1. */
    public int finders() {
        return finderCount(nodes, fraction);
    }

    static int finderCount(int nodes, double fraction) {
        return (int) Math.max(1, Math.min(nodes, Math.round(nodes * fraction)));
    }

    /** Peers: the other nodes. */
    public int peers() {
        return nodes - finders();
    }

    /** The end of the workload: the scenario's duration. */
    public long workloadEndNanos() {
        return Math.addExact(warmupNanos, workload.durationNanos());
    }

    /**
     * What the workload asks: {@code swarms} (searches from peers) or {@code keys} (locates from finders).
     *
     * @param perSecond     searches started per second (Poisson), > 0
     * @param durationNanos how long
     */
    public record Workload(String target, double perSecond, long durationNanos) {
        public Workload {
            if (!(perSecond > 0) || durationNanos <= 0 || !(target.equals("swarms") || target.equals("keys"))) {
                throw new IllegalArgumentException("a workload needs target swarms or keys, a rate > 0 and a duration > 0");
            }
        }

        public boolean swarms() {
            return target.equals("swarms");
        }
    }
}
