package org.swarmsim.run.finders;

import java.util.List;
import org.swarmsim.finders.FinderTraffic;
import org.swarmsim.metrics.Column;
import org.swarmsim.metrics.SeriesColumn;
import org.swarmsim.metrics.SeriesTable;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SummaryField;
import org.swarmsim.metrics.Table;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunFacts;

/**
 * The files of a finder run, defined once: the columns of {@code timeseries.csv},
 * {@code searches.csv} and {@code finders.csv} and the keys of {@code summary.json}.
 */
public final class FindersOutputs {
    /** {@code timeseries.csv}: from time 0. */
    public static final SeriesTable<FindersSample> SERIES = new SeriesTable<>(
            "one row per metrics.sample_interval of simulated time, from time 0 (the warm-up first, then the workload)",
            List.of(
                    new SeriesColumn<>("time_s", "simulated time of the sample, seconds", s -> s.timeS),
                    new SeriesColumn<>("finders_online", "finders online", s -> s.findersOnline),
                    new SeriesColumn<>("peers_attached", "peers online and attached to at least one finder",
                            s -> s.peersAttached),
                    new SeriesColumn<>("links_mean", "mean non-empty link slots per online finder (table fill)",
                            s -> s.linksMean),
                    new SeriesColumn<>("cache_mean", "mean cache entries per online finder", s -> s.cacheMean),
                    new SeriesColumn<>("messages_per_s", "datagrams sent per second since the previous sample",
                            s -> s.messagesPerS),
                    new SeriesColumn<>("gossip_messages_per_s", "cache-gossip datagrams per second since the previous "
                            + "sample", s -> s.gossipPerS),
                    new SeriesColumn<>("searches", "searches and locates completed (answered or timed out) since the "
                            + "previous sample", s -> s.searches),
                    new SeriesColumn<>("success_rate", "fraction of those that succeeded (NaN if none)",
                            s -> s.successRate),
                    new SeriesColumn<>("hops_mean", "mean finder hops of those answered (NaN if none)",
                            s -> s.hopsMean)));

    /** {@code searches.csv}: one row per search or locate of the workload. */
    public static final Table<SearchRecord> SEARCHES = new Table<>("searches.csv",
            "one row per search (of a swarm, from a peer) or locate (of a key, from a finder), in start order",
            List.of(
                    Column.seconds("start_s", "when it started", r -> r.startNanos),
                    Column.text("operation", "search or locate", SearchRecord::operation),
                    Column.integer("origin", "address of the peer or finder it started from", r -> r.origin),
                    Column.text("key", "the swarm's info-hash or the key, 40 hex digits", r -> r.key),
                    Column.integer("swarm", "the swarm's number (0 most popular), -1 for a locate", r -> r.swarm),
                    Column.integer("members", "the swarm's members online when the search started (the god's view; "
                            + "-1 for a locate)", SearchRecord::members),
                    Column.integer("hops", "finder-to-finder hops to the finder that answered (-1 if none did)",
                            SearchRecord::hops),
                    Column.integer("messages", "datagrams it caused: routed hops, acknowledgements, floods or walks, "
                            + "answers", SearchRecord::messages),
                    Column.number("latency_s", "start to the first answer (NaN if none)",
                            r -> r.answered() ? r.latencyNanos() / 1e9 : Double.NaN),
                    Column.flag("success", "1 if a search's answer had contacts, or a locate was answered by the "
                            + "true home", SearchRecord::success),
                    Column.integer("answerer", "number of the finder that answered first (-1 if none)",
                            SearchRecord::answerer),
                    Column.integer("home", "the true home at the answer: the online finder closest to the key "
                            + "(-1 if unanswered)", SearchRecord::home),
                    Column.flag("home_reached", "1 if the answerer was the true home", SearchRecord::homeReached),
                    Column.text("fallback", "flood, walk or none if it fell back at a local minimum, else empty",
                            SearchRecord::fallbackName),
                    Column.integer("contacts", "swarm contacts in the first answer", SearchRecord::contacts),
                    Column.integer("retries", "times the peer sent it again through another finder",
                            SearchRecord::retries)));

    /** {@code finders.csv}: one row per finder at the end. */
    public static final Table<FinderRecord> FINDERS = new Table<>("finders.csv", "one row per finder, at the end of the run",
            List.of(
                    Column.integer("finder", "finder number, as in searches.csv", FinderRecord::number),
                    Column.integer("address", "network address, as in trace.jsonl", FinderRecord::address),
                    Column.text("id", "160-bit id, 40 hex digits", FinderRecord::id),
                    Column.flag("online", "1 if online at the end", FinderRecord::online),
                    Column.integer("links", "non-empty link slots", FinderRecord::links),
                    Column.integer("cache", "cache entries", FinderRecord::cache),
                    Column.integer("stale_cache", "cache entries naming finders offline at the end",
                            FinderRecord::staleCache),
                    Column.integer("peers", "peers attached at the end", FinderRecord::load),
                    Column.integer("routed", "routed messages handled over the run (its routing load)",
                            FinderRecord::routed),
                    Column.integer("swarms_homed", "swarms with contacts registered here at the end",
                            FinderRecord::swarmsHomed),
                    Column.integer("hints", "swarm hints held at the end", FinderRecord::hints)));

