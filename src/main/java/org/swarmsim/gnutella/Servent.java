package org.swarmsim.gnutella;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.swarmsim.gnutella.qrp.QrpTable;
import org.swarmsim.gnutella.wire.Descriptor;
import org.swarmsim.gnutella.wire.Ping;
import org.swarmsim.gnutella.wire.Pong;
import org.swarmsim.gnutella.wire.Query;
import org.swarmsim.gnutella.wire.QueryHit;
import org.swarmsim.gnutella.wire.RouteTableUpdate;
import org.swarmsim.net.Connection;
import org.swarmsim.net.ConnectionListener;
import org.swarmsim.net.Datagrams;
import org.swarmsim.net.Network;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.Participant;
import org.swarmsim.sim.Scheduler;
import org.swarmsim.sim.random.RandomStream;

/**
 * A Gnutella 0.6 servent: its overlay connections, its route table, its shared files, and the
 * routing rules (see {@link QueryRouting} for queries and answers). Connections are {@code net}
 * connections, so descriptors pay bandwidth and latency. A servent keeps its degree target by
 * reconnecting to hosts it learned (Pongs, former neighbours) or, failing that, from the bootstrap
 * cache; leaves connect only to ultrapeers and send each their query-routing table.
 */
public final class Servent implements Participant {
    static final int ORIGIN = -1;

    final int index;
    final Node host;
    final Role role;
    final GnutellaConfig config;
    final Catalogue catalogue;
    final Scheduler sim;
    final RandomStream random;
    private final Network network;
    private final Datagrams datagrams;
    private final Servents servents;
    private final ServentObserver observer;
    private final int[] library;
    private final int libraryCount;     // kept beside the array: most servents share nothing, and reading this costs no cache miss
    private final QrpTable qrp;
    final HostCache hostCache;
    final QueryRouting routing;
    Link[] links = new Link[4];
    int linkCount;
    private int nextLinkId;
    private int targetDegree;
    private int maxPeerLinks;
    private int maxLeaves;
    private int connecting;
    private boolean reconnectScheduled;
    RouteTable routes;
    long received;
    long queriesReceived;
    long hitsAnswered;

    /**
     * @param library the objects this servent shares, ascending
     */
    public Servent(int index, Node host, Role role, GnutellaConfig config, Catalogue catalogue, int[] library,
                   Network network, Datagrams datagrams, Servents servents, ServentObserver observer,
                   RandomStream random) {
        this.index = index;
        this.host = Objects.requireNonNull(host, "host");
        this.role = Objects.requireNonNull(role, "role");
        this.config = Objects.requireNonNull(config, "config");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.library = library.clone();
        this.libraryCount = library.length;
        for (int i = 1; i < library.length; i++) {
            if (library[i] <= library[i - 1]) {
                throw new IllegalArgumentException("a library must be strictly ascending");
            }
        }
        this.network = network;
        this.sim = network.scheduler();
        this.datagrams = datagrams;
        this.servents = servents;
        this.observer = observer == null ? ServentObserver.NONE : observer;
        this.random = random;
        this.hostCache = new HostCache(config.hostCacheSize());
        this.routes = new RouteTable(config.routeCapacity(), config.routeLifetimeNanos());
        this.routing = new QueryRouting(this);
        this.qrp = role == Role.LEAF ? QrpTable.ofFileNames(config.qrpBits(), fileNames()) : null;
        host.setAcceptor(this::accept);
        datagrams.bind(host, (from, message) -> routing.onDatagram(from, message));
    }

    private List<String> fileNames() {
        List<String> names = new ArrayList<>(library.length);
        for (int o : library) {
            names.add(catalogue.fileName(o));
        }
        return names;
    }

    /**
     * Sets how many overlay neighbours this servent keeps (it reconnects below {@code target}),
     * how many ultrapeer/peer connections it accepts and, for an ultrapeer, how many leaves.
     */
    public void setLimits(int target, int maxPeerLinks, int maxLeaves) {
        this.targetDegree = target;
        this.maxPeerLinks = maxPeerLinks;
        this.maxLeaves = maxLeaves;
    }

