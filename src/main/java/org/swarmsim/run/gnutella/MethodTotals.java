package org.swarmsim.run.gnutella;

import java.util.List;

/**
 * The searches of one method (by its {@link org.swarmsim.gnutella.SearchMethod#label() label}) in
 * a run: how many, how many found something, and their mean costs; NaN where nothing is averaged.
 *
 * @param messagesMean      mean Query descriptors per search
 * @param checksMean        mean walker checks and verdicts per search
 * @param firstHitHopsMean  mean hops to the first hit, over successful searches
 * @param firstHitSMean     mean seconds to the first hit, over successful searches
 */
public record MethodTotals(int searches, double successRate, double messagesMean, double checksMean,
                           double firstHitHopsMean, double firstHitSMean) {
    static MethodTotals of(List<QueryRecord> rows, String label) {
        int n = 0;
        int ok = 0;
        double messages = 0;
        double checks = 0;
        double hops = 0;
        double seconds = 0;
        for (QueryRecord r : rows) {
            if (!r.label.equals(label)) {
                continue;
            }
            n++;
            messages += r.messages;
            checks += r.checkMessages;
            if (r.success()) {
                ok++;
                hops += r.firstHitHops;
                seconds += r.firstHitSecondsOrNaN();
            }
        }
        return new MethodTotals(n, n == 0 ? Double.NaN : ok / (double) n, n == 0 ? Double.NaN : messages / n,
                n == 0 ? Double.NaN : checks / n, ok == 0 ? Double.NaN : hops / ok, ok == 0 ? Double.NaN : seconds / ok);
    }
}
