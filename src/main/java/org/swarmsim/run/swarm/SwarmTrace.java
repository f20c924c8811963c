package org.swarmsim.run.swarm;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.swarmsim.bittorrent.peer.Peer;
import org.swarmsim.bittorrent.peer.SwarmListener;
import org.swarmsim.bittorrent.tracker.AnnounceRequest;
import org.swarmsim.bittorrent.tracker.AnnounceResponse;
import org.swarmsim.bittorrent.tracker.TrackerEvent;
import org.swarmsim.bittorrent.wire.AllowedFast;
import org.swarmsim.bittorrent.wire.BitfieldMessage;
import org.swarmsim.bittorrent.wire.Cancel;
import org.swarmsim.bittorrent.wire.ExtendedMessage;
import org.swarmsim.bittorrent.wire.HashReject;
import org.swarmsim.bittorrent.wire.HashRequest;
import org.swarmsim.bittorrent.wire.Hashes;
import org.swarmsim.bittorrent.wire.Have;
import org.swarmsim.bittorrent.wire.PeerMessage;
import org.swarmsim.bittorrent.wire.Piece;
import org.swarmsim.bittorrent.wire.Port;
import org.swarmsim.bittorrent.wire.RejectRequest;
import org.swarmsim.bittorrent.wire.Request;
import org.swarmsim.bittorrent.wire.SuggestPiece;
import org.swarmsim.metrics.TraceNames;
import org.swarmsim.metrics.TraceWriter;
import org.swarmsim.net.Message;
import org.swarmsim.sim.Scheduler;

/**
 * Streams a swarm into {@code trace.jsonl}: every peer wire message at its arrival with its
 * protocol fields (BEP 3 {@code piece}, {@code begin}, {@code length} of a request, piece, cancel
 * or BEP 6 reject; the {@code piece} of a have, suggest or allowed fast; the {@code pieces} a
 * bitfield holds; the BEP 52 layer fields of hash requests, hashes and rejects; BEP 10 extended
 * messages with their extension's fields), tracker announces and responses as messages between
 * the peer and the tracker's node, and the state changes that are no message (choke decisions,
 * interest, verified and failed pieces, end game, snubbing, connections opened and closed).
 */
final class SwarmTrace implements SwarmListener {
    /** Types of the state lines a swarm writes. */
    static final SortedSet<String> STATE_TYPES = new TreeSet<>(java.util.List.of("choke_decision", "unchoke_decision",
            "interest_change", "piece_verified", "piece_failed", "end_game", "snubbed", "connection_open",
            "connection_close"));
    /** Types of the tracker exchange. */
    static final SortedSet<String> TRACKER_TYPES = new TreeSet<>(java.util.List.of("announce", "announce_response"));

    private final TraceWriter trace;
    private final Scheduler sim;

    SwarmTrace(TraceWriter trace, Scheduler sim) {
        this.trace = trace;
        this.sim = sim;
    }

    /** Every type a swarm's trace can hold: wire messages, extension messages, tracker exchange, state lines. */
    static SortedSet<String> types(Iterable<String> extensionTypes) {
        SortedSet<String> all = new TreeSet<>();
        for (Class<?> c : PeerMessage.class.getPermittedSubclasses()) {
            if (c != ExtendedMessage.class) {
                all.add(TraceNames.ofClass(c));
            }
        }
        for (Class<?> c : org.swarmsim.bittorrent.mse.MseMessage.class.getPermittedSubclasses()) {
            all.add(TraceNames.ofClass(c));
        }
        for (String t : extensionTypes) {
            all.add(t);
        }
        all.addAll(TRACKER_TYPES);
        all.addAll(STATE_TYPES);
        return all;
    }

    @Override
    public boolean wantsMessages() {
        return true;
    }

    @Override
    public void onMessage(long arrivalNanos, Peer from, Peer to, Message message) {
        if (message instanceof ExtendedMessage m) {
            TraceWriter.Line line = trace.message(arrivalNanos, from.index(), to.index(), m.payload().traceType(),
                    m.wireSize());
            if (line.kept()) {
                for (Map.Entry<String, Long> e : m.payload().traceFields().entrySet()) {
                    line.field(e.getKey(), e.getValue());
                }
            }
            line.end();
            return;
        }
        TraceWriter.Line line = trace.message(arrivalNanos, from.index(), to.index(), TraceNames.of(message),
                message.wireSize());
        if (line.kept()) {
            fields(line, message);
        }
        line.end();
    }

