package org.swarmsim.run.gnutella;

import java.util.ArrayList;
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
 * The files of a Gnutella run, defined once: {@code timeseries.csv}, {@code queries.csv},
 * {@code servents.csv}, {@code flood-growth.csv}, {@code success-by-ttl.csv} and the keys of {@code summary.json}.
 */
public final class GnutellaOutputs {
    /** {@code timeseries.csv}. */
    public static final SeriesTable<GnutellaSample> SERIES = new SeriesTable<>(
            "one row per metrics.sample_interval of simulated time; rates since the previous sample",
            List.of(
                    new SeriesColumn<>("time_s", "simulated time of the sample, seconds", s -> s.timeS),
                    new SeriesColumn<>("servents_online", "servents online", s -> s.online),
                    new SeriesColumn<>("query_msgs_per_s", "Query descriptors sent per second",
                            s -> s.perSecond[GnutellaStats.QUERY]),
                    new SeriesColumn<>("queryhit_msgs_per_s", "QueryHit descriptors sent per second",
                            s -> s.perSecond[GnutellaStats.HIT]),
                    new SeriesColumn<>("ping_msgs_per_s", "Ping descriptors sent per second",
                            s -> s.perSecond[GnutellaStats.PING]),
                    new SeriesColumn<>("pong_msgs_per_s", "Pong descriptors sent per second",
                            s -> s.perSecond[GnutellaStats.PONG]),
                    new SeriesColumn<>("qrp_msgs_per_s", "query-routing (route table update) descriptors per second",
                            s -> s.perSecond[GnutellaStats.OTHER]),
                    new SeriesColumn<>("walk_check_msgs_per_s", "random walkers' checks and verdicts (datagrams) per second",
                            s -> s.perSecond[GnutellaStats.CHECK]),
                    new SeriesColumn<>("bytes_per_s", "bytes of all of these per second", s -> s.bytesPerS),
                    new SeriesColumn<>("searches_finished", "searches whose measuring time (workload.timeout) ended "
                            + "since the previous sample", s -> s.finished),
                    new SeriesColumn<>("success_rate", "fraction of those with at least one hit (NaN if none)",
                            s -> s.successRate)));

    /** {@code queries.csv}. */
    public static final Table<QueryRecord> QUERIES = new Table<>("queries.csv",
            "one row per query and search method (every query is issued once with each method), in issue order",
            List.of(
                    Column.integer("query", "the query's number (the same for each method)", r -> r.query),
                    Column.seconds("start_s", "when it was issued", r -> r.startNanos),
                    Column.integer("origin", "the requesting servent (its topology id)", r -> r.origin),
                    Column.integer("object", "the object searched for", r -> r.object),
                    Column.integer("replicas", "servents holding it when the run started", r -> r.replicas),
                    Column.text("method", "flood, expanding_ring, random_walk or two_tier", r -> r.method),
                    Column.text("label", "the method with its parameters, e.g. random_walk k=16 c=4", r -> r.label),
                    Column.integer("ttl", "the TTL (the largest ring's for expanding_ring)", r -> r.ttl),
                    Column.integer("messages", "Query descriptors sent (every copy, every ring, every walker step)",
                            r -> r.messages),
                    Column.integer("reached", "servents other than the requester that received it (first receipts)",
                            r -> r.reached),
                    Column.integer("duplicates", "copies received by servents that had seen its GUID", r -> r.duplicates),
                    Column.integer("hits", "QueryHits that reached the requester", r -> r.hits),
                    Column.number("first_hit_hops", "hop distance of the first hit's servent (NaN without a hit)",
                            QueryRecord::firstHitHopsOrNaN),
                    Column.number("first_hit_s", "seconds from issue to the first hit (NaN without a hit)",
                            QueryRecord::firstHitSecondsOrNaN),
                    Column.integer("hit_messages", "QueryHit descriptors sent on the way back", r -> r.hitMessages),
                    Column.integer("check_messages", "random walkers' checks and verdicts", r -> r.checkMessages),
                    Column.integer("bytes", "bytes of all of these", r -> r.bytes),
                    Column.flag("success", "1 if at least one hit arrived within workload.timeout", QueryRecord::success)));

