package org.swarmsim.run.dhtlookups;

import java.util.List;
import org.swarmsim.metrics.Column;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SummaryField;
import org.swarmsim.metrics.Table;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunFacts;

/**
 * The files of a DHT lookup run, defined once: the columns of {@code timeseries.csv} and
 * {@code lookups.csv} and the keys of {@code summary.json}.
 */
public final class DhtLookupOutputs {
    /** {@code timeseries.csv}. */
    public static final SeriesTable<DhtSample> SERIES = new SeriesTable<>(
            "one row per metrics.sample_interval of simulated time",
            List.of(
                    new SeriesColumn<>("time_s", "simulated time of the sample, seconds", s -> s.timeS),
                    new SeriesColumn<>("nodes_online", "DHT nodes online", s -> s.nodesOnline),
                    new SeriesColumn<>("dht_messages_per_s", "datagrams sent per second since the previous sample",
                            s -> s.messagesPerS),
                    new SeriesColumn<>("dht_bytes_per_s", "datagram bytes sent per second since the previous sample",
                            s -> s.bytesPerS),
                    new SeriesColumn<>("routing_table_fill", "mean contacts per online node's routing table",
                            s -> s.routingTableFill),
                    new SeriesColumn<>("lookups", "measured lookups that finished since the previous sample",
                            s -> s.lookups),
                    new SeriesColumn<>("lookup_success_rate", "fraction of those that returned the true closest online "
                            + "node (NaN if none finished)", s -> s.successRate)));

    /** {@code lookups.csv}: one row per measured lookup (not joins or bucket refreshes), in completion order. */
    public static final Table<LookupRecord> LOOKUPS = new Table<>("lookups.csv",
            "one row per measured lookup (not the joins' or bucket refreshes' lookups), in completion order",
            List.of(
                    Column.seconds("start_s", "when the lookup started", LookupRecord::startNanos),
                    Column.integer("node", "address of the node that looked up", LookupRecord::node),
                    Column.text("target", "the id looked up, 40 hex digits", LookupRecord::target),
                    Column.text("kind", "find_node or get_peers", LookupRecord::kind),
                    Column.integer("rounds", "hops: the longest chain of dependent queries answered",
                            LookupRecord::rounds),
                    Column.integer("messages", "queries sent", LookupRecord::messages),
                    Column.integer("timeouts", "queries that timed out", LookupRecord::timeouts),
                    Column.seconds("latency_s", "start to finish", LookupRecord::latencyNanos),
                    Column.flag("success", "1 if the true closest online node was returned", LookupRecord::success),
                    Column.flag("exact_k_closest", "1 if exactly the true k closest online nodes were returned",
                            LookupRecord::exact)));

    /** {@code summary.json}. */
    public static final List<SummaryField<DhtLookupTotals>> SUMMARY = List.of(
            SummaryField.count("lookups_total", "measured lookups that finished", DhtLookupTotals::lookups),
            SummaryField.number("success_rate", "fraction that returned the true closest online node",
                    t -> t.perLookup(t.successes())),
            SummaryField.number("exact_rate", "fraction that returned exactly the true k closest online nodes",
                    t -> t.perLookup(t.exact())),
            SummaryField.number("latency_mean_s", "mean lookup latency", DhtLookupTotals::latencyMeanS),
            SummaryField.number("latency_p50_s", "median latency (nearest rank)", t -> t.latencyPercentileS(50)),
            SummaryField.number("latency_p95_s", "95th percentile of the latency (nearest rank)",
                    t -> t.latencyPercentileS(95)),
            SummaryField.number("rounds_mean", "mean rounds (hops) per lookup", t -> t.perLookup(t.rounds())),
            SummaryField.count("rounds_max", "most rounds of any lookup", DhtLookupTotals::roundsMax),
            SummaryField.number("messages_per_lookup", "mean queries per lookup", t -> t.perLookup(t.messages())),
            SummaryField.number("timeouts_per_lookup", "mean timed-out queries per lookup",
                    t -> t.perLookup(t.timeouts())),
            RunFacts.events(DhtLookupTotals::facts),
            RunFacts.wallS(DhtLookupTotals::facts),
            RunFacts.seed(DhtLookupTotals::facts),
            RunFacts.replication(DhtLookupTotals::facts),
            RunFacts.simEndS(DhtLookupTotals::facts),
            RunFacts.version(),
            RunFacts.commit(),
            SummaryField.count("nodes", "network size", t -> t.result().nodes()),
            SummaryField.count("lookups_started", "measured lookups started", t -> t.result().lookupsStarted()),
            SummaryField.count("lookups_abandoned", "started lookups dropped because their node went offline",
                    t -> t.result().lookupsAbandoned()),
            SummaryField.count("churn_departures", "times a node went offline", t -> t.result().departures()),
            SummaryField.count("dht_messages_total", "datagrams sent in the whole run", t -> t.result().datagrams()),
            SummaryField.count("dht_bytes_total", "datagram bytes sent in the whole run",
                    t -> t.result().datagramBytes()));

    static final List<String> SWEEP_METRICS = List.of("success_rate", "exact_rate", "latency_mean_s",
            "latency_p95_s", "rounds_mean", "timeouts_per_lookup");

    private DhtLookupOutputs() {
    }

    static List<OutputDoc> docs() {
        return List.of(new OutputDoc(SeriesTable.FILE, SERIES.description(), SERIES.docs()),
                new OutputDoc(LOOKUPS.fileName(), LOOKUPS.description(), LOOKUPS.docs()),
                new OutputDoc(Summary.FILE, "the run's headline numbers, in this order", Summary.docs(SUMMARY)));
    }
}
