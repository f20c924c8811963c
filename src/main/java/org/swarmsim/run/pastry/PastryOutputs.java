package org.swarmsim.run.pastry;

import java.util.List;
import org.swarmsim.metrics.Column;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SummaryField;
import org.swarmsim.metrics.Table;
import org.swarmsim.pastry.Traffic;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunFacts;

/**
 * The files of a Pastry run, defined once: the columns of {@code timeseries.csv},
 * {@code lookups.csv} and {@code nodes.csv} and the keys of {@code summary.json}.
 */
public final class PastryOutputs {
    /** {@code timeseries.csv}: from the workload's start. */
    public static final SeriesTable<PastrySample> SERIES = new SeriesTable<>(
            "one row per metrics.sample_interval of simulated time, from the workload's start (the end of the joins)",
            List.of(
                    new SeriesColumn<>("time_s", "simulated time of the sample, seconds", s -> s.timeS),
                    new SeriesColumn<>("nodes_online", "nodes joined and online", s -> s.nodesOnline),
                    new SeriesColumn<>("messages_per_s", "datagrams sent per second since the previous sample",
                            s -> s.messagesPerS),
                    new SeriesColumn<>("bytes_per_s", "datagram bytes sent per second since the previous sample",
                            s -> s.bytesPerS),
                    new SeriesColumn<>("table_entries", "mean non-empty routing-table entries per joined node",
                            s -> s.tableEntries),
                    new SeriesColumn<>("leaf_set_size", "mean leaf-set members per joined node", s -> s.leafSetSize),
                    new SeriesColumn<>("lookups", "lookups delivered since the previous sample",
                            s -> s.routes),
                    new SeriesColumn<>("success_rate", "fraction of those delivered to the true root (NaN if none)",
                            s -> s.successRate),
                    new SeriesColumn<>("hops_mean", "their mean hops (NaN if none)", s -> s.hopsMean)));

    /** {@code lookups.csv}: one row per lookup, insert and get of the workload. */
    public static final Table<LookupRecord> LOOKUPS = new Table<>("lookups.csv",
            "one row per lookup, insert and get of the workload, in delivery order; those never delivered last",
            List.of(
                    Column.seconds("start_s", "when it started", LookupRecord::startNanos),
                    Column.text("operation", "lookup, insert or get", LookupRecord::operation),
                    Column.integer("origin", "address of the node it started from", LookupRecord::origin),
                    Column.text("key", "the key, 32 hex digits", LookupRecord::key),
                    Column.integer("destination", "address of the node it was delivered to, -1 if never",
                            LookupRecord::destination),
                    Column.integer("root", "the true root at delivery: the joined online node numerically closest "
                            + "to the key", LookupRecord::root),
                    Column.integer("hops", "hops taken", LookupRecord::hops),
                    Column.number("latency_s", "start to delivery (NaN if never delivered)",
                            r -> r.delivered() ? r.latencyNanos() / 1e9 : Double.NaN),
                    Column.number("distance_travelled_ms", "sum of the one-way delays of the hops",
                            r -> r.travelledNanos() / 1e6),
                    Column.number("direct_ms", "one-way delay from the origin straight to the destination",
                            r -> r.delivered() ? r.directNanos() / 1e6 : Double.NaN),
                    Column.flag("success", "1 if delivered to the true root", LookupRecord::success),
                    Column.integer("rare_case_hops", "hops chosen by the rare-case rule (no table entry for the "
                            + "next digit)", LookupRecord::rareHops),
                    Column.integer("timeouts", "hops that timed out (the next node was dead) and were routed again",
                            LookupRecord::timeouts),
                    Column.integer("found", "for a get, 1 if a replica answered, else 0; -1 for lookups and inserts",
                            LookupRecord::found),
                    Column.text("path", "addresses visited, the origin first, separated by spaces (ids in nodes.csv)",
                            LookupRecord::path)));

    /** {@code nodes.csv}: one row per node at the end. */
    public static final Table<NodeRecord> NODES = new Table<>("nodes.csv", "one row per node, at the end of the run",
            List.of(
                    Column.integer("address", "network address, as in lookups.csv and trace.jsonl", NodeRecord::address),
                    Column.text("id", "Pastry id, 32 hex digits", NodeRecord::id),
                    Column.flag("online", "1 if joined and online at the end", NodeRecord::ready),
                    Column.number("joined_s", "when it first finished joining (NaN if never)",
                            n -> n.joinedNanos() < 0 ? Double.NaN : n.joinedNanos() / 1e9),
                    Column.integer("table_entries", "non-empty routing-table entries", NodeRecord::tableEntries),
                    Column.integer("table_rows", "routing-table rows in use (deepest filled row + 1)",
                            NodeRecord::tableRows),
                    Column.integer("leaf_set", "distinct leaf-set members", NodeRecord::leafSetSize),
                    Column.integer("neighbourhood", "neighbourhood-set members", NodeRecord::neighbours),
                    Column.integer("stored_values", "values held (as root or replica)", NodeRecord::stored)));