    /** {@code summary.json}. */
    public static final List<SummaryField<FindersTotals>> SUMMARY = List.of(
            SummaryField.count("searches_total", "searches and locates started in the workload", FindersTotals::searches),
            SummaryField.number("success_rate", "fraction that succeeded (see searches.csv success)",
                    t -> t.perSearch(t.successes())),
            SummaryField.number("answered_rate", "fraction answered at all", t -> t.perSearch(t.answered())),
            SummaryField.number("home_reached_rate", "fraction answered by the true home",
                    t -> t.perSearch(t.homeReached())),
            SummaryField.number("hops_mean", "mean finder hops of the answered", t -> t.hops().mean()),
            SummaryField.number("hops_p50", "median hops (nearest rank)", t -> t.hops().percentile(50)),
            SummaryField.number("hops_p95", "95th percentile of the hops (nearest rank)", t -> t.hops().percentile(95)),
            SummaryField.number("hops_max", "most hops of an answered search", t -> t.hops().max()),
            new SummaryField<>("hops_histogram", "answered searches by hop count: {\"0\": n0, \"1\": n1, ...}",
                    FindersTotals::histogram),
            SummaryField.number("latency_mean_s", "mean start-to-answer time of the answered",
                    t -> t.latenciesS().mean()),
            SummaryField.number("latency_p95_s", "95th percentile of that time", t -> t.latenciesS().percentile(95)),
            SummaryField.number("messages_per_search", "mean datagrams per search", FindersTotals::messagesMean),
            SummaryField.number("fallback_rate", "fraction that fell back at a local minimum",
                    t -> t.perSearch(t.fellBack())),
            SummaryField.number("fallback_success_rate", "fraction of those that still succeeded",
                    FindersTotals::fallbackSuccessRate),
            SummaryField.number("contacts_mean", "mean contacts per answer", FindersTotals::contactsMean),
            SummaryField.number("retries_per_search", "mean retries through another finder",
                    t -> t.perSearch(t.retries())),
            SummaryField.number("routed_per_finder_mean", "routed messages handled per finder over the run, mean",
                    t -> t.routed().mean()),
            SummaryField.number("routed_per_finder_max", "the same, the busiest finder", t -> t.routed().max()),
            SummaryField.number("peers_per_finder_mean", "peers attached per finder at the end, mean",
                    t -> t.load().mean()),
            SummaryField.number("peers_per_finder_max", "the same, the most loaded finder (at most peers_per_finder)",
                    t -> t.load().max()),
            SummaryField.number("links_mean", "mean non-empty link slots per online finder at the end",
                    FindersTotals::linksMean),
            SummaryField.number("cache_mean", "mean cache entries per online finder at the end",
                    FindersTotals::cacheMean),
            SummaryField.number("stale_cache_fraction", "fraction of the online finders' cache entries that name an "
                    + "offline finder at the end", FindersTotals::staleFraction),
            SummaryField.count("finders", "finders elected (nodes x fraction)", t -> t.counts().finders()),
            SummaryField.count("peers", "ordinary peers", t -> t.counts().peers()),
            SummaryField.count("finders_online_end", "finders online at the end", t -> t.counts().onlineAtEnd()),
            SummaryField.count("finders_found_dead", "times a finder or peer found a finder dead (a timeout)",
                    t -> t.counts().foundDead()),
            SummaryField.count("duplicate_answers", "answers after the first (floods reach several finders that know "
                    + "the swarm)", t -> t.counts().duplicates()),
            SummaryField.count("finder_departures", "times a finder left by churn", t -> t.counts().departures()),
            SummaryField.count("peer_departures", "times a peer left by churn", t -> t.counts().peerDepartures()),
            SummaryField.count("failed_finders", "finders killed by finders.failures", t -> t.counts().failed()),
            SummaryField.count("search_messages", "datagrams of searches and locates",
                    t -> t.counts().messages(FinderTraffic.SEARCH)),
            SummaryField.count("register_messages", "datagrams of registrations",
                    t -> t.counts().messages(FinderTraffic.REGISTER)),
            SummaryField.count("attach_messages", "datagrams of peers attaching and detaching",
                    t -> t.counts().messages(FinderTraffic.ATTACH)),
            SummaryField.count("gossip_messages", "cache-gossip datagrams", t -> t.counts().messages(FinderTraffic.GOSSIP)),
            SummaryField.count("join_messages", "datagrams of returning finders' joins",
                    t -> t.counts().messages(FinderTraffic.JOIN)),
            SummaryField.count("messages_total", "datagrams sent in the whole run", t -> t.counts().messagesTotal()),
            SummaryField.count("bytes_total", "their bytes", t -> t.counts().bytesTotal()),
            RunFacts.events(FindersTotals::facts),
            RunFacts.wallS(FindersTotals::facts),
            RunFacts.seed(FindersTotals::facts),
            RunFacts.replication(FindersTotals::facts),
            RunFacts.simEndS(FindersTotals::facts),
            RunFacts.version(),
            RunFacts.commit());

    static final List<String> SWEEP_METRICS = List.of("hops_mean", "success_rate", "messages_per_search",
            "latency_mean_s", "fallback_rate", "routed_per_finder_max");

    private FindersOutputs() {
    }

    static List<OutputDoc> docs() {
        return List.of(new OutputDoc(SeriesTable.FILE, SERIES.description(), SERIES.docs()),
                new OutputDoc(SEARCHES.fileName(), SEARCHES.description(), SEARCHES.docs()),
                new OutputDoc(FINDERS.fileName(), FINDERS.description(), FINDERS.docs()),
                new OutputDoc(Summary.FILE, "the run's headline numbers, in this order", Summary.docs(SUMMARY)));
    }
}
