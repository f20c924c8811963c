package org.swarmsim.finders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Node;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;

/**
 * A finder network: the finders (numbered as in the {@link Geometry}), the peers that use them, and
 * what they share — the datagram transport, the scheduler, the configuration and the observer.
 * Finders are added in number order on their hosts, then {@link #start} gives every finder its
 * first links (drawn by the geometry from the whole population, as a simulator's initialiser does)
 * with those links as its first cache, and brings it online.
 *
 * <pre>{@code
 * Geometry g = Geometries.build("symphony", ids, new GeometryParams(n, 4, 2));
 * FinderNetwork net = new FinderNetwork(sim, datagrams, g, FinderConfig.defaults(), observer);
 * for (int f = 0; f < n; f++) net.addFinder(host[f], streams.stream("finder", f));
 * net.start();
 * FinderClient peer = net.addPeer(peerHost, stream);
 * peer.start(swarm, net.randomOnline(stream, 5));
 * }</pre>
 */
public final class FinderNetwork {
    final Scheduler scheduler;
    final Datagrams datagrams;
    final Geometry geometry;
    final FinderConfig config;
    final FinderObserver observer;
    private final List<FinderNode> finders = new ArrayList<>();
    private final List<FinderClient> peers = new ArrayList<>();
    private int[] finderAt = new int[64];      // address -> finder number + 1 (0: not a finder)
    private FinderClient[] peerAt = new FinderClient[64];
    private int[] online = new int[0];          // online finder numbers, for bootstrap lists
    private int[] onlineIndex = new int[0];
    private int onlineCount;
    private int nextSearch;

    public FinderNetwork(Scheduler scheduler, Datagrams datagrams, Geometry geometry, FinderConfig config,
                         FinderObserver observer) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.datagrams = Objects.requireNonNull(datagrams, "datagrams");
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.config = Objects.requireNonNull(config, "config");
        this.observer = observer == null ? new FinderObserver() { } : observer;
    }

    /** Adds the next finder (number {@link #finderCount()}) on {@code host}, offline until {@link #start}. */
    public FinderNode addFinder(Node host, RandomStream random) {
        int f = finders.size();
        if (f >= geometry.size()) {
            throw new IllegalStateException("the geometry has " + geometry.size() + " finders");
        }
        FinderNode node = new FinderNode(this, f, host, random);
        finders.add(node);
        int a = host.id();
        if (a >= finderAt.length) {
            finderAt = Arrays.copyOf(finderAt, Math.max(finderAt.length * 2, a + 1));
        }
        finderAt[a] = f + 1;
        datagrams.bind(host, node.endpoint());
        return node;
    }

    /** Draws every finder's first links and brings every finder online (gossip starts at a random phase). */
    public void start() {
        if (finders.size() != geometry.size()) {
            throw new IllegalStateException("add all " + geometry.size() + " finders first (have " + finders.size() + ")");
        }
        online = new int[finders.size()];
        onlineIndex = new int[finders.size()];
        Arrays.fill(onlineIndex, -1);
        for (FinderNode n : finders) {
            n.initialise();
        }
        for (FinderNode n : finders) {
            n.start(false);
        }
    }

    /** Adds a peer that uses the finders, on {@code host} (not started). */
    public FinderClient addPeer(Node host, RandomStream random) {
        FinderClient c = new FinderClient(this, host, random);
        peers.add(c);
        int a = host.id();
        if (a >= peerAt.length) {
            peerAt = Arrays.copyOf(peerAt, Math.max(peerAt.length * 2, a + 1));
        }
        peerAt[a] = c;
        datagrams.addListener(host, c.endpoint());
        return c;
    }

    public int finderCount() {
        return finders.size();
    }

    public FinderNode finder(int f) {
        return finders.get(f);
    }

    public List<FinderNode> finders() {
        return finders;
    }

    public List<FinderClient> peers() {
        return peers;
    }

    public Geometry geometry() {
        return geometry;
    }

    public FinderConfig config() {
        return config;
    }

    public Datagrams datagrams() {
        return datagrams;
    }

    /** The finder number at {@code address}, or -1. */
    public int finderAt(int address) {
        return address < finderAt.length ? finderAt[address] - 1 : -1;
    }

    int addressOf(int finder) {
        return finders.get(finder).address();
    }

    Node hostOf(int finder) {
        return finders.get(finder).host();
    }

    FinderClient peerAt(int address) {
        return address < peerAt.length ? peerAt[address] : null;
    }

    /** A fresh search id (the origin would draw a random 32-bit id; unique here). */
    public int nextSearchId() {
        return nextSearch++;
    }

    /** Finders online now. */
    public int onlineFinders() {
        return onlineCount;
    }

    /**
     * Up to {@code count} distinct online finders drawn uniformly (fewer if fewer are online): the
     * host cache a newcomer bootstraps from (a web cache, a list shipped with the client).
     */
    public int[] randomOnline(RandomStream random, int count) {
        int k = Math.min(count, onlineCount);
        int[] out = new int[k];
        for (int i = 0; i < k; ) {
            int f = online[random.nextInt(onlineCount)];
            boolean repeat = false;
            for (int j = 0; j < i; j++) {
                repeat |= out[j] == f;
            }
            if (!repeat) {
                out[i++] = f;
            }
        }
        return out;
    }

    /** A uniformly random online finder, or -1 if none. */
    public int randomOnlineFinder(RandomStream random) {
        return onlineCount == 0 ? -1 : online[random.nextInt(onlineCount)];
    }

    void setOnline(int f, boolean on) {
        geometry.setOnline(f, on);
        if (on && onlineIndex[f] < 0) {
            online[onlineCount] = f;
            onlineIndex[f] = onlineCount++;
        } else if (!on && onlineIndex[f] >= 0) {
            int i = onlineIndex[f];
            int last = online[--onlineCount];
            online[i] = last;
            onlineIndex[last] = i;
            onlineIndex[f] = -1;
        }
    }

    /** A finder left: each peer attached to it notices one hop timeout later, as a TCP connection would. */
    void finderLeft(int finder, int[] peerAddresses, int count) {
        for (int i = 0; i < count; i++) {
            FinderClient c = peerAt(peerAddresses[i]);
            if (c != null) {
                scheduler.schedule(config.hopTimeoutNanos(), () -> c.finderLost(finder));
            }
        }
    }
}
