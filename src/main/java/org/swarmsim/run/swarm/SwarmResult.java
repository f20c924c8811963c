package org.swarmsim.run.swarm;

import java.util.List;
import java.util.Locale;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;
import org.swarmsim.run.RunResult;
import org.swarmsim.sim.SimTime;

/**
 * What a swarm run produced: the time series, one record per peer, and the run's facts.
 *
 * @param leechersTotal peers that did not start as seeds
 * @param leechersDone  of those, the ones that completed
 */
public record SwarmResult(TimeSeries timeSeries, List<PeerRecord> peers, long events, long endNanos, int leechersTotal,
                          int leechersDone, long seed, int replication) implements RunResult {
    public SwarmResult {
        peers = List.copyOf(peers);
    }

    @Override
    public List<OutputFile> tables() {
        return List.of(new OutputFile(SeriesTable.FILE, timeSeries.toCsv()), SwarmOutputs.PEERS.file(peers));
    }

    @Override
    public Summary summary(double wallS) {
        return Summary.of(SwarmOutputs.SUMMARY,
                SwarmTotals.of(peers, new RunFacts(events, wallS, seed, replication, endNanos)));
    }

    @Override
    public String progressDetail() {
        return SwarmRun.detail(endNanos, leechersDone, leechersTotal);
    }

    @Override
    public String describe(Summary s) {
        return String.format(Locale.ROOT, "leechers completed %d/%d, mean download %.1f s, last completion %.1f s, "
                        + "events %d, wall %.1f s", leechersDone, leechersTotal, s.number("download_time_mean_s"),
                s.number("last_completion_s"), events, s.number("wall_s"));
    }

    /** Simulated seconds at the end. */
    public double endSeconds() {
        return SimTime.toSeconds(endNanos);
    }
}
