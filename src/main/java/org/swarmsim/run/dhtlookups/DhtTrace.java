package org.swarmsim.run.dhtlookups;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.swarmsim.kademlia.KrpcMessage;
import org.swarmsim.kademlia.KrpcObserver;
import org.swarmsim.metrics.TraceNames;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.Scheduler;

/**
 * Streams a {@code kind: dht_lookups} run into {@code trace.jsonl}. Nodes are shown by their
 * index (0 is the bootstrap node), ids by their first 8 hex digits. A query is traced when it is
 * sent, with its transaction id {@code tid}, the {@code lookup} it belongs to and the candidate's
 * {@code depth} in it (both left out for a query of no lookup), the querier's {@code id}, the
 * queried node's {@code to_id} and the {@code target}; an answer when it arrives at the querier,
 * with {@code tid}, {@code lookup}, the answerer's {@code id} and the {@code nodes} it returns (and
 * the {@code peers} count of a get_peers answer). State lines: {@code lookup_start},
 * {@code lookup_end} (rounds, queries, timeouts, closest, success when judged) and
 * {@code query_timeout}.
 */
final class DhtTrace implements KrpcObserver {
    /** The state lines this trace writes. */
    static final List<String> STATE_TYPES = List.of("lookup_start", "lookup_end", "query_timeout");

    private final TraceWriter trace;
    private final Scheduler sim;
    private final int firstAddress;

    /** @param firstAddress the network address of node 0 (addresses are node index + this) */
    DhtTrace(TraceWriter trace, Scheduler sim, int firstAddress) {
        this.trace = trace;
        this.sim = sim;
        this.firstAddress = firstAddress;
    }

    /** Every type a dht_lookups trace can hold. */
    static SortedSet<String> types() {
        SortedSet<String> all = new TreeSet<>(STATE_TYPES);
        for (Class<?> c : KrpcMessage.class.getPermittedSubclasses()) {
            all.add(TraceNames.ofClass(c));
        }
        return all;
    }

    /** The first 8 hex digits of {@code id} (its top 32 bits). */
    static String prefix(NodeId id) {
        String hex = Long.toHexString((id.hi() >>> 32) | (1L << 32));
        return hex.substring(1);
    }

    @Override
    public void onLookupStarted(int lookup, int origin, NodeId target, String kind) {
        trace.state(sim.now(), origin - firstAddress, -1, "lookup_start")
                .field("lookup", lookup).field("kind", kind).field("target", prefix(target)).end();
    }

    @Override
    public void onLookupFinished(int lookup, int origin, int rounds, int queries, int timeouts, NodeId closest,
                                 Boolean success, boolean stoppedEarly) {
        TraceWriter.Line line = trace.state(sim.now(), origin - firstAddress, -1, "lookup_end")
                .field("lookup", lookup).field("rounds", rounds).field("queries", queries).field("timeouts", timeouts);
        if (closest != null) {
            line.field("closest", prefix(closest));
        }
        if (success != null) {
            line.field("success", success.booleanValue());
        }
        if (stoppedEarly) {
            line.field("stopped_early", true);
        }
        line.end();
    }

    @Override
    public void onQuerySent(int lookup, int from, int to, NodeId toId, int depth, KrpcMessage query) {
        TraceWriter.Line line = trace.message(sim.now(), from - firstAddress, to - firstAddress, TraceNames.of(query),
                query.wireSize());
        if (!line.kept()) {
            return;
        }
        line.field("tid", query.transactionId());
        if (lookup >= 0) {
            line.field("lookup", lookup).field("depth", depth);
        }
        line.field("id", prefix(query.sender())).field("to_id", prefix(toId));
        if (query instanceof KrpcMessage.FindNode f) {
            line.field("target", prefix(f.target()));
        } else if (query instanceof KrpcMessage.GetPeers g) {
            line.field("target", prefix(g.infoHash()));
        } else if (query instanceof KrpcMessage.AnnouncePeer a) {
            line.field("target", prefix(a.infoHash()));
        }
        line.end();
    }

    @Override
    public void onAnswerReceived(int lookup, int from, int to, KrpcMessage answer) {
        TraceWriter.Line line = trace.message(sim.now(), from - firstAddress, to - firstAddress, TraceNames.of(answer),
                answer.wireSize());
        if (!line.kept()) {
            return;
        }
        line.field("tid", answer.transactionId());
        if (lookup >= 0) {
            line.field("lookup", lookup);
        }
        if (answer instanceof KrpcMessage.ErrorReply e) {
            line.field("code", e.code()).end();
            return;
        }
        line.field("id", prefix(answer.sender()));
        if (answer instanceof KrpcMessage.NodesResponse n) {
            line.field("nodes", prefixes(n.nodeIds()));
        } else if (answer instanceof KrpcMessage.PeersResponse p) {
            line.field("nodes", prefixes(p.nodeIds())).field("peers", p.peerAddresses().length);
        }
        line.end();
    }

    @Override
    public void onQueryTimedOut(int lookup, int from, int to, NodeId toId) {
        TraceWriter.Line line = trace.state(sim.now(), from - firstAddress, to - firstAddress, "query_timeout");
        if (lookup >= 0) {
            line.field("lookup", lookup);
        }
        line.field("to_id", prefix(toId)).end();
    }

    private static List<String> prefixes(NodeId[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (NodeId id : ids) {
            out.add(prefix(id));
        }
        return out;
    }
}
