package org.swarmsim.run.gnutella;

import java.util.List;
import org.swarmsim.run.RunFacts;
import org.swarmsim.sim.stats.SortedSample;

/**
 * The figures of a Gnutella run's {@code summary.json}, computed once from its searches and
 * servents; NaN where there is nothing to average.
 */
record GnutellaTotals(int searches, long successes, SortedSample messages, double duplicatesMean, double reachedMean,
                      double hitMessagesMean, double firstHitHopsMean, double firstHitSMean, double loadMean,
                      long loadMax, RunFacts facts, GnutellaResult result) {
    static GnutellaTotals of(GnutellaResult r, RunFacts facts) {
        List<QueryRecord> rows = r.searches();
        int n = rows.size();
        double[] messages = new double[n];
        long success = 0;
        double dup = 0;
        double reached = 0;
        double hitMessages = 0;
        double hops = 0;
        double seconds = 0;
        for (int i = 0; i < n; i++) {
            QueryRecord q = rows.get(i);
            messages[i] = q.messages;
            dup += q.duplicates;
            reached += q.reached;
            hitMessages += q.hitMessages;
            if (q.success()) {
                success++;
                hops += q.firstHitHops;
                seconds += q.firstHitSecondsOrNaN();
            }
        }
        double load = 0;
        long loadMax = 0;
        for (ServentRecord s : r.servents()) {
            load += s.received();
            loadMax = Math.max(loadMax, s.received());
        }
        return new GnutellaTotals(n, success, SortedSample.of(messages, n), n == 0 ? Double.NaN : dup / n,
                n == 0 ? Double.NaN : reached / n, n == 0 ? Double.NaN : hitMessages / n,
                success == 0 ? Double.NaN : hops / success, success == 0 ? Double.NaN : seconds / success,
                r.servents().isEmpty() ? Double.NaN : load / r.servents().size(), loadMax, facts, r);
    }

    double successRate() {
        return searches == 0 ? Double.NaN : successes / (double) searches;
    }
}
