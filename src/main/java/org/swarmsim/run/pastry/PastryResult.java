package org.swarmsim.run.pastry;

import java.util.List;
import java.util.Locale;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.TimeSeries;
import org.swarmsim.run.RunFacts;
import org.swarmsim.run.RunResult;

/** What a Pastry run produced. */
public record PastryResult(TimeSeries timeSeries, List<LookupRecord> lookups, List<NodeRecord> nodes,
                           PastryTotals.Counts counts, long events, long endNanos, long seed, int replication)
        implements RunResult {
    public PastryResult {
        lookups = List.copyOf(lookups);
        nodes = List.copyOf(nodes);
    }

    @Override
    public List<OutputFile> tables() {
        return List.of(new OutputFile(SeriesTable.FILE, timeSeries.toCsv()), PastryOutputs.LOOKUPS.file(lookups),
                PastryOutputs.NODES.file(nodes));
    }

    @Override
    public Summary summary(double wallS) {
        return Summary.of(PastryOutputs.SUMMARY, PastryTotals.of(this, new RunFacts(events, wallS, seed, replication, endNanos)));
    }

    @Override
    public String progressDetail() {
        return PastryRun.detail(endNanos, counts.readyAtEnd(), lookups.size());
    }

    @Override
    public String describe(Summary s) {
        return String.format(Locale.ROOT, "lookups %d, success %.4f, hops mean %.3f (log_2^b N %.2f), relative delay "
                        + "%.2f, table entries %.1f (expected %.1f), messages/join %.0f, events %d, wall %.1f s",
                (long) s.number("lookups_total"), s.number("success_rate"), s.number("hops_mean"), s.number("log_2b_n"),
                s.number("relative_delay_penalty"), s.number("table_entries_mean"), s.number("table_entries_expected"),
                s.number("messages_per_join"), events, s.number("wall_s"));
    }
}
