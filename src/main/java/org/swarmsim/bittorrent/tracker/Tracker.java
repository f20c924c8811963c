package org.swarmsim.bittorrent.tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Message;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/**
 * A simulated HTTP tracker on its own network node. It answers each announce with up to
 * {@code numwant} peers drawn uniformly at random from the swarm (never the asker), counts seeds
 * ({@code complete}) and leechers ({@code incomplete}), drops peers that send {@code stopped} or
 * stop announcing for {@code 2 x interval + 60 s}, and can go offline at a scheduled time; the
 * swarm then keeps working on the connections it has.
 *
 * <p>A seed (an announce with {@code left = 0}) is answered with leechers only when
 * {@code seedersGetLeechersOnly} is set, as chihaya, XBT Tracker and Ocelot do: a seed has
 * nothing to gain from another seed, and two seeds that connect close the connection at once.
 * Without it (opentracker's behaviour) everyone is drawn from the whole swarm.
 *
 * <p>Leechers and seeds are kept in two arrays with swap-remove, so a random sample of {@code k}
 * peers costs O(k) and the order depends only on the sequence of announces (deterministic).
 */
public final class Tracker {
    private final Network network;
    private final Node node;
    private final Scheduler scheduler;
    private final RandomStream rng;
    private final int intervalSeconds;
    private final int minIntervalSeconds;
    private final int maxNumwant;
    private final long expiryNanos;
    private final boolean seedersGetLeechersOnly;

    /** Node ids of the registered leechers and seeds; a member's index is its place in its pool. */
    private int[] leecherIds = new int[64];
    private int leechers;
    private int[] seedIds = new int[64];
    private int seeds;
    private final Map<Integer, Member> byNode = new HashMap<>();   // lookups only, never iterated
    private long announces;
    private double minRatio;          // 0: no ratio rule
    private long ratioGraceBytes;
    private long refused;
    private Observer observer;

    /** Told of every announce the tracker answers, when it arrives (for traces; see {@link #observe}). */
    @FunctionalInterface
    public interface Observer {
        /** The announce {@code request} from node {@code nodeId} arrived and got {@code response}. */
        void onAnnounce(int nodeId, AnnounceRequest request, AnnounceResponse response);
    }

    private static final class Member {
        int index;
        boolean seed;
        long lastSeenNanos;
    }

    /**
     * @param intervalSeconds    re-announce interval told to clients
     * @param minIntervalSeconds minimum interval told to clients
     * @param maxNumwant         peers per response at most (clients may ask fewer)
     * @param seedersGetLeechersOnly answer seeds with leechers only (see the class comment)
     */
    public Tracker(Network network, Node node, RandomStream rng, int intervalSeconds, int minIntervalSeconds,
                   int maxNumwant, boolean seedersGetLeechersOnly) {
        if (intervalSeconds <= 0 || minIntervalSeconds < 0 || maxNumwant < 0) {
            throw new IllegalArgumentException("interval must be > 0, min interval and numwant >= 0");
        }
        this.network = network;
        this.node = node;
        this.scheduler = network.scheduler();
        this.rng = rng;
        this.intervalSeconds = intervalSeconds;
        this.minIntervalSeconds = minIntervalSeconds;
        this.maxNumwant = maxNumwant;
        this.expiryNanos = SimTime.seconds(2L * intervalSeconds + 60);
        this.seedersGetLeechersOnly = seedersGetLeechersOnly;
        node.setAcceptor(this::accept);
        scheduler.schedule(expiryNanos, this::expire);
    }

    public Node node() {
        return node;
    }

    /** Peers currently registered. */
    public int peers() {
        return leechers + seeds;
    }

    public int seeds() {
        return seeds;
    }

    public int leechers() {
        return leechers;
    }

    public long announces() {
        return announces;
    }

    /**
     * Makes this a private tracker with a ratio rule: a leecher whose announced uploaded /
     * downloaded is below {@code ratio}, once it has downloaded more than {@code graceBytes}, gets a
     * failure response ("ratio too low") and is dropped from the peer lists until its ratio
     * recovers (seeds are always served: they only upload).
     */
    public void requireRatio(double ratio, long graceBytes) {
        if (!(ratio > 0) || Double.isInfinite(ratio) || graceBytes < 0) {
            throw new IllegalArgumentException("ratio must be > 0 and finite, grace >= 0: " + ratio + ", " + graceBytes);
        }
        this.minRatio = ratio;
        this.ratioGraceBytes = graceBytes;
    }

    /** Announces refused by the ratio rule. */
    public long refused() {
        return refused;
    }

    /** Whether the ratio rule refuses this announce. */
    private boolean belowRatio(AnnounceRequest r) {
        return minRatio > 0 && r.leftBytes() > 0 && r.downloadedBytes() > ratioGraceBytes
                && r.uploadedBytes() < minRatio * r.downloadedBytes();
    }

    /** Sets the one observer of announces (null: none). */
    public void observe(Observer o) {
        this.observer = o;
    }

    /** Takes the tracker offline at {@code timeNanos} (for good). */
    public void goOfflineAt(long timeNanos) {
        scheduler.scheduleAt(timeNanos, () -> network.setOnline(node, false));
    }