    public int index() {
        return index;
    }

    public Node host() {
        return host;
    }

    public Role role() {
        return role;
    }

    /** Whether this servent shares {@code object}. */
    public boolean shares(int object) {
        return Arrays.binarySearch(library, object) >= 0;
    }

    /** The number of objects shared. */
    public int libraryCount() {
        return libraryCount;
    }

    /** Open overlay connections. */
    public int degree() {
        return linkCount;
    }

    /** Descriptors received so far (the per-node load). */
    public long received() {
        return received;
    }

    /** Query copies received so far (first receipts and duplicates). */
    public long queriesReceived() {
        return queriesReceived;
    }

    /** Queries this servent answered with a QueryHit. */
    public long hitsAnswered() {
        return hitsAnswered;
    }

    /** The node ids of the far ends of the open connections, ascending. */
    public int[] neighbourNodes() {
        int[] out = new int[linkCount];
        int n = 0;
        for (Link l : links) {
            if (l != null) {
                out[n++] = l.remoteNode();
            }
        }
        Arrays.sort(out);
        return out;
    }

    ServentObserver observer() {
        return observer;
    }

    QrpTable ownQrp() {
        return qrp;
    }

    @Override
    public boolean isOnline() {
        return host.isOnline();
    }

    // ---- connections ----------------------------------------------------------------------

    /** Opens an overlay connection to {@code other} and pings through it to learn hosts (a reconnection). */
    public void connectTo(Servent other) {
        connectTo(other, true);
    }

    /**
     * Opens an overlay connection to {@code other}; with {@code ping}, sends a Ping through it once
     * connected, to learn hosts from the Pongs (the links of an initial overlay taken as
     * established do not: see {@link #learnHost}).
     */
    public void connectTo(Servent other, boolean ping) {
        connecting++;
        Role remoteRole = other.role;
        network.connect(host, other.host, new org.swarmsim.net.ConnectHandler() {
            @Override
            public ConnectionListener onConnected(Connection c) {
                connecting--;
                Link l = addLink(c, remoteRole);
                if (role == Role.LEAF && remoteRole == Role.ULTRAPEER) {
                    sendQrpTable(l);
                }
                if (ping && config.pingTtl() > 0 && servents != null) {
                    routing.ping(l);
                }
                return l;
            }

            @Override
            public void onConnectFailed(Node target) {
                connecting--;
                hostCache.remove(target.id());
                maintain();
            }
        });
    }

    /** Remembers the host at node {@code nodeId} for reconnecting (what a Pong would have told). */
    public void learnHost(int nodeId) {
        if (nodeId != host.id()) {
            hostCache.add(nodeId);
        }
    }

    private ConnectionListener accept(Connection incoming) {
        Servent other = servents == null ? null : servents.at(incoming.remote());
        Role remoteRole = other == null ? Role.PEER : other.role;
        if (role == Role.LEAF) {
            return null;
        }
        if (remoteRole == Role.LEAF) {
            if (role != Role.ULTRAPEER || countLinks(Role.LEAF) >= maxLeaves) {
                return null;
            }
        } else if (linkCount - countLinks(Role.LEAF) >= maxPeerLinks) {
            return null;
        }
        return addLink(incoming, remoteRole);
    }

    private int countLinks(Role r) {
        int n = 0;
        for (Link l : links) {
            if (l != null && l.remoteRole == r) {
                n++;
            }
        }
        return n;
    }

    private Link addLink(Connection c, Role remoteRole) {
        Link l = new Link(this, c, nextLinkId++, remoteRole);
        int slot = -1;
        for (int i = 0; i < links.length; i++) {
            if (links[i] == null) {
                slot = i;
                break;
            }
        }
        if (slot < 0) {
            slot = links.length;
            links = Arrays.copyOf(links, links.length * 2);
        }
        l.slot = slot;
        links[slot] = l;
        linkCount++;
        hostCache.add(c.remote().id());
        return l;
    }

