package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.tracker.AnnounceRequest;
import org.swarmsim.bittorrent.tracker.AnnounceResponse;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.tracker.TrackerEvent;
import org.swarmsim.net.ConnectHandler;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Timer;

/**
 * A peer's side of the HTTP tracker protocol: each announce opens a connection to the tracker
 * node, sends the GET request (its real size), reads the response and closes, as an HTTP/1.0
 * client does. Regular announces follow the tracker's interval; a peer short of connections may
 * announce again after the tracker's minimum interval. A failed announce (tracker offline) is
 * retried after a back-off, as clients do.
 *
 * <p>One request at a time per tracker, as real clients queue them: a peer that leaves while an
 * announce (typically its {@code completed}) is still under way sends {@code stopped} only after
 * that answer. Sent together on two connections, the {@code completed} could reach the tracker
 * after the {@code stopped} and register the departed peer again, as a seed, until it expired.
 */
final class TrackerClient implements PeerSource {
    /** Retry delay after a failed announce. */
    static final long RETRY_NANOS = SimTime.seconds(60);
    /** How long a leaving peer waits for the answer to {@code stopped} before going offline anyway. */
    static final long STOPPED_TIMEOUT_NANOS = SimTime.seconds(5);
    /** {@code left} announced before the metadata is known, as libtorrent does ({@code value_or(bytes_left(), 16*1024)}). */
    static final long LEFT_WITHOUT_METADATA_BYTES = 16 * 1024;

    private final Peer peer;
    private final Timer regular;
    private long intervalNanos = SimTime.minutes(30);
    private long minIntervalNanos = SimTime.seconds(30);
    private long lastAnnounceNanos = Long.MIN_VALUE;
    private boolean inFlight;
    private Runnable afterInFlight;        // the deferred stopped announce, if any

    TrackerClient(Peer peer) {
        this.peer = peer;
        this.regular = Timer.oneShot(peer.swarm().scheduler(), () -> announce(TrackerEvent.NONE));
    }

    @Override
    public void started() {
        announce(TrackerEvent.STARTED);
    }

    @Override
    public void completed() {
        announce(TrackerEvent.COMPLETED);
    }

    @Override
    public void wantMorePeers() {
        announceEarlyIfAllowed();
    }

    @Override
    public void stopping(Runnable then) {
        regular.cancel();
        announceStoppedThen(then);
    }

    /** Announces now unless one is already under way. */
    void announce(TrackerEvent event) {
        Node tracker = peer.swarm().trackerNode();
        if (tracker == null) {
            return;   // trackerless swarm
        }
        if (inFlight && event == TrackerEvent.NONE) {
            return;
        }
        inFlight = true;
        lastAnnounceNanos = peer.now();
        send(tracker, event, response -> {
            inFlight = false;
            if (afterInFlight != null) {
                Runnable next = afterInFlight;
                afterInFlight = null;
                next.run();
                return;
            }
            if (response == null || response.isFailure()) {
                if (peer.state() == Peer.State.LEECHING || peer.state() == Peer.State.SEEDING) {
                    regular.start(RETRY_NANOS);
                }
                return;
            }
            intervalNanos = SimTime.seconds(Math.max(1, response.intervalSeconds()));
            if (response.minIntervalSeconds() > 0) {
                minIntervalNanos = SimTime.seconds(response.minIntervalSeconds());
            }
            if (peer.state() == Peer.State.LEECHING || peer.state() == Peer.State.SEEDING) {
                regular.start(intervalNanos);
                List<Integer> ids = new ArrayList<>(response.peers().size());
                for (PeerAddress a : response.peers()) {
                    ids.add(a.nodeId());
                }
                peer.addCandidates("tracker", ids);
            }
        });
    }

    /** Announces early if the tracker's minimum interval has passed since the last announce. */
    void announceEarlyIfAllowed() {
        if (!inFlight && peer.now() - lastAnnounceNanos >= minIntervalNanos) {
            announce(TrackerEvent.NONE);
        }
    }

    /**
     * Sends {@code stopped}, then runs {@code then} when answered, when the connection fails (the
     * tracker is down: a client learns it only by trying) or after a short timeout.
     */
    void announceStoppedThen(Runnable then) {
        Node tracker = peer.swarm().trackerNode();
        if (tracker == null) {
            peer.swarm().scheduler().schedule(0, then);
            return;
        }
        boolean[] done = {false};
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                then.run();
            }
        };
        Runnable sendStopped = () -> {
            if (!done[0]) {
                send(tracker, TrackerEvent.STOPPED, response -> once.run());
            }
        };
        if (inFlight) {
            afterInFlight = sendStopped;
        } else {
            sendStopped.run();
        }
        peer.swarm().scheduler().schedule(STOPPED_TIMEOUT_NANOS, once);
    }

    private interface ResponseHandler {
        void onResponse(AnnounceResponse response);   // null: connection failed
    }

    private void send(Node tracker, TrackerEvent event, ResponseHandler handler) {
        long left = peer.hasMetadata() ? peer.layout().totalBytes() - bytesHeld() : LEFT_WITHOUT_METADATA_BYTES;
        AnnounceRequest request = new AnnounceRequest(peer.swarm().announceUrl(), peer.infoHash(), peer.peerId(),
                6881, peer.bytesUploaded(), peer.bytesDownloaded(), Math.max(0, left), event,
                event == TrackerEvent.STOPPED ? 0 : peer.config().numwant(), true);
        peer.swarm().network().connect(peer.node(), tracker, new ConnectHandler() {
            @Override
            public ConnectionListener onConnected(Connection connection) {
                connection.send(request);
                return new ConnectionListener() {
                    private boolean answered;

                    @Override
                    public void onMessage(Connection c, Message message) {
                        if (message instanceof AnnounceResponse r && !answered) {
                            answered = true;
                            c.close();
                            handler.onResponse(r);
                        }
                    }

                    @Override
                    public void onClosed(Connection c) {
                        if (!answered) {
                            answered = true;
                            handler.onResponse(null);
                        }
                    }
                };
            }

            @Override
            public void onConnectFailed(Node target) {
                handler.onResponse(null);
            }
        });
    }

    private long bytesHeld() {
        long held = 0;
        var have = peer.have();
        for (int p = have.nextSetBit(0); p >= 0; p = have.nextSetBit(p + 1)) {
            held += peer.layout().pieceBytes(p);
        }
        return held;
    }
}