    /** {@code servents.csv}. */
    public static final Table<ServentRecord> SERVENTS = new Table<>("servents.csv",
            "one row per servent at the end of the run",
            List.of(
                    Column.integer("node", "its id (an edge list's own ids)", ServentRecord::node),
                    Column.text("role", "peer, ultrapeer or leaf", ServentRecord::role),
                    Column.integer("degree", "open overlay connections at the end", ServentRecord::degree),
                    Column.integer("shared", "objects it shares", ServentRecord::shared),
                    Column.integer("messages_handled", "descriptors it received over the run (its load)",
                            ServentRecord::received),
                    Column.integer("queries_received", "query copies it received", ServentRecord::queriesReceived),
                    Column.integer("hits_answered", "queries it answered with a QueryHit", ServentRecord::hitsAnswered),
                    Column.flag("online", "1 if online at the end", ServentRecord::online)));

    /** One hop of {@code flood-growth.csv}. */
    record GrowthRow(int hop, long messages, long reachedNew, long reached, long duplicates) {
    }

    /** {@code flood-growth.csv}. */
    public static final Table<GrowthRow> GROWTH = new Table<>("flood-growth.csv",
            "the first flooded search (flood or two_tier) of the run, hop by hop",
            List.of(
                    Column.integer("hop", "distance from the requester along the path the copies took", GrowthRow::hop),
                    Column.integer("messages", "copies received at this hop", GrowthRow::messages),
                    Column.integer("reached_new", "servents first reached at this hop", GrowthRow::reachedNew),
                    Column.integer("reached", "servents reached up to this hop", GrowthRow::reached),
                    Column.integer("duplicates", "copies received at this hop by servents that had seen it",
                            GrowthRow::duplicates)));

    /** One TTL of {@code success-by-ttl.csv}. */
    record SuccessRow(int ttl, long searches, double success) {
    }

    /** {@code success-by-ttl.csv}. */
    public static final Table<SuccessRow> SUCCESS_BY_TTL = new Table<>("success-by-ttl.csv",
            "success against TTL, from the flooded searches (flood, expanding_ring, two_tier): a flood of TTL t "
                    + "finds what lies within t hops",
            List.of(
                    Column.integer("ttl", "TTL t, 1 to the largest of these searches' TTLs", SuccessRow::ttl),
                    Column.integer("searches", "flooded searches", SuccessRow::searches),
                    Column.number("success", "fraction of them whose first hit was at most t hops away",
                            SuccessRow::success)));

