package org.swarmsim.finders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.finders.FinderMessage.Found;
import org.swarmsim.finders.FinderMessage.Route;
import org.swarmsim.net.ConstantLatency;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A finder network for tests, built through {@link FinderNetwork} as the run kind builds one: one
 * host per finder (1 MB/s both ways, 10 ms one way between any two hosts), the geometry drawn from
 * the seed, every finder started at time 0. The observer records, per search id, the finders that
 * handled the routed message in order, and the answers.
 */
final class FinderTestNetwork implements FinderObserver {
    static final long BYTES_PER_SECOND = 1_000_000;

    final Simulation sim = new Simulation();
    final RandomStreams streams;
    final Network network = new Network(sim, new ConstantLatency(SimTime.millis(10)));
    final Datagrams datagrams = new Datagrams(network);
    final Geometry geometry;
    final FinderNetwork net;
    /** Search id -> the finders that handled its locate or search, in order (routed hops only). */
    final Map<Integer, List<Integer>> routes = new HashMap<>();
    /** Search id -> for each finder in {@link #routes}, its {@link FinderNode#nextHop} when it handled the message. */
    final Map<Integer, List<Integer>> nextHops = new HashMap<>();
    /** Search id -> the answers its origin received. */
    final Map<Integer, List<Found>> answers = new HashMap<>();
    /** Whether {@link #sent} records messages (off: gossip messages are large). */
    boolean recordSent;
    /** Every message sent while {@link #recordSent}, in order. */
    final List<FinderMessage> sent = new ArrayList<>();
    /** The sender address of each message in {@link #sent}. */
    final List<Integer> sentFrom = new ArrayList<>();
    int dropped;
    int fellBack;

    FinderTestNetwork(long seed, String geometryName, int finders, int links, double exponent, FinderConfig config) {
        streams = new RandomStreams(seed, 0);
        geometry = Geometries.build(geometryName, streams.stream("ids"), new GeometryParams(finders, links, exponent));
        net = new FinderNetwork(sim, datagrams, geometry, config, this);
        for (int f = 0; f < finders; f++) {
            Node host = network.addNode("f" + f, BYTES_PER_SECOND, BYTES_PER_SECOND);
            net.addFinder(host, streams.stream("finder", f));
        }
    }

    /** A configuration: the defaults with the given cache size C, gossip period T (0: none) and route_via_cache. */
    static FinderConfig config(int cache, long gossipNanos, boolean routeViaCache) {
        return config(cache, gossipNanos, routeViaCache, Fallback.NONE, FinderConfig.DEFAULT_PEERS_PER_FINDER,
                FinderConfig.DEFAULT_ATTACH);
    }

    /** As {@link #config(int, long, boolean)}, with the fall-back, L and the finders a peer attaches to. */
    static FinderConfig config(int cache, long gossipNanos, boolean routeViaCache, Fallback fallback,
                               int peersPerFinder, int attach) {
        FinderConfig d = FinderConfig.defaults();
        return new FinderConfig(cache, gossipNanos, routeViaCache, fallback, d.floodTtl(), d.walkLength(),
                d.maxHops(), d.hopTimeoutNanos(), d.searchTimeoutNanos(), peersPerFinder, attach,
                d.contactsPerAnswer(), d.hintCapacity(), d.hintsPerGossip(), d.hintTtlNanos(), d.refreshNanos(),
                d.expiryNanos());
    }

    FinderNode finder(int f) {
        return net.finder(f);
    }

    int size() {
        return net.finderCount();
    }

    /** Starts a locate of {@code key} at finder {@code origin}, runs until it settles (5 s) and returns its search id. */
    int locate(int origin, NodeId key) {
        int id = net.nextSearchId();
        finder(origin).locate(key, id);
        sim.run(sim.now() + SimTime.seconds(5));
        return id;
    }

    /** The one answer of search {@code id} (fails if there is not exactly one). */
    Found onlyAnswer(int id) {
        List<Found> a = answers.getOrDefault(id, List.of());
        if (a.size() != 1) {
            throw new AssertionError("search " + id + " got " + a.size() + " answers, expected one");
        }
        return a.get(0);
    }

    /** A peer on a new host (not started). */
    FinderClient addPeer(int index) {
        Node host = network.addNode("p" + index, BYTES_PER_SECOND, BYTES_PER_SECOND);
        return net.addPeer(host, streams.stream("peer", index));
    }

    @Override
    public void routed(int finder, Route route) {
        if (route.purpose() == Purpose.LOCATE || route.purpose() == Purpose.SEARCH) {
            routes.computeIfAbsent(route.searchId(), s -> new ArrayList<>()).add(finder);
            nextHops.computeIfAbsent(route.searchId(), s -> new ArrayList<>()).add(net.finder(finder).nextHop(route.point(), -1));
        }
    }

    @Override
    public void answered(Found found, long nowNanos) {
        answers.computeIfAbsent(found.searchId(), s -> new ArrayList<>()).add(found);
    }

    @Override
    public void sent(int fromAddress, int toAddress, FinderMessage m) {
        if (!recordSent) {
            return;
        }
        sent.add(m);
        sentFrom.add(fromAddress);
    }

    @Override
    public void dropped(Route route) {
        dropped++;
    }

    @Override
    public void fellBack(Route route, Fallback how) {
        fellBack++;
    }
}
