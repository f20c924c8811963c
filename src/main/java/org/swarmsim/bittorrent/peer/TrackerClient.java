package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.swarmsim.bittorrent.tracker.AnnounceRequest;
import org.swarmsim.bittorrent.tracker.AnnounceResponse;
import org.swarmsim.bittorrent.tracker.PeerAddress;
import org.swarmsim.bittorrent.tracker.TrackerHttpCodec;
import org.swarmsim.bittorrent.tracker.TrackerEvent;
import org.swarmsim.net.ConnectHandler;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * A peer's side of the HTTP tracker protocol: each announce opens a connection to the tracker
 * node, sends the GET request (its real size), reads the response and closes, as an HTTP/1.0
 * client does. Regular announces follow the tracker's interval; a peer short of connections may
 * announce again after the tracker's minimum interval. A failed announce (tracker offline) is
 * retried after a back-off, as clients do.
 *
 * <p>Multi-tracker torrents (BEP 12): the peer's announce-list is tiers of tracker URLs, each tier
 * shuffled once when the peer starts. An announce goes to the first tracker of the first tier; if
 * it fails (no connection, no answer, or a failure response) the next tracker of the tier is tried
 * at once, then the next tier; the tracker that answers moves to the front of its tier, and the
 * next announce starts from the first tier again. When every tracker failed, the peer waits the
 * back-off and starts over. {@code completed} and {@code stopped} go to the tracker that last
 * answered. Trackers learned later (BEP 28's tracker exchange) join as a tier of their own at the
 * end. With one tracker this is the plain BEP 3 client.
 *
 * <p>One request at a time, as real clients queue them: a peer that leaves while an
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
    private final List<List<String>> tiers = new ArrayList<>();   // BEP 12 announce-list, mutable tiers
    private final Set<String> known = new HashSet<>();            // every URL in the tiers (lookups only)
    private final Set<String> worked = new TreeSet<>();           // trackers whose last announce was answered
    private String lastAnswered;                                  // where completed and stopped go
    private long intervalNanos = SimTime.minutes(30);
    private long minIntervalNanos = SimTime.seconds(30);
    private long lastAnnounceNanos = Long.MIN_VALUE;
    private boolean inFlight;
    private Runnable afterInFlight;        // the deferred stopped announce, if any

    TrackerClient(Peer peer, List<List<String>> announceList) {
        this.peer = peer;
        this.regular = Timer.oneShot(peer.swarm().scheduler(), () -> announce(TrackerEvent.NONE));
        RandomStream shuffle = null;
        for (List<String> tier : announceList) {
            List<String> t = new ArrayList<>();
            for (String url : tier) {
                if (known.add(url)) {
                    t.add(url);
                }
            }
            if (t.size() > 1) {   // BEP 12: shuffle each tier once (only then is a stream drawn from)
                if (shuffle == null) {
                    shuffle = peer.swarm().streams().stream("peer", peer.index(), "trackers");
                }
                for (int i = t.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(t, i, shuffle.nextInt(i + 1));
                }
            }
            if (!t.isEmpty()) {
                tiers.add(t);
            }
        }
    }

    /** The announce-list now, tier by tier. */
    List<List<String>> tiers() {
        List<List<String>> out = new ArrayList<>();
        for (List<String> t : tiers) {
            out.add(List.copyOf(t));
        }
        return out;
    }

    /** The trackers whose last announce was answered, sorted. */
    Set<String> working() {
        return java.util.Collections.unmodifiableSet(worked);
    }

    /** Adds a tracker heard of later (tracker exchange) as a tier of its own; false if known already or not http(s). */
    boolean addTracker(String url) {
        if (!TrackerHttpCodec.isAnnounceUrl(url) || !known.add(url)) {
            return false;
        }
        tiers.add(new ArrayList<>(List.of(url)));
        return true;
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
        if (tiers.isEmpty()) {
            return;   // trackerless swarm
        }
        if (inFlight && event == TrackerEvent.NONE) {
            return;
        }
        inFlight = true;
        lastAnnounceNanos = peer.now();
        if ((event == TrackerEvent.COMPLETED) && lastAnswered != null) {
            attempt(lastAnswered, -1, -1, event);
        } else {
            attempt(tiers.get(0).get(0), 0, 0, event);
        }
    }

    /** Sends {@code event} to {@code url} (tier {@code tier}, place {@code at}; -1: not a fail-over walk). */
    private void attempt(String url, int tier, int at, TrackerEvent event) {
        send(url, event, response -> {
            inFlight = false;
            if (afterInFlight != null) {
                Runnable next = afterInFlight;
                afterInFlight = null;
                next.run();
                return;
            }
            boolean active = peer.state() == Peer.State.LEECHING || peer.state() == Peer.State.SEEDING;
            if (response == null || response.isFailure()) {
                worked.remove(url);
                if (url.equals(lastAnswered)) {
                    lastAnswered = null;
                }
                int[] next = tier < 0 ? firstOtherThan(url) : next(tier, at);
                if (next != null && active) {
                    inFlight = true;
                    attempt(tiers.get(next[0]).get(next[1]), next[0], next[1], event);
                } else if (active) {
                    regular.start(RETRY_NANOS);
                }
                return;
            }
            worked.add(url);
            lastAnswered = url;
            promote(url);
            intervalNanos = SimTime.seconds(Math.max(1, response.intervalSeconds()));
            if (response.minIntervalSeconds() > 0) {
                minIntervalNanos = SimTime.seconds(response.minIntervalSeconds());
            }
            if (active) {
                regular.start(intervalNanos);
                List<Integer> ids = new ArrayList<>(response.peers().size());
                for (PeerAddress a : response.peers()) {
                    ids.add(a.nodeId());
                }
                peer.addCandidates("tracker", ids);
            }
        });
    }

    /** The place after (tier, at) in the announce-list, or null when every tracker was tried. */
    private int[] next(int tier, int at) {
        if (at + 1 < tiers.get(tier).size()) {
            return new int[] {tier, at + 1};
        }
        return tier + 1 < tiers.size() ? new int[] {tier + 1, 0} : null;
    }

    /** The first place in the announce-list that holds another tracker than {@code url}, or null. */
    private int[] firstOtherThan(String url) {
        for (int t = 0; t < tiers.size(); t++) {
            for (int i = 0; i < tiers.get(t).size(); i++) {
                if (!tiers.get(t).get(i).equals(url)) {
                    return new int[] {t, i};
                }
            }
        }
        return null;
    }

    /** BEP 12: the tracker that answered moves to the front of its tier. */
    private void promote(String url) {
        for (List<String> t : tiers) {
            int i = t.indexOf(url);
            if (i > 0) {
                t.remove(i);
                t.add(0, url);
            }
        }
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
        if (tiers.isEmpty()) {
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
                send(lastAnswered != null ? lastAnswered : tiers.get(0).get(0), TrackerEvent.STOPPED,
                        response -> once.run());
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

    private void send(String url, TrackerEvent event, ResponseHandler handler) {
        Node tracker = peer.swarm().trackerNode(url);
        if (tracker == null) {   // no tracker at that URL: as an unreachable host
            peer.swarm().scheduler().schedule(0, () -> handler.onResponse(null));
            return;
        }
        long left = peer.hasMetadata() ? peer.layout().totalBytes() - bytesHeld() : LEFT_WITHOUT_METADATA_BYTES;
        AnnounceRequest request = new AnnounceRequest(url, peer.infoHash(), peer.peerId(),
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
                            peer.swarm().traceTrackerMessage(peer.now(), peer, tracker, false, r);
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