    /** {@code summary.json}. */
    public static final List<SummaryField<GnutellaTotals>> SUMMARY = List.of(
            SummaryField.count("searches", "queries x methods measured", GnutellaTotals::searches),
            SummaryField.number("success_rate", "fraction of searches with at least one hit", GnutellaTotals::successRate),
            SummaryField.number("messages_per_query_mean", "mean Query descriptors per search",
                    t -> t.messages().mean()),
            SummaryField.number("messages_per_query_p50", "median (nearest rank)", t -> t.messages().percentile(50)),
            SummaryField.number("messages_per_query_p95", "95th percentile (nearest rank)",
                    t -> t.messages().percentile(95)),
            SummaryField.number("duplicates_per_query_mean", "mean duplicate copies per search",
                    GnutellaTotals::duplicatesMean),
            SummaryField.number("reached_per_query_mean", "mean servents reached per search", GnutellaTotals::reachedMean),
            SummaryField.number("hit_messages_per_query_mean", "mean QueryHit descriptors per search",
                    GnutellaTotals::hitMessagesMean),
            SummaryField.number("first_hit_hops_mean", "mean hops to the first hit, successful searches",
                    GnutellaTotals::firstHitHopsMean),
            SummaryField.number("first_hit_s_mean", "mean seconds to the first hit, successful searches",
                    GnutellaTotals::firstHitSMean),
            SummaryField.number("load_mean", "mean descriptors received per servent", GnutellaTotals::loadMean),
            SummaryField.count("load_max", "most descriptors received by one servent", GnutellaTotals::loadMax),
            RunFacts.events(GnutellaTotals::facts),
            RunFacts.wallS(GnutellaTotals::facts),
            RunFacts.seed(GnutellaTotals::facts),
            RunFacts.replication(GnutellaTotals::facts),
            RunFacts.simEndS(GnutellaTotals::facts),
            RunFacts.version(),
            RunFacts.commit(),
            SummaryField.count("servents", "servents, leaves included", t -> t.result().topology().servents()),
            SummaryField.count("topology_nodes", "nodes of the topology (the ultrapeers in a two-tier overlay)",
                    t -> t.result().topology().nodes()),
            SummaryField.count("topology_links", "its undirected links", t -> t.result().topology().links()),
            SummaryField.number("topology_mean_degree", "2 x links / nodes", t -> t.result().topology().meanDegree()),
            SummaryField.count("topology_largest_component", "nodes in its largest connected component",
                    t -> t.result().topology().largestComponent()),
            SummaryField.count("dropped_self_loops", "self-loops dropped from an edge list",
                    t -> t.result().topology().droppedSelfLoops()),
            SummaryField.count("dropped_duplicate_links", "duplicate links dropped from an edge list (u v after u v or v u)",
                    t -> t.result().topology().droppedDuplicates()),
            SummaryField.count("churn_departures", "times a servent went offline", t -> t.result().departures()),
            SummaryField.count("messages_total", "descriptors sent in the whole run, every type",
                    t -> total(t.result().messagesByType())),
            SummaryField.count("bytes_total", "their bytes", t -> t.result().bytes()));

    static final List<String> SWEEP_METRICS = List.of("success_rate", "messages_per_query_mean",
            "messages_per_query_p95", "duplicates_per_query_mean", "first_hit_hops_mean", "first_hit_s_mean",
            "load_max");

    private GnutellaOutputs() {
    }

    private static long total(long[] counts) {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    static List<GrowthRow> growthRows(List<long[]> growth) {
        List<GrowthRow> rows = new ArrayList<>();
        long reached = 0;
        for (int h = 0; h < growth.size(); h++) {
            long[] g = growth.get(h);
            reached += g[1];
            rows.add(new GrowthRow(h + 1, g[0], g[1], reached, g[2]));
        }
        return rows;
    }

    static List<SuccessRow> successRows(List<QueryRecord> searches) {
        int maxTtl = 0;
        long n = 0;
        for (QueryRecord r : searches) {
            if (!r.method.equals("random_walk")) {
                maxTtl = Math.max(maxTtl, r.ttl);
                n++;
            }
        }
        long[] within = new long[maxTtl + 1];
        for (QueryRecord r : searches) {
            if (!r.method.equals("random_walk") && r.success() && r.firstHitHops <= maxTtl) {
                within[r.firstHitHops]++;
            }
        }
        List<SuccessRow> rows = new ArrayList<>();
        long cumulative = within[0];
        for (int t = 1; t <= maxTtl; t++) {
            cumulative += within[t];
            rows.add(new SuccessRow(t, n, n == 0 ? Double.NaN : cumulative / (double) n));
        }
        return rows;
    }

    static List<OutputDoc> docs() {
        return List.of(new OutputDoc(SeriesTable.FILE, SERIES.description(), SERIES.docs()),
                new OutputDoc(QUERIES.fileName(), QUERIES.description(), QUERIES.docs()),
                new OutputDoc(SERVENTS.fileName(), SERVENTS.description(), SERVENTS.docs()),
                new OutputDoc(GROWTH.fileName(), GROWTH.description(), GROWTH.docs()),
                new OutputDoc(SUCCESS_BY_TTL.fileName(), SUCCESS_BY_TTL.description(), SUCCESS_BY_TTL.docs()),
                new OutputDoc(Summary.FILE, "the run's headline numbers, in this order", Summary.docs(SUMMARY)));
    }
}
