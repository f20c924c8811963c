package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.net.CoordinateLatency;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.GroundTruth;
import org.swarmsim.overlay.IdSpace;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OnlineIds;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Simulation;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * A Pastry network for tests: nodes in a square (CoordinateLatency), joined one by one through the
 * nearest of 16 random joined nodes, with an observer that keeps the ground truth and checks the
 * routing invariant after every hop of every routed message.
 */
final class PastryTestNetwork implements PastryObserver {
    final Simulation sim = new Simulation();
    final Network network;
    final Datagrams datagrams;
    final KnownIds ids = new KnownIds();
    final List<PastryNode> nodes = new ArrayList<>();
    final OnlineIds truth = new OnlineIds(GroundTruth.Metric.RING);
    final List<Integer> ready = new ArrayList<>();
    final List<RouteTrace> delivered = new ArrayList<>();
    final List<Integer> deliveredAt = new ArrayList<>();
    final PastryConfig config;
    final RandomStreams streams;
    final Proximity proximity;
    long hopsChecked;
    long rareHops;

    PastryTestNetwork(long seed, int n, PastryConfig config) {
        this.config = config;
        this.streams = new RandomStreams(seed);
        CoordinateLatency latency = new CoordinateLatency(streams.stream("points"), 1.0, 100.0, null);
        network = new Network(sim, latency);
        datagrams = new Datagrams(network);
        proximity = (a, b) -> latency.oneWayNanos(network.node(a), network.node(b));
        RandomStream idStream = streams.stream("ids");
        RandomStream bootstrapStream = streams.stream("bootstrap");
        Bootstrap bootstrap = joiner -> {
            if (ready.isEmpty()) {
                return -1;
            }
            int best = -1;
            for (int k = 0; k < 16; k++) {
                int c = ready.get(bootstrapStream.nextInt(ready.size()));
                if (c != joiner && (best < 0 || proximity.nanos(joiner, c) < proximity.nanos(joiner, best))) {
                    best = c;
                }
            }
            return best;
        };
        for (int i = 0; i < n; i++) {
            Node host = network.addNode("p" + i, 1_000_000, 1_000_000);
            ids.put(host.id(), IdSpace.PASTRY.random(idStream));
            nodes.add(new PastryNode(host, datagrams, ids, config, proximity, bootstrap, this, streams.stream("node", i)));
        }
    }

    static PastryConfig config(int b, int leafSet, boolean keepAlives) {
        PastryConfig p = PastryConfig.paper();
        return new PastryConfig(b, leafSet, p.neighbourhoodSize(), p.selection(), p.hopTimeoutNanos(),
                p.joinTimeoutNanos(), keepAlives ? SimTime.seconds(5) : 0, true, true, p.replicas(), p.maxHops());
    }

    /** Joins every node, one a second, and lets the last join settle. */
    void joinAll() {
        for (int i = 0; i < nodes.size(); i++) {
            PastryNode node = nodes.get(i);
            sim.scheduleAt(SimTime.seconds(i), node::join);
        }
        sim.run(SimTime.seconds(nodes.size() + 10));
    }

    /** Routes a lookup of {@code key} from {@code origin} and runs until it is delivered (or 30 s pass). */
    RouteTrace lookup(int origin, NodeId key) {
        RouteTrace t = nodes.get(origin).route(RouteOp.LOOKUP, key.hi(), key.mid(), 0, delivered.size());
        sim.run(sim.now() + SimTime.seconds(30));
        return t;
    }

    /** The address of the true root of {@code key} now. */
    int root(NodeId key) {
        NodeId r = truth.closest(key, 1, null).get(0);
        for (int a : ready) {
            if (ids.id(a).equals(r)) {
                return a;
            }
        }
        throw new AssertionError("no ready node has id " + r);
    }

    void kill(int address) {
        nodes.get(address).goOffline();
    }

    @Override
    public void onHop(RouteTrace t, int from, int at, HopKind kind) {
        if (t.op() == RouteOp.JOIN) {
            return;
        }
        int b = config.bitsPerDigit();
        long kh = t.keyHi();
        long kl = t.keyLo();
        int before = Ring.sharedDigits(ids.hi(from), ids.lo(from), kh, kl, b);
        int after = Ring.sharedDigits(ids.hi(at), ids.lo(at), kh, kl, b);
        boolean closer = Ring.compareDistance(ids.hi(at), ids.lo(at), ids.hi(from), ids.lo(from), kh, kl) < 0;
        switch (kind) {
            case TABLE -> assertTrue(after > before, "a table hop lengthens the shared prefix: " + before + " -> " + after);
            case RARE -> {
                rareHops++;
                assertTrue(after >= before && closer, "a rare-case hop keeps the prefix (" + before + " -> " + after
                        + ") and gets numerically closer (" + closer + ")");
            }
            case LEAF -> assertTrue(closer, "a leaf-set hop gets numerically closer to the key");
            default -> throw new AssertionError("a hop cannot be of kind " + kind);
        }
        hopsChecked++;
    }

    @Override
    public void onDelivered(RouteTrace trace, int at, boolean found) {
        if (trace.op() != RouteOp.JOIN) {
            delivered.add(trace);
            deliveredAt.add(at);
        }
    }

    @Override
    public void onReady(PastryNode node) {
        truth.add(ids.id(node.address()));
        ready.add(node.address());
    }

    @Override
    public void onLeft(PastryNode node) {
        truth.remove(ids.id(node.address()));
        ready.remove(Integer.valueOf(node.address()));
    }
}
