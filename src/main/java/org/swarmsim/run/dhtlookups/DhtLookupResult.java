package org.swarmsim.run.dhtlookups;

import java.util.List;
import java.util.Locale;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;
import org.swarmsim.run.RunResult;

/**
 * What a DHT lookup run produced.
 *
 * @param lookupsStarted   measured lookups started
 * @param lookupsAbandoned started lookups dropped because their node went offline
 * @param departures       churn departures
 * @param datagrams        datagrams sent in the whole run
 * @param datagramBytes    their bytes
 */
public record DhtLookupResult(TimeSeries timeSeries, List<LookupRecord> lookups, long events, long endNanos, long seed,
                              int replication, int nodes, long lookupsStarted, long lookupsAbandoned, long departures,
                              long datagrams, long datagramBytes) implements RunResult {
    public DhtLookupResult {
        lookups = List.copyOf(lookups);
    }

    @Override
    public List<OutputFile> tables() {
        return List.of(new OutputFile(SeriesTable.FILE, timeSeries.toCsv()), DhtLookupOutputs.LOOKUPS.file(lookups));
    }

    @Override
    public Summary summary(double wallS) {
        return Summary.of(DhtLookupOutputs.SUMMARY,
                DhtLookupTotals.of(this, new RunFacts(events, wallS, seed, replication, endNanos)));
    }

    @Override
    public String progressDetail() {
        return DhtLookupRun.detail(endNanos, lookups.size());
    }

    @Override
    public String describe(Summary s) {
        return String.format(Locale.ROOT, "lookups %d, success %.3f, exact %.3f, latency mean %.3f s (p95 %.3f s), "
                        + "timeouts/lookup %.2f, events %d, wall %.1f s",
                lookups.size(), s.number("success_rate"), s.number("exact_rate"), s.number("latency_mean_s"),
                s.number("latency_p95_s"), s.number("timeouts_per_lookup"), events, s.number("wall_s"));
    }
}
