package org.swarmsim.run.finders;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.finders.Fallback;
import org.swarmsim.finders.FinderMessage;
import org.swarmsim.finders.FinderObserver;
import org.swarmsim.finders.FinderTraffic;
import org.swarmsim.finders.Geometry;
import org.swarmsim.metrics.TraceNames;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.sim.Scheduler;

/**
 * The god's-eye view of a finder run: traffic by purpose, every search's record (messages, the
 * answer, the true home at the answer), and the counters of the current time-series interval.
 */
final class FindersStats implements FinderObserver {
    private final Scheduler sim;
    private final Geometry geometry;
    final List<SearchRecord> records = new ArrayList<>();
    final long[] messages = new long[FinderTraffic.values().length];
    final long[] bytes = new long[FinderTraffic.values().length];
    long foundDead;
    long duplicates;
    long windowSearches;
    long windowSuccesses;
    long windowHops;
    long windowAnswered;
    private TraceWriter trace;

    FindersStats(Scheduler sim, Geometry geometry) {
        this.sim = sim;
        this.geometry = geometry;
    }

    void trace(TraceWriter t) {
        this.trace = t;
    }

    SearchRecord start(int id, String operation, int origin, String key, int swarm) {
        SearchRecord r = new SearchRecord(id, sim.now(), operation, origin, key, swarm);
        if (id != records.size()) {
            throw new IllegalStateException("search ids must be given in order: " + id + " after " + records.size());
        }
        records.add(r);
        return r;
    }

    private SearchRecord record(int searchId) {
        return searchId >= 0 && searchId < records.size() ? records.get(searchId) : null;
    }

    @Override
    public void sent(int fromAddress, int toAddress, FinderMessage m) {
        int t = m.traffic().ordinal();
        messages[t]++;
        bytes[t] += m.wireSize();
        SearchRecord r = record(m.searchId());
        if (r != null) {
            r.messages++;
        }
        if (trace != null) {
            trace.record(sim.now(), fromAddress, toAddress, typeName(m), m.wireSize());
        }
    }

    /** Every type a finders trace can hold. */
    static java.util.SortedSet<String> traceTypes() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        for (org.swarmsim.finders.Purpose p : org.swarmsim.finders.Purpose.values()) {
            all.add("route_" + p.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Class<?> c : FinderMessage.class.getPermittedSubclasses()) {
            if (c != FinderMessage.Route.class) {
                all.add(TraceNames.ofClass(c));
            }
        }
        all.add("gossip_reply");
        return all;
    }

    /** The type in {@code trace.jsonl}: route_search, route_register, ..., ack, found, gossip, gossip_reply, ... */
    static String typeName(FinderMessage m) {
        if (m instanceof FinderMessage.Route r) {
            return "route_" + r.purpose().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (m instanceof FinderMessage.Gossip g && g.reply()) {
            return "gossip_reply";
        }
        return TraceNames.of(m);
    }

    @Override
    public void answered(FinderMessage.Found found, long nowNanos) {
        SearchRecord r = record(found.searchId());
        if (r == null) {
            return;
        }
        if (r.answered) {
            duplicates++;
            return;
        }
        r.answered = true;
        r.answerer = found.answerer();
        r.hops = found.hops();
        r.contacts = found.contacts().length;
        r.latencyNanos = nowNanos - r.startNanos;
        r.home = geometry.home(geometry.point(found.key()));
        complete(r);
    }

    /** A search from a peer got no answer in time. */
    void timedOut(int searchId) {
        SearchRecord r = record(searchId);
        if (r != null && !r.answered) {
            complete(r);
        }
    }

    private void complete(SearchRecord r) {
        windowSearches++;
        if (r.success()) {
            windowSuccesses++;
        }
        if (r.answered) {
            windowAnswered++;
            windowHops += r.hops;
        }
    }

    @Override
    public void dropped(FinderMessage.Route route) {
        SearchRecord r = record(route.searchId());
        if (r != null) {
            r.dropped++;
        }
    }

    @Override
    public void fellBack(FinderMessage.Route route, Fallback how) {
        SearchRecord r = record(route.searchId());
        if (r != null && r.fallback == null) {
            r.fallback = how;
        }
    }

    @Override
    public void retried(int searchId) {
        SearchRecord r = record(searchId);
        if (r != null) {
            r.retries++;
        }
    }

    @Override
    public void foundDead(int finder) {
        foundDead++;
    }

    long messagesTotal() {
        long n = 0;
        for (long m : messages) {
            n += m;
        }
        return n;
    }
}