    void linkClosed(Link l) {
        if (l.slot >= 0 && links[l.slot] == l) {
            links[l.slot] = null;
            linkCount--;
            l.slot = -1;
        }
        hostCache.remove(l.remoteNode());
        maintain();
    }

    Link linkById(int id) {
        for (Link l : links) {
            if (l != null && l.id == id) {
                return l;
            }
        }
        return null;
    }

    /** Schedules a reconnection if this servent is online and below its degree target. */
    private void maintain() {
        if (!isOnline() || reconnectScheduled || linkCount + connecting >= targetDegree || servents == null) {
            return;
        }
        reconnectScheduled = true;
        sim.schedule(config.reconnectDelayNanos(), () -> {
            reconnectScheduled = false;
            reconnect();
        });
    }

    private void reconnect() {
        if (!isOnline()) {
            return;
        }
        int wanted = targetDegree - linkCount - connecting;
        if (wanted <= 0) {
            return;
        }
        Role want = role == Role.PEER ? Role.PEER : Role.ULTRAPEER;
        List<Servent> candidates = new ArrayList<>();
        int[] known = hostCache.snapshot();
        random.shuffle(known);
        for (int id : known) {
            Servent s = servents.at(network.node(id));
            if (s != null && s.role == want && !connectedTo(s) && candidates.size() < wanted) {
                candidates.add(s);
            }
        }
        if (candidates.size() < wanted) {
            for (Servent s : servents.bootstrap(this, want, 2 * wanted, random)) {
                if (!connectedTo(s) && !candidates.contains(s) && candidates.size() < wanted) {
                    candidates.add(s);
                }
            }
        }
        for (Servent s : candidates) {
            connectTo(s);
        }
        if (candidates.isEmpty()) {
            maintain();
        }
    }

    private boolean connectedTo(Servent s) {
        for (Link l : links) {
            if (l != null && l.remoteNode() == s.host.id()) {
                return true;
            }
        }
        return s == this;
    }

    private void sendQrpTable(Link l) {
        for (RouteTableUpdate u : qrp.updateMessages(config.qrpPatchBytes())) {
            l.send(Routed.unmeasured(u));
        }
    }

    @Override
    public void goOnline() {
        network.setOnline(host, true);
        routes = new RouteTable(config.routeCapacity(), config.routeLifetimeNanos());
        reconnect();
        maintain();
    }

    @Override
    public void goOffline() {
        Arrays.fill(links, null);
        linkCount = 0;
        routing.clear();
        network.setOnline(host, false);
    }

    // ---- descriptors ----------------------------------------------------------------------

    void receive(Link from, org.swarmsim.net.Message message) {
        received++;
        Routed m = (Routed) message;
        Descriptor d = m.descriptor();
        if (d instanceof Query) {
            queriesReceived++;
            routing.onQuery(from, m);
        } else if (d instanceof QueryHit) {
            routing.onAnswer(from, m);
        } else if (d instanceof Ping) {
            routing.onPing(from, m);
        } else if (d instanceof Pong pong) {
            routing.onPong(from, m, pong);
        } else if (d instanceof RouteTableUpdate u) {
            if (role == Role.ULTRAPEER && from.remoteRole == Role.LEAF && u instanceof RouteTableUpdate.Patch p && p.sequenceNumber() == p.sequenceSize()) {
                // The patches encode the leaf's table exactly (QrpTable's tests decode them); rather
                // than inflate every leaf's table again, the ultrapeer adopts the table they encode.
                Servent leaf = servents.at(from.connection.remote());
                from.remoteQrp = leaf == null ? null : leaf.ownQrp();
            }
        }
    }

    /** The host a Pong names, as an address in the simulated network. */
    Node hostOf(int ip) {
        int id = ip - QueryRouting.ADDRESS_BASE;
        return id >= 0 && id < network.nodeCount() ? network.node(id) : null;
    }

    Datagrams datagrams() {
        return datagrams;
    }

    @Override
    public String toString() {
        return "Servent[" + index + " " + role.label() + "]";
    }
}
