package org.swarmsim.run.finders;

import java.util.List;
import java.util.Locale;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;
import org.swarmsim.run.RunResult;

/** What a finder run produced. */
public record FindersResult(TimeSeries timeSeries, List<SearchRecord> searches, List<FinderRecord> finders,
                            FindersTotals.Counts counts, long events, long endNanos, long seed, int replication)
        implements RunResult {
    public FindersResult {
        searches = List.copyOf(searches);
        finders = List.copyOf(finders);
    }

    @Override
    public List<OutputFile> tables() {
        return List.of(new OutputFile(SeriesTable.FILE, timeSeries.toCsv()), FindersOutputs.SEARCHES.file(searches),
                FindersOutputs.FINDERS.file(finders));
    }

    @Override
    public Summary summary(double wallS) {
        return Summary.of(FindersOutputs.SUMMARY, FindersTotals.of(this, new RunFacts(events, wallS, seed, replication,
                endNanos)));
    }

    @Override
    public String progressDetail() {
        return FindersRun.detail(endNanos, counts.onlineAtEnd(), searches.size());
    }

    @Override
    public String describe(Summary s) {
        return String.format(Locale.ROOT, "searches %d, success %.4f, hops mean %.2f (p95 %.0f), messages/search %.1f, "
                        + "fell back %.3f, routed per finder mean %.1f max %.0f, events %d, wall %.1f s",
                (long) s.number("searches_total"), s.number("success_rate"), s.number("hops_mean"),
                s.number("hops_p95"), s.number("messages_per_search"), s.number("fallback_rate"),
                s.number("routed_per_finder_mean"), s.number("routed_per_finder_max"), events, s.number("wall_s"));
    }
}