    /** {@code summary.json}. */
    public static final List<SummaryField<PastryTotals>> SUMMARY = List.of(
            SummaryField.count("lookups_total", "lookups started in the workload (delivered or not)",
                    PastryTotals::lookups),
            SummaryField.number("success_rate", "fraction of the lookups delivered to the true root",
                    t -> t.perLookup(t.successes())),
            SummaryField.count("lookups_lost", "lookups never delivered (lost with a node that left)",
                    t -> t.lookups() - t.delivered()),
            SummaryField.number("hops_mean", "mean hops of the delivered lookups", PastryTotals::hopsMean),
            SummaryField.number("hops_p50", "median hops (nearest rank)", t -> t.hops().percentile(50)),
            SummaryField.number("hops_p95", "95th percentile of the hops (nearest rank)", t -> t.hops().percentile(95)),
            SummaryField.number("hops_max", "most hops of a delivered lookup", t -> t.hops().max()),
            new SummaryField<>("hops_histogram", "delivered lookups by hop count: {\"0\": n0, \"1\": n1, ...}",
                    PastryTotals::histogram),
            SummaryField.number("log_2b_n", "log base 2^b of nodes: the expected hops", PastryTotals::logBaseN),
            SummaryField.number("latency_mean_s", "mean start-to-delivery time of the delivered lookups",
                    t -> t.latenciesS().mean()),
            SummaryField.number("latency_p95_s", "95th percentile of that time", t -> t.latenciesS().percentile(95)),
            SummaryField.number("relative_delay_penalty", "mean over lookups with hops of distance travelled / "
                    + "direct delay", PastryTotals::rdpMean),
            SummaryField.number("rare_case_hops_per_lookup", "mean rare-case hops per lookup",
                    t -> t.perLookup(t.rareHops())),
            SummaryField.number("timeouts_per_lookup", "mean timed-out hops per lookup", t -> t.perLookup(t.timeouts())),
            SummaryField.count("inserts_total", "inserts started", PastryTotals::inserts),
            SummaryField.count("gets_total", "gets started", PastryTotals::gets),
            SummaryField.number("get_found_rate", "fraction of the gets answered by a replica", PastryTotals::getFoundRate),
            SummaryField.number("table_entries_mean", "mean non-empty routing-table entries per joined node at the "
                    + "end (leaf set excluded)", PastryTotals::tableMean),
            SummaryField.number("table_entries_expected", "the expected fill for uniform ids and that many joined "
                    + "nodes, every fillable entry filled (ExpectedFill)", PastryTotals::expectedTableEntries),
            SummaryField.number("leaf_set_size_mean", "mean distinct leaf-set members per joined node at the end",
                    PastryTotals::leafMean),
            SummaryField.number("neighbourhood_size_mean", "mean neighbourhood-set members per joined node at the end",
                    PastryTotals::neighbourMean),
            SummaryField.count("nodes", "network size (pastry.nodes)", t -> t.counts().nodes()),
            SummaryField.count("nodes_online_end", "nodes joined and online at the end", t -> t.counts().readyAtEnd()),
            SummaryField.count("joins", "joins completed (first joins and rejoins)", t -> t.counts().joins()),
            SummaryField.count("join_retries", "joins started again after a timeout", t -> t.counts().joinRetries()),
            SummaryField.number("messages_per_join", "join messages (route, acks, state replies, announcements and "
                    + "their answers) per join completed", PastryTotals::messagesPerJoin),
            SummaryField.number("messages_per_node_per_s", "datagrams sent during the workload per joined node per "
                    + "second", t -> t.perNodeSecond(t.counts().workloadMessages())),
            SummaryField.number("maintenance_per_node_per_s", "keep-alive, probe and repair datagrams during the "
                    + "workload per joined node per second", t -> t.perNodeSecond(t.counts().workloadMaintenance())),
            SummaryField.count("dead_found", "times a node found another dead (a timeout)", t -> t.counts().foundDead()),
            SummaryField.count("leaf_repairs", "leaf-set repair requests sent", t -> t.counts().leafRepairs()),
            SummaryField.count("table_repairs_started", "routing-table entries found dead with repair started",
                    t -> t.counts().tableRepairsStarted()),
            SummaryField.count("table_repairs_done", "of those, entries filled again (by a node asked, or meanwhile)",
                    t -> t.counts().tableRepairsDone()),
            SummaryField.count("churn_departures", "times a node left by churn", t -> t.counts().departures()),
            SummaryField.count("failed_nodes", "nodes killed by pastry.failures", t -> t.counts().failed()),
            SummaryField.count("messages_total", "datagrams sent in the whole run", t -> t.counts().messagesTotal()),
            SummaryField.count("bytes_total", "their bytes", t -> t.counts().bytesTotal()),
            SummaryField.count("join_messages", "datagrams sent for joins", t -> t.counts().messages(Traffic.JOIN)),
            SummaryField.count("lookup_messages", "datagrams sent for lookups, inserts and gets",
                    t -> t.counts().messages(Traffic.LOOKUP)),
            SummaryField.count("maintenance_messages", "datagrams sent for keep-alives, probes and repairs",
                    t -> t.counts().messages(Traffic.MAINTENANCE)),
            SummaryField.count("store_messages", "replicas pushed", t -> t.counts().messages(Traffic.STORE)),
            RunFacts.events(PastryTotals::facts),
            RunFacts.wallS(PastryTotals::facts),
            RunFacts.seed(PastryTotals::facts),
            RunFacts.replication(PastryTotals::facts),
            RunFacts.simEndS(PastryTotals::facts),
            RunFacts.version(),
            RunFacts.commit());

    static final List<String> SWEEP_METRICS = List.of("hops_mean", "success_rate", "relative_delay_penalty",
            "latency_mean_s", "table_entries_mean", "messages_per_join", "timeouts_per_lookup");

    private PastryOutputs() {
    }

    static List<OutputDoc> docs() {
        return List.of(new OutputDoc(SeriesTable.FILE, SERIES.description(), SERIES.docs()),
                new OutputDoc(LOOKUPS.fileName(), LOOKUPS.description(), LOOKUPS.docs()),
                new OutputDoc(NODES.fileName(), NODES.description(), NODES.docs()),
                new OutputDoc(Summary.FILE, "the run's headline numbers, in this order", Summary.docs(SUMMARY)));
    }
}
