package org.swarmsim.run.finders;

import java.util.LinkedHashMap;
import java.util.Map;
import org.swarmsim.finders.FinderTraffic;
import org.swarmsim.run.RunFacts;
import org.swarmsim.sim.stats.SortedSample;

/**
 * The figures of a finder run's {@code summary.json}, computed once from its records: rates are
 * fractions of all searches started (answered or not); hop and latency figures are over the
 * answered ones. NaN where there is nothing to measure.
 */
record FindersTotals(Counts counts, int searches, int answered, int successes, int homeReached, SortedSample hops,
                     Map<String, Long> histogram, SortedSample latenciesS, double messagesMean, int fellBack,
                     int fallbackSuccesses, double contactsMean, long retries, SortedSample routed, SortedSample load,
                     double linksMean, double cacheMean, long staleEntries, long cacheEntries, RunFacts facts) {
    /** The run's counters. */
    record Counts(int nodes, int finders, int peers, int onlineAtEnd, long[] messages, long[] bytes, long foundDead,
                  long duplicates, long departures, long peerDepartures, long failed, int cacheSize) {
        long messages(FinderTraffic t) {
            return messages[t.ordinal()];
        }

        long messagesTotal() {
            long n = 0;
            for (long m : messages) {
                n += m;
            }
            return n;
        }

        long bytesTotal() {
            long n = 0;
            for (long b : bytes) {
                n += b;
            }
            return n;
        }
    }

    static FindersTotals of(FindersResult r, RunFacts facts) {
        int n = r.searches().size();
        double[] hops = new double[n];
        double[] latencies = new double[n];
        int answered = 0;
        int success = 0;
        int home = 0;
        long messages = 0;
        int fellBack = 0;
        int fallbackSuccess = 0;
        long contacts = 0;
        long retries = 0;
        int maxHops = 0;
        for (SearchRecord s : r.searches()) {
            messages += s.messages();
            retries += s.retries();
            success += s.success() ? 1 : 0;
            home += s.homeReached() ? 1 : 0;
            if (s.fellBack()) {
                fellBack++;
                fallbackSuccess += s.success() ? 1 : 0;
            }
            if (s.answered()) {
                hops[answered] = s.hops();
                latencies[answered] = s.latencyNanos() / 1e9;
                contacts += s.contacts();
                maxHops = Math.max(maxHops, s.hops());
                answered++;
            }
        }
        long[] bins = new long[maxHops + 1];
        for (int i = 0; i < answered; i++) {
            bins[(int) hops[i]]++;
        }
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int h = 0; h < bins.length && answered > 0; h++) {
            histogram.put(Integer.toString(h), bins[h]);
        }
        int f = r.finders().size();
        double[] routed = new double[f];
        double[] load = new double[f];
        long links = 0;
        long cache = 0;
        long stale = 0;
        int online = 0;
        int i = 0;
        for (FinderRecord fr : r.finders()) {
            routed[i] = fr.routed();
            load[i++] = fr.load();
            if (fr.online()) {
                online++;
                links += fr.links();
                cache += fr.cache();
                stale += fr.staleCache();
            }
        }
        return new FindersTotals(r.counts(), n, answered, success, home, SortedSample.of(hops, answered), histogram,
                SortedSample.of(latencies, answered), n == 0 ? Double.NaN : messages / (double) n, fellBack,
                fallbackSuccess, answered == 0 ? Double.NaN : contacts / (double) answered, retries,
                SortedSample.of(routed, f), SortedSample.of(load, f), online == 0 ? Double.NaN : links / (double) online,
                online == 0 ? Double.NaN : cache / (double) online, stale, cache, facts);
    }

    double perSearch(long count) {
        return searches == 0 ? Double.NaN : count / (double) searches;
    }

    double fallbackSuccessRate() {
        return fellBack == 0 ? Double.NaN : fallbackSuccesses / (double) fellBack;
    }

    double staleFraction() {
        return cacheEntries == 0 ? Double.NaN : staleEntries / (double) cacheEntries;
    }
}
