package org.swarmsim.kademlia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.GroundTruth;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;

/**
 * The DHT nodes of one simulated network, with the simulator's god's-eye view: which nodes are
 * online ({@link SortedIds}, the XOR {@link GroundTruth}), and hence the true k closest online
 * nodes to any id, against which every finished lookup is judged ({@link LookupResult#exact()},
 * {@link LookupResult#success()}).
 *
 * <pre>{@code
 * DhtNetwork dht = new DhtNetwork(network, new Datagrams(network), DhtConfig.bep5());
 * DhtNode a = dht.addNode(NodeId.random(r), network.addNode("a", up, down), streams.stream("dht/a"));
 * a.join(List.of(), null);
 * }</pre>
 */
public final class DhtNetwork {
    private final Network network;
    private final Datagrams datagrams;
    private final DhtConfig config;
    private final Scheduler scheduler;
    private DhtNode[] byAddress = new DhtNode[64];
    private final List<DhtNode> nodes = new ArrayList<>();
    private final SortedIds ids = new SortedIds();
    private final List<Consumer<LookupResult>> listeners = new ArrayList<>();
    private boolean judgeLookups = true;
    private KrpcObserver observer;
    private int lookupsStarted;
    private final NodeId[] scratchIds;
    private final int[] scratchAddresses;

    public DhtNetwork(Network network, Datagrams datagrams, DhtConfig config) {
        this.network = Objects.requireNonNull(network, "network");
        this.datagrams = Objects.requireNonNull(datagrams, "datagrams");
        this.config = Objects.requireNonNull(config, "config");
        if (datagrams.network() != network) {
            throw new IllegalArgumentException("the datagrams must run over the same network");
        }
        this.scheduler = network.scheduler();
        this.scratchIds = new NodeId[2 * config.k()];
        this.scratchAddresses = new int[2 * config.k()];
    }

    public Network network() {
        return network;
    }

    public Datagrams datagrams() {
        return datagrams;
    }

    public DhtConfig config() {
        return config;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Scratch arrays of 2k entries for one closest-contact query at a time, shared by all nodes (a
     * node copies what it needs out before the next query; 160 bytes per node saved).
     */
    NodeId[] scratchIds() {
        return scratchIds;
    }

    int[] scratchAddresses() {
        return scratchAddresses;
    }

    /**
     * Creates an (offline) DHT node with {@code id} on {@code host}; it starts with
     * {@link DhtNode#join}.
     *
     * @throws IllegalArgumentException if the host already runs a DHT node or the id is taken
     */
    public DhtNode addNode(NodeId id, Node host, RandomStream random) {
        if (host.network() != network) {
            throw new IllegalArgumentException(host + " is not a node of this network");
        }
        if (host.id() < byAddress.length && byAddress[host.id()] != null) {
            throw new IllegalArgumentException(host + " already runs DHT node " + byAddress[host.id()].id());
        }
        DhtNode node = new DhtNode(this, id, host, random);
        if (host.id() >= byAddress.length) {
            byAddress = Arrays.copyOf(byAddress, Math.max(byAddress.length * 2, host.id() + 1));
        }
        byAddress[host.id()] = node;
        nodes.add(node);
        ids.register(id);
        datagrams.bind(host, node.rpc());
        return node;
    }

    /** The DHT node on the host with this address, or null. */
    public DhtNode nodeAt(int address) {
        return address >= 0 && address < byAddress.length ? byAddress[address] : null;
    }

    /** All nodes in creation order. */
    public List<DhtNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public int onlineCount() {
        return ids.onlineCount();
    }

    /** Receives every finished lookup of every node (for lookups.csv and statistics). */
    public void addLookupListener(Consumer<LookupResult> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Whether finished lookups are compared with the true closest nodes (default yes). */
    /** Sets the one observer of queries, answers and lookups (null: none; see {@link KrpcObserver}). */
    public void observe(KrpcObserver o) {
        this.observer = o;
    }

    /** The observer, or null. */
    KrpcObserver observer() {
        return observer;
    }

    /** Whether lookups are judged against the true closest nodes now. */
    boolean judgesLookups() {
        return judgeLookups;
    }

    /** The number of the lookup starting now (0, 1, ... over the network). */
    int nextLookupNumber() {
        return lookupsStarted++;
    }

    public void setJudgeLookups(boolean judge) {
        this.judgeLookups = judge;
    }

    void onOnlineChanged(DhtNode node, boolean online) {
        boolean changed = ids.setOnline(node.id(), online);
        if (!changed) {
            throw new IllegalStateException("two online DHT nodes share id " + node.id());
        }
    }

    /**
     * The {@code count} online node ids closest to {@code target} by XOR, nearest first, leaving
     * out {@code exclude} (may be null): {@link #groundTruth()}.
     */
    public List<NodeId> trueClosest(NodeId target, int count, NodeId exclude) {
        return ids.closest(target, count, exclude);
    }

    /** The ids of the online nodes, the XOR ground truth against which lookups are judged. */
    public GroundTruth groundTruth() {
        return ids;
    }

    LookupResult completed(DhtNode origin, LookupResult.Kind kind, Lookup l, long startNanos,
                           NodeId[] ids, int[] addresses, int[] tokens) {
        boolean success = false;
        boolean exact = false;
        if (judgeLookups) {
            List<NodeId> truth = trueClosest(l.target(), config.k(), origin.id());
            success = truth.isEmpty() || (ids.length > 0 && ids[0].equals(truth.get(0)));
            exact = truth.size() == ids.length;
            for (int i = 0; exact && i < ids.length; i++) {
                exact = ids[i].equals(truth.get(i));
            }
        }
        LookupResult r = new LookupResult(kind, origin.address(), l.target(), startNanos, scheduler.now(), l.rounds(),
                l.messagesSent(), l.timeouts(), ids, addresses, tokens, l.peerAddresses(), l.peerPorts(), success, exact);
        for (Consumer<LookupResult> listener : listeners) {
            listener.accept(r);
        }
        return r;
    }
}