    private ConnectionListener accept(Connection incoming) {
        return new ConnectionListener() {
            @Override
            public void onMessage(Connection c, Message message) {
                if (message instanceof AnnounceRequest r) {
                    AnnounceResponse response = handle(r, c.remote().id());
                    if (observer != null) {
                        observer.onAnnounce(c.remote().id(), r, response);
                    }
                    c.send(response);
                }
            }

            @Override
            public void onClosed(Connection c) {
            }
        };
    }

    /** Updates the registry with an announce from {@code nodeId} and builds the response. */
    AnnounceResponse handle(AnnounceRequest r, int nodeId) {
        announces++;
        Member m = byNode.get(nodeId);
        if (r.event() == TrackerEvent.STOPPED) {
            if (m != null) {
                remove(nodeId, m);
            }
            return AnnounceResponse.of(intervalSeconds, minIntervalSeconds, seeds, leechers, List.of());
        }
        if (belowRatio(r)) {
            refused++;
            if (m != null) {
                remove(nodeId, m);
            }
            return AnnounceResponse.failure(String.format(java.util.Locale.ROOT, "ratio too low: %.3f, the minimum is %.3f",
                    (double) r.uploadedBytes() / r.downloadedBytes(), minRatio));
        }
        boolean seed = r.leftBytes() == 0;
        if (m == null) {
            m = new Member();
            byNode.put(nodeId, m);
            add(nodeId, m, seed);
        } else if (seed != m.seed) {
            removeFromPool(nodeId, m);
            add(nodeId, m, seed);
        }
        m.lastSeenNanos = scheduler.now();
        int k = Math.min(r.numwant(), maxNumwant);
        List<PeerAddress> peers = seed && seedersGetLeechersOnly
                ? sample(k, leechers, -1)
                : sample(k, leechers + seeds, seed ? leechers + m.index : m.index);
        return AnnounceResponse.of(intervalSeconds, minIntervalSeconds, seeds, leechers, peers);
    }

    /**
     * Up to k distinct members among the first {@code n} of the leechers-then-seeds sequence,
     * skipping position {@code exclude} (the asker; -1 when it is not among them), uniformly at
     * random.
     */
    private List<PeerAddress> sample(int k, int n, int exclude) {
        int others = exclude >= 0 ? n - 1 : n;
        List<PeerAddress> out = new ArrayList<>(Math.max(0, Math.min(k, others)));
        if (k >= others) {
            for (int i = 0; i < n; i++) {
                if (i != exclude) {
                    out.add(new PeerAddress(memberAt(i)));
                }
            }
            return out;
        }
        // Floyd's sampling over the positions 0..others-1 (the excluded one skipped): k draws.
        int[] chosen = new int[k];
        int c = 0;
        for (int j = others - k; j < others; j++) {
            int t = rng.nextInt(j + 1);
            boolean seen = false;
            for (int i = 0; i < c; i++) {
                if (chosen[i] == t) {
                    seen = true;
                    break;
                }
            }
            chosen[c++] = seen ? j : t;
        }
        for (int i = 0; i < c; i++) {
            int position = exclude >= 0 && chosen[i] >= exclude ? chosen[i] + 1 : chosen[i];
            out.add(new PeerAddress(memberAt(position)));
        }
        return out;
    }

    /** Position {@code i} of the sequence of leechers followed by seeds. */
    private int memberAt(int i) {
        return i < leechers ? leecherIds[i] : seedIds[i - leechers];
    }

    private void add(int nodeId, Member m, boolean seed) {
        m.seed = seed;
        if (seed) {
            if (seeds == seedIds.length) {
                seedIds = Arrays.copyOf(seedIds, seeds * 2);
            }
            m.index = seeds;
            seedIds[seeds++] = nodeId;
        } else {
            if (leechers == leecherIds.length) {
                leecherIds = Arrays.copyOf(leecherIds, leechers * 2);
            }
            m.index = leechers;
            leecherIds[leechers++] = nodeId;
        }
    }

    private void remove(int nodeId, Member m) {
        removeFromPool(nodeId, m);
        byNode.remove(nodeId);
    }

    /** Swap-removes the member from its pool (leechers or seeds). */
    private void removeFromPool(int nodeId, Member m) {
        int[] pool = m.seed ? seedIds : leecherIds;
        int last = m.seed ? pool[--seeds] : pool[--leechers];
        pool[m.index] = last;
        if (last != nodeId) {
            byNode.get(last).index = m.index;
        }
    }

    /** Forgets peers that have not announced for the expiry time. */
    private void expire() {
        long now = scheduler.now();
        for (int i = seeds - 1; i >= 0; i--) {
            expireIfSilent(seedIds[i], now);
        }
        for (int i = leechers - 1; i >= 0; i--) {
            expireIfSilent(leecherIds[i], now);
        }
        if (node.isOnline()) {
            scheduler.schedule(expiryNanos, this::expire);
        }
    }

    private void expireIfSilent(int id, long now) {
        Member m = byNode.get(id);
        if (now - m.lastSeenNanos > expiryNanos) {
            remove(id, m);
        }
    }
}
