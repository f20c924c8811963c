package org.swarmsim.run.dhtlookups;

import java.util.List;
import org.swarmsim.run.RunFacts;
import org.swarmsim.sim.stats.SortedSample;

/**
 * The figures of a DHT lookup run's {@code summary.json}, computed once from its measured lookups:
 * rates are fractions of all lookups, latencies in seconds (a {@link SortedSample}); with no
 * lookups the rates and means are NaN.
 */
record DhtLookupTotals(int lookups, long successes, long exact, SortedSample latenciesS, long rounds, int roundsMax,
                       long messages, long timeouts, RunFacts facts, DhtLookupResult result) {
    static DhtLookupTotals of(DhtLookupResult r, RunFacts facts) {
        List<LookupRecord> rows = r.lookups();
        int n = rows.size();
        double[] latencies = new double[n];
        long success = 0;
        long exact = 0;
        long rounds = 0;
        int roundsMax = 0;
        long messages = 0;
        long timeouts = 0;
        for (int i = 0; i < n; i++) {
            LookupRecord l = rows.get(i);
            latencies[i] = l.latencyNanos() / 1e9;
            success += l.success() ? 1 : 0;
            exact += l.exact() ? 1 : 0;
            rounds += l.rounds();
            roundsMax = Math.max(roundsMax, l.rounds());
            messages += l.messages();
            timeouts += l.timeouts();
        }
        return new DhtLookupTotals(n, success, exact, SortedSample.of(latencies, n), rounds, roundsMax, messages, timeouts, facts, r);
    }

    double perLookup(long count) {
        return lookups == 0 ? Double.NaN : count / (double) lookups;
    }

    double latencyMeanS() {
        return latenciesS.mean();
    }

    double latencyPercentileS(double percent) {
        return latenciesS.percentile(percent);
    }
}
