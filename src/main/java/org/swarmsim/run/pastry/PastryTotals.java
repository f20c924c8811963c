package org.swarmsim.run.pastry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.pastry.ExpectedFill;
import org.swarmsim.pastry.Traffic;
import org.swarmsim.run.RunFacts;
import org.swarmsim.sim.stats.SortedSample;

/**
 * The figures of a Pastry run's {@code summary.json}, computed once from its records: lookups
 * (operation {@code lookup}) give the routing figures, gets the store's; rates are fractions of
 * all lookups (delivered or not); hop figures are over the delivered ones. NaN where there is
 * nothing to measure.
 */
record PastryTotals(Counts counts, int lookups, int delivered, long successes, SortedSample hops,
                    Map<String, Long> histogram, SortedSample latenciesS, double rdpMean, long rareHops, long timeouts,
                    int inserts, int gets, long found, double tableMean, double leafMean, double neighbourMean,
                    RunFacts facts) {
    /**
     * The run's counters.
     *
     * @param nodeSeconds        joined-node seconds over the workload (for per-node rates)
     * @param workloadMessages   messages sent during the workload
     * @param workloadMaintenance maintenance messages sent during the workload
     */
    record Counts(int nodes, int b, int leafSet, int readyAtEnd, long joins, long joinRetries, long joinHops,
                  long[] messages, long[] bytes, double nodeSeconds, long workloadMessages, long workloadMaintenance,
                  long leafRepairs, long tableRepairsStarted, long tableRepairsDone, long foundDead, long storedInserted,
                  long storedReplicas, long dropped, long departures, long failed) {
        long messages(Traffic t) {
            return messages[t.ordinal()];
        }

        long messagesTotal() {
            return sum(messages);
        }

        long bytesTotal() {
            return sum(bytes);
        }
    }

    static PastryTotals of(PastryResult r, RunFacts facts) {
        List<LookupRecord> rows = r.lookups();
        int lookups = 0;
        int delivered = 0;
        long success = 0;
        long rare = 0;
        long timeouts = 0;
        int inserts = 0;
        int gets = 0;
        long found = 0;
        double rdpSum = 0;
        int rdpCount = 0;
        double[] hops = new double[rows.size()];
        double[] latencies = new double[rows.size()];
        int maxHops = 0;
        for (LookupRecord l : rows) {
            switch (l.operation()) {
                case "insert" -> inserts++;
                case "get" -> {
                    gets++;
                    found += l.found() == 1 ? 1 : 0;
                }
                default -> {
                }
            }
            if (!l.operation().equals("lookup")) {
                continue;
            }
            lookups++;
            rare += l.rareHops();
            timeouts += l.timeouts();
            if (!l.delivered()) {
                continue;
            }
            success += l.success() ? 1 : 0;
            hops[delivered] = l.hops();
            latencies[delivered] = l.latencyNanos() / 1e9;
            maxHops = Math.max(maxHops, l.hops());
            delivered++;
            double rdp = l.relativeDelayPenalty();
            if (!Double.isNaN(rdp)) {
                rdpSum += rdp;
                rdpCount++;
            }
        }
        Map<String, Long> histogram = new LinkedHashMap<>();
        long[] bins = new long[maxHops + 1];
        for (int i = 0; i < delivered; i++) {
            bins[(int) hops[i]]++;
        }
        for (int h = 0; h < bins.length && delivered > 0; h++) {
            histogram.put(Integer.toString(h), bins[h]);
        }
        long entries = 0;
        long leaves = 0;
        long neighbours = 0;
        int ready = 0;
        for (NodeRecord n : r.nodes()) {
            if (n.ready()) {
                ready++;
                entries += n.tableEntries();
                leaves += n.leafSetSize();
                neighbours += n.neighbours();
            }
        }
        return new PastryTotals(r.counts(), lookups, delivered, success, SortedSample.of(hops, delivered), histogram,
                SortedSample.of(latencies, delivered), rdpCount == 0 ? Double.NaN : rdpSum / rdpCount, rare, timeouts,
                inserts, gets, found, mean(entries, ready), mean(leaves, ready), mean(neighbours, ready), facts);
    }

    /** The sum of the counters. */
    static long sum(long[] counters) {
        long n = 0;
        for (long c : counters) {
            n += c;
        }
        return n;
    }

    private static double mean(long sum, int n) {
        return n == 0 ? Double.NaN : sum / (double) n;
    }

    double perLookup(long count) {
        return lookups == 0 ? Double.NaN : count / (double) lookups;
    }

    double hopsMean() {
        return hops.mean();
    }

    double expectedTableEntries() {
        return counts.readyAtEnd() < 1 ? Double.NaN : ExpectedFill.entries(counts.readyAtEnd(), counts.b());
    }

    double logBaseN() {
        return ExpectedFill.logBase(counts.nodes(), counts.b());
    }

    double messagesPerJoin() {
        return counts.joins() == 0 ? Double.NaN : counts.messages(Traffic.JOIN) / (double) counts.joins();
    }

    double perNodeSecond(long messages) {
        return counts.nodeSeconds() > 0 ? messages / counts.nodeSeconds() : Double.NaN;
    }

    double getFoundRate() {
        return gets == 0 ? Double.NaN : found / (double) gets;
    }
}
