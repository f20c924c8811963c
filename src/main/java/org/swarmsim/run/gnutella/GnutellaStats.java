package org.swarmsim.run.gnutella;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.gnutella.Routed;
import org.swarmsim.gnutella.Servent;
import org.swarmsim.gnutella.ServentObserver;
import org.swarmsim.gnutella.wire.Ping;
import org.swarmsim.gnutella.wire.Pong;
import org.swarmsim.gnutella.wire.Query;
import org.swarmsim.gnutella.wire.QueryHit;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.net.Connection;
import org.swarmsim.sim.Scheduler;

/**
 * The run's statistics, as a listener of every servent: per-search counts ({@link QueryRecord}),
 * descriptors and bytes by type for the time series, and the flood's growth by hop for the first
 * flooded search.
 */
final class GnutellaStats implements ServentObserver {
    /** Descriptor types counted apart in the time series. */
    static final int QUERY = 0;
    static final int HIT = 1;
    static final int PING = 2;
    static final int PONG = 3;
    static final int OTHER = 4;
    static final int CHECK = 5;
    static final int TYPES = 6;
    private static final String[] TYPE_NAMES = {"query", "queryhit", "ping", "pong", "route_table_update", "walk_check"};

    private final Scheduler sim;
    final List<QueryRecord> records = new ArrayList<>();
    final long[] messagesByType = new long[TYPES];
    long bytes;
    int growthSearch = -1;
    private TraceWriter trace;
    private long[] labelOfNode;
    final List<long[]> growth = new ArrayList<>();   // per hop: messages, new servents reached, duplicates

    GnutellaStats(Scheduler sim) {
        this.sim = sim;
    }

    /** Streams every descriptor sent to {@code trace} (null: no trace); node ids shown as {@code labels}. */
    void trace(TraceWriter trace, long[] labelOfNode) {
        this.trace = trace;
        this.labelOfNode = labelOfNode;
    }

    /** Every type a gnutella trace can hold. */
    static java.util.SortedSet<String> traceTypes() {
        return new java.util.TreeSet<>(List.of(TYPE_NAMES));
    }

    /** A GUID's first 8 hex digits (the top 32 bits of its first word). */
    static String shortGuid(long hi) {
        return Long.toHexString((hi >>> 32) | (1L << 32)).substring(1);
    }

    @Override
    public void sent(Servent from, Connection connection, Routed m) {
        int type = typeOf(m);
        if (trace != null) {
            TraceWriter.Line line = trace.message(sim.now(), labelOfNode[from.host().id()],
                    labelOfNode[connection.remote().id()], TYPE_NAMES[type], m.wireSize());
            if (line.kept() && m.descriptor() != null) {
                line.field("guid", shortGuid(m.descriptor().guid().hi()))
                        .field("ttl", m.descriptor().ttl()).field("hops", m.descriptor().hops());
                if (m.search() >= 0) {
                    line.field("search", m.search());
                }
            }
            line.end();
        }
        messagesByType[type]++;
        bytes += m.wireSize();
        if (m.search() >= 0) {
            QueryRecord r = records.get(m.search());
            r.bytes += m.wireSize();
            if (type == QUERY) {
                r.messages++;
            } else if (type == HIT) {
                r.hitMessages++;
            }
        }
    }

    @Override
    public void queryReceived(Servent at, Routed m, boolean first) {
        if (m.search() < 0) {
            return;
        }
        QueryRecord r = records.get(m.search());
        if (first) {
            r.reached++;
        } else {
            r.duplicates++;
        }
        if (m.search() == growthSearch) {
            int hop = m.descriptor().hops() + 1;
            while (growth.size() < hop) {
                growth.add(new long[3]);
            }
            long[] row = growth.get(hop - 1);
            row[0]++;
            row[first ? 1 : 2]++;
        }
    }

    @Override
    public void hitArrived(Servent requester, Routed hit) {
        QueryRecord r = records.get(hit.search());
        r.hits++;
        if (r.firstHitNanos < 0) {
            r.firstHitNanos = sim.now();
            r.firstHitHops = hit.descriptor().hops() + 1;
        }
    }

    @Override
    public void checkSent(int search, int bytes) {
        messagesByType[CHECK]++;
        this.bytes += bytes;
        if (search >= 0) {
            QueryRecord r = records.get(search);
            r.checkMessages++;
            r.bytes += bytes;
        }
    }

    private static int typeOf(Routed m) {
        Object d = m.descriptor();
        if (d instanceof Query) {
            return QUERY;
        }
        if (d instanceof QueryHit) {
            return HIT;
        }
        if (d instanceof Ping) {
            return PING;
        }
        return d instanceof Pong ? PONG : OTHER;
    }
}