    /** The protocol fields of a BEP 3 / 6 / 52 message, in a fixed order. */
    static void fields(TraceWriter.Line line, Message message) {
        if (message instanceof Request r) {
            block(line, r.piece(), r.begin(), r.length());
        } else if (message instanceof Piece p) {
            block(line, p.piece(), p.begin(), p.length());
        } else if (message instanceof Cancel c) {
            block(line, c.piece(), c.begin(), c.length());
        } else if (message instanceof RejectRequest r) {
            block(line, r.piece(), r.begin(), r.length());
        } else if (message instanceof Have h) {
            line.field("piece", h.piece());
        } else if (message instanceof BitfieldMessage b) {
            line.field("pieces", b.cardinality());
        } else if (message instanceof SuggestPiece s) {
            line.field("piece", s.piece());
        } else if (message instanceof AllowedFast a) {
            line.field("piece", a.piece());
        } else if (message instanceof HashRequest h) {
            layer(line, h.baseLayer(), h.index(), h.length(), h.proofLayers());
        } else if (message instanceof Hashes h) {
            layer(line, h.baseLayer(), h.index(), h.length(), h.proofLayers());
        } else if (message instanceof HashReject h) {
            layer(line, h.baseLayer(), h.index(), h.length(), h.proofLayers());
        } else if (message instanceof Port p) {
            line.field("port", p.port());
        }
    }

    private static void block(TraceWriter.Line line, int piece, int begin, int length) {
        line.field("piece", piece).field("begin", begin).field("length", length);
    }

    private static void layer(TraceWriter.Line line, int baseLayer, int index, int length, int proofLayers) {
        line.field("base_layer", baseLayer).field("index", index).field("length", length)
                .field("proof_layers", proofLayers);
    }

    @Override
    public void onTrackerMessage(long arrivalNanos, Peer peer, String tracker, boolean toTracker, Message message) {
        if (toTracker && message instanceof AnnounceRequest r) {
            trace.message(arrivalNanos, peer.index(), tracker, "announce", r.wireSize())
                    .field("event", r.event() == TrackerEvent.NONE ? "none" : r.event().wireName())
                    .field("numwant", r.numwant())
                    .field("uploaded", r.uploadedBytes())
                    .field("downloaded", r.downloadedBytes())
                    .field("left", r.leftBytes())
                    .end();
        } else if (message instanceof AnnounceResponse r) {
            TraceWriter.Line line = trace.message(arrivalNanos, tracker, peer.index(), "announce_response", r.wireSize());
            if (r.isFailure()) {
                line.field("failure", r.failureReason());
            }
            line.field("peers", r.peers().size())
                    .field("interval", r.intervalSeconds())
                    .field("min_interval", r.minIntervalSeconds())
                    .field("complete", r.complete())
                    .field("incomplete", r.incomplete())
                    .end();
        }
    }

    @Override
    public void onChokeDecision(Peer peer, Peer remote, boolean unchoked, String reason) {
        trace.state(sim.now(), peer.index(), index(remote), unchoked ? "unchoke_decision" : "choke_decision")
                .field("reason", reason).end();
    }

    @Override
    public void onInterestChange(Peer peer, Peer remote, boolean interested) {
        trace.state(sim.now(), peer.index(), index(remote), "interest_change").field("interested", interested).end();
    }

    @Override
    public void onPieceVerified(Peer peer, int piece) {
        trace.state(sim.now(), peer.index(), -1, "piece_verified").field("piece", piece).end();
    }

    @Override
    public void onPieceFailed(Peer peer, int piece) {
        trace.state(sim.now(), peer.index(), -1, "piece_failed").field("piece", piece).end();
    }

    @Override
    public void onEndGame(Peer peer) {
        trace.state(sim.now(), peer.index(), -1, "end_game").end();
    }

    @Override
    public void onSnubbed(Peer peer, Peer remote) {
        trace.state(sim.now(), peer.index(), index(remote), "snubbed").end();
    }

    @Override
    public void onConnectionOpened(Peer peer, Peer remote, boolean outgoing) {
        trace.state(sim.now(), peer.index(), index(remote), "connection_open").field("outgoing", outgoing).end();
    }

    @Override
    public void onConnectionClosed(Peer peer, Peer remote, String reason) {
        trace.state(sim.now(), peer.index(), index(remote), "connection_close").field("reason", reason).end();
    }

    private static long index(Peer p) {
        return p == null ? -1 : p.index();
    }
}
