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
 * <p>Members are kept in an array with swap-remove, so a random sample of {@code k} peers costs
 * O(k) and the order depends only on the sequence of announces (deterministic).
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

    private int[] members = new int[64];         // node ids
    private int memberCount;
    private final Map<Integer, Member> byNode = new HashMap<>();   // lookups only, never iterated
    private int seeds;
    private long announces;

    private static final class Member {
        int index;
        boolean seed;
        long lastSeenNanos;
    }

    /**
     * @param intervalSeconds    re-announce interval told to clients
     * @param minIntervalSeconds minimum interval told to clients
     * @param maxNumwant         peers per response at most (clients may ask fewer)
     */
    public Tracker(Network network, Node node, RandomStream rng, int intervalSeconds, int minIntervalSeconds,
                   int maxNumwant) {
        if (intervalSeconds <= 0 || minIntervalSeconds < 0 || maxNumwant < 0) {
            throw new IllegalArgumentException("interval must be > 0, min interval and numwant >= 0");
        }
        this.network = network;
        this.node = node;
        this.scheduler = network.simulation();
        this.rng = rng;
        this.intervalSeconds = intervalSeconds;
        this.minIntervalSeconds = minIntervalSeconds;
        this.maxNumwant = maxNumwant;
        this.expiryNanos = SimTime.seconds(2L * intervalSeconds + 60);
        node.setAcceptor(this::accept);
        scheduler.schedule(expiryNanos, this::expire);
    }

    public Node node() {
        return node;
    }

    /** Peers currently registered. */
    public int peers() {
        return memberCount;
    }

    public int seeds() {
        return seeds;
    }

    public int leechers() {
        return memberCount - seeds;
    }

    public long announces() {
        return announces;
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
                    c.send(handle(r, c.remote().id()));
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
            return AnnounceResponse.of(intervalSeconds, minIntervalSeconds, seeds, memberCount - seeds, List.of());
        }
        if (m == null) {
            m = new Member();
            add(nodeId, m);
        }
        m.lastSeenNanos = scheduler.now();
        boolean seed = r.leftBytes() == 0;
        if (seed != m.seed) {
            seeds += seed ? 1 : -1;
            m.seed = seed;
        }
        List<PeerAddress> peers = sample(Math.min(r.numwant(), maxNumwant), m.index);
        return AnnounceResponse.of(intervalSeconds, minIntervalSeconds, seeds, memberCount - seeds, peers);
    }

    /** Up to k distinct members other than the one at {@code exclude}, uniformly at random. */
    private List<PeerAddress> sample(int k, int exclude) {
        int others = memberCount - 1;
        List<PeerAddress> out = new ArrayList<>(Math.max(0, Math.min(k, others)));
        if (k >= others) {
            for (int i = 0; i < memberCount; i++) {
                if (i != exclude) {
                    out.add(new PeerAddress(members[i]));
                }
            }
            return out;
        }
        // Floyd's sampling over the indices 0..others-1 (the excluded index skipped): k draws.
        int[] chosen = new int[k];
        int n = 0;
        for (int j = others - k; j < others; j++) {
            int t = rng.nextInt(j + 1);
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                if (chosen[i] == t) {
                    seen = true;
                    break;
                }
            }
            chosen[n++] = seen ? j : t;
        }
        for (int i = 0; i < n; i++) {
            int idx = chosen[i] >= exclude ? chosen[i] + 1 : chosen[i];
            out.add(new PeerAddress(members[idx]));
        }
        return out;
    }

    private void add(int nodeId, Member m) {
        if (memberCount == members.length) {
            members = Arrays.copyOf(members, memberCount * 2);
        }
        m.index = memberCount;
        members[memberCount++] = nodeId;
        byNode.put(nodeId, m);
    }

    private void remove(int nodeId, Member m) {
        int last = members[--memberCount];
        members[m.index] = last;
        if (last != nodeId) {
            byNode.get(last).index = m.index;
        }
        byNode.remove(nodeId);
        if (m.seed) {
            seeds--;
        }
    }

    /** Forgets peers that have not announced for the expiry time. */
    private void expire() {
        long now = scheduler.now();
        for (int i = memberCount - 1; i >= 0; i--) {
            int id = members[i];
            Member m = byNode.get(id);
            if (now - m.lastSeenNanos > expiryNanos) {
                remove(id, m);
            }
        }
        if (node.isOnline()) {
            scheduler.schedule(expiryNanos, this::expire);
        }
    }
}
