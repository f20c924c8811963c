package org.swarmsim.run.swarm;

import java.util.Arrays;
import java.util.List;
import org.swarmsim.run.RunFacts;
import org.swarmsim.sim.stats.Percentiles;

/**
 * The figures of a swarm run's {@code summary.json}, computed once from its peer records. Download
 * times are {@code completion_s - join_s} over the peers that completed, in ascending order (a
 * fixed summation order, so the mean is reproducible); percentiles are nearest-rank.
 */
record SwarmTotals(int peers, int completed, double[] sortedDownloadTimes, double lastCompletionS,
                   long uploadedBytes, long downloadedBytes, long bytesFromSeeds, long bytesFromLeechers,
                   RunFacts facts) {
    static SwarmTotals of(List<PeerRecord> records, RunFacts facts) {
        double[] times = new double[records.size()];
        int completed = 0;
        double lastCompletion = Double.NaN;
        long up = 0;
        long fromSeeds = 0;
        long fromLeechers = 0;
        for (PeerRecord r : records) {
            if (r.completed()) {
                times[completed++] = r.downloadTimeS();
                lastCompletion = Double.isNaN(lastCompletion) ? r.completionS() : Math.max(lastCompletion, r.completionS());
            }
            up = Math.addExact(up, r.bytesUploaded());
            fromSeeds = Math.addExact(fromSeeds, r.bytesFromSeeds());
            fromLeechers = Math.addExact(fromLeechers, r.bytesFromLeechers());
        }
        double[] sorted = Arrays.copyOf(times, completed);
        Arrays.sort(sorted);
        return new SwarmTotals(records.size(), completed, sorted, lastCompletion, up,
                Math.addExact(fromSeeds, fromLeechers), fromSeeds, fromLeechers, facts);
    }

    double meanDownloadS() {
        double sum = 0;
        for (double t : sortedDownloadTimes) {
            sum += t;
        }
        return completed == 0 ? Double.NaN : sum / completed;
    }

    double downloadPercentileS(double percent) {
        return Percentiles.nearestRank(sortedDownloadTimes, percent);
    }

    double maxDownloadS() {
        return completed == 0 ? Double.NaN : sortedDownloadTimes[completed - 1];
    }
}
