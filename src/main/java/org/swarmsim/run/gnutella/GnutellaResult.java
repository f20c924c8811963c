package org.swarmsim.run.gnutella;

import java.util.List;
import java.util.Locale;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;
import org.swarmsim.run.RunResult;

/**
 * What a Gnutella run produced.
 *
 * @param searches       one record per (query, method), in issue order
 * @param growth         per hop of the first flooded search: messages, new servents reached, duplicates
 * @param messagesByType descriptors sent by type ({@link GnutellaStats} order)
 */
public record GnutellaResult(TimeSeries timeSeries, List<QueryRecord> searches, List<ServentRecord> servents,
                             List<long[]> growth, TopologyFacts topology, long events, long endNanos, long seed,
                             int replication, long departures, long[] messagesByType, long bytes) implements RunResult {
    public GnutellaResult {
        searches = List.copyOf(searches);
        servents = List.copyOf(servents);
        growth = List.copyOf(growth);
    }

    /** The searches made with the method labelled {@code label} ({@code flood ttl=7}, ...). */
    public MethodTotals totalsOf(String label) {
        return MethodTotals.of(searches, label);
    }

    @Override
    public List<OutputFile> tables() {
        return List.of(new OutputFile(SeriesTable.FILE, timeSeries.toCsv()), GnutellaOutputs.QUERIES.file(searches),
                GnutellaOutputs.SERVENTS.file(servents), GnutellaOutputs.GROWTH.file(GnutellaOutputs.growthRows(growth)),
                GnutellaOutputs.SUCCESS_BY_TTL.file(GnutellaOutputs.successRows(searches)));
    }

    @Override
    public Summary summary(double wallS) {
        return Summary.of(GnutellaOutputs.SUMMARY, GnutellaTotals.of(this, new RunFacts(events, wallS, seed, replication,
                endNanos)));
    }

    @Override
    public String progressDetail() {
        return GnutellaRun.detail(endNanos, searches.size());
    }

    @Override
    public String describe(Summary s) {
        return String.format(Locale.ROOT, "searches %d, success %.3f, messages/query mean %.1f (p95 %.0f), "
                        + "hops to first hit %.2f, events %d, wall %.1f s", searches.size(), s.number("success_rate"),
                s.number("messages_per_query_mean"), s.number("messages_per_query_p95"),
                s.number("first_hit_hops_mean"), events, s.number("wall_s"));
    }
}
