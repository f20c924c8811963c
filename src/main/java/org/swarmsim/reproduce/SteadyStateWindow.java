package org.swarmsim.reproduce;

import java.util.List;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.swarm.PeerRecord;

/**
 * Averages over the steady part of a run: time averages of a time-series column over the samples
 * at or after the warm-up, and means over the leechers that joined inside a window (so that
 * leechers still downloading at the end do not bias the mean towards short downloads).
 */
final class SteadyStateWindow {
    private SteadyStateWindow() {
    }

    /** Mean of {@code column} over samples with time ≥ {@code fromS} (samples are equally spaced). */
    static double timeAverage(TimeSeries series, String column, double fromS) {
        double[] time = series.column("time_s");
        double[] values = series.column(column);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= fromS) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Least-squares slope of {@code column} against time over samples with time ≥ {@code fromS}. */
    static double slope(TimeSeries series, String column, double fromS) {
        double[] time = series.column("time_s");
        double[] values = series.column(column);
        double st = 0;
        double sv = 0;
        int n = 0;
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= fromS) {
                st += time[i];
                sv += values[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mt = st / n;
        double mv = sv / n;
        double num = 0;
        double den = 0;
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= fromS) {
                num += (time[i] - mt) * (values[i] - mv);
                den += (time[i] - mt) * (time[i] - mt);
            }
        }
        return num / den;
    }

    /** Mean download time of the leechers that joined in [fromS, toS] and completed (NaN if none). */
    static double meanDownloadTime(List<PeerRecord> peers, double fromS, double toS) {
        double sum = 0;
        int n = 0;
        for (PeerRecord p : peers) {
            if (!p.initialSeed() && p.joinS() >= fromS && p.joinS() <= toS && p.completed()) {
                sum += p.downloadTimeS();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Leechers that joined in [fromS, toS] and never completed. */
    static int unfinished(List<PeerRecord> peers, double fromS, double toS) {
        int n = 0;
        for (PeerRecord p : peers) {
            if (!p.initialSeed() && p.joinS() >= fromS && p.joinS() <= toS && !p.completed()) {
                n++;
            }
        }
        return n;
    }
}
