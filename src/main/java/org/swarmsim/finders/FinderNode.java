package org.swarmsim.finders;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.swarmsim.finders.FinderMessage.Ack;
import org.swarmsim.finders.FinderMessage.Attach;
import org.swarmsim.finders.FinderMessage.AttachReply;
import org.swarmsim.finders.FinderMessage.Detach;
import org.swarmsim.finders.FinderMessage.Found;
import org.swarmsim.finders.FinderMessage.Gossip;
import org.swarmsim.finders.FinderMessage.Hint;
import org.swarmsim.finders.FinderMessage.JoinReply;
import org.swarmsim.finders.FinderMessage.Notify;
import org.swarmsim.finders.FinderMessage.Route;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.OverlayNode;
import org.swarmsim.overlay.Participant;
import org.swarmsim.overlay.RpcEndpoint;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * One finder: its links (the geometry's table), its gossiped cache, the swarms homed at it and the
 * hints it has heard, and the peers it serves. What it does:
 * <ul>
 *   <li><b>Routing.</b> A routed message ({@link Route}) is acknowledged hop by hop; the finder
 *       forwards it greedily to the known finder (a link, or with {@code route_via_cache} a cached
 *       finder) strictly closer to the key than itself (ties to the lower number), or stops at a
 *       local minimum. A hop that is not acknowledged marks that finder dead (out of the cache; its
 *       link repaired by the geometry) and the message goes to the next best.</li>
 *   <li><b>Searches.</b> A finder that knows the swarm's contacts answers the origin directly; one
 *       that holds a hint "F knows X" forwards once straight to F; at a local minimum that knows
 *       nothing it falls back (flood, walk, or a negative answer). A locate is answered by the local
 *       minimum.</li>
 *   <li><b>Registrations</b> are stored at the local minimum: the home finder as far as routing can tell.</li>
 *   <li><b>Gossip.</b> Every T, at a random phase, a push-pull exchange of caches (each side's
 *       own entry freshly stamped) and swarm hints with a random cached finder (a link if the cache is
 *       empty). Finders newly cached are offered to the geometry, which may link to them.</li>
 *   <li><b>Peers</b> attach while the finder serves fewer than L; a full finder suggests the least
 *       loaded finders of its cache. When a finder leaves, its peers notice one hop timeout later.</li>
 *   <li><b>Churn.</b> Leaving is silent and loses the soft state (swarm contacts, hints, peers);
 *       cache and links survive. Coming back, the finder sends a join towards its own point through
 *       a cached finder: every finder on the way may link to it, and the last one sends its links,
 *       which the returning finder learns and notifies.</li>
 * </ul>
 */
public final class FinderNode implements OverlayNode, Participant, RpcEndpoint.Handler<FinderMessage, Object> {
    /** Flood and walk ids remembered for duplicate suppression. */
    static final int SEEN = 256;
    /** Bootstrap finders a returning finder tries for its join. */
    static final int JOIN_ATTEMPTS = 5;

    private record Forward(Route route, int to) {
    }

    private final FinderNetwork net;
    private final int number;
    private final Node host;
    private final RandomStream random;
    private final RpcEndpoint<FinderMessage, Object> endpoint;
    private final FinderCache cache;
    private final SwarmContacts contacts;
    private final Hints hints;
    private final Timer gossip;
    private final LinkedHashSet<Integer> seen = new LinkedHashSet<>();
    private int[] links = new int[0];
    private int[] peers = new int[0];
    private int peerCount;
    private boolean online;
    private int joinAttempts;
    private long routed;

    FinderNode(FinderNetwork net, int number, Node host, RandomStream random) {
        this.net = net;
        this.number = number;
        this.host = host;
        this.random = random;
        FinderConfig c = net.config;
        this.endpoint = new RpcEndpoint<>(net.scheduler, net.datagrams, host, FinderMessage.class, c.hopTimeoutNanos(),
                this);
        this.cache = new FinderCache(c.cacheSize());
        this.contacts = new SwarmContacts(ownHints(c.hintsPerGossip()));
        this.hints = new Hints(c.hintCapacity());
        this.gossip = c.gossipNanos() > 0 ? Timer.periodic(net.scheduler, c.gossipNanos(), this::gossipOnce) : null;
    }

    RpcEndpoint<FinderMessage, Object> endpoint() {
        return endpoint;
    }

    /** First links from the geometry; they are the first cache too. */
    void initialise() {
        links = net.geometry.initialLinks(number, random);
        int[] known = Arrays.stream(links).filter(l -> l >= 0).distinct().sorted().toArray();
        cache.merge(known, new long[known.length], new int[known.length], known.length, number);
    }

    /** Comes online; {@code rejoin}: announce itself with a join. */
    void start(boolean rejoin) {
        online = true;
        endpoint.open();
        net.setOnline(number, true);
        if (gossip != null) {
            gossip.start(1 + random.nextLong(net.config.gossipNanos()));
        }
        if (rejoin) {
            joinAttempts = 0;
            sendJoin();
        }
    }

    public int number() {
        return number;
    }

    public int address() {
        return host.id();
    }

    Node host() {
        return host;
    }

    public NodeId id() {
        return net.geometry.id(number);
    }

    @Override
    public boolean isOnline() {
        return online;
    }

    @Override
    public void goOnline() {
        if (!online) {
            start(true);
        }
    }

    @Override
    public void goOffline() {
        if (!online) {
            return;
        }
        online = false;
        endpoint.close();
        net.setOnline(number, false);
        if (gossip != null) {
            gossip.cancel();
        }
        contacts.clear();
        hints.clear();
        seen.clear();
        net.finderLeft(number, peers, peerCount);
        peerCount = 0;
    }

    /** Non-empty link slots (with repeats, if a finder fills two). */
    @Override
    public int routingTableSize() {
        int n = 0;
        for (int l : links) {
            n += l >= 0 ? 1 : 0;
        }
        return n;
    }

    /** The links, as the geometry arranged them (do not modify). */
    public int[] links() {
        return links;
    }

    public FinderCache cache() {
        return cache;
    }

    /** Peers attached now. */
    public int load() {
        return peerCount;
    }

    /** Routed messages this finder has handled. */
    public long routed() {
        return routed;
    }

    /** Swarms with contacts here (as their home, as far as routing can tell). */
    public int swarmsHomed() {
        return contacts.swarms();
    }

    /** Live contacts of {@code swarm} here. */
    public int contactsOf(NodeId swarm) {
        return contacts.live(swarm, net.scheduler.now());
    }

    /** Hints held. */
    public int hintCount() {
        return hints.size();
    }

    /** Starts a locate of {@code key} at this finder (the origin is the finder itself). */
    public void locate(NodeId key, int searchId) {
        handle(new Route(0, Purpose.LOCATE, false, searchId, key, net.geometry.point(key), address(), number, 0, 0),
                -1);
    }

    /**
     * The next hop towards {@code point}: the known finder (link or, if configured, cached) strictly
     * closer than this one, closest first and the lower number on ties; -1 at a local minimum.
     * {@code exclude} is never chosen.
     */
    public int nextHop(long point, int exclude) {
        Geometry g = net.geometry;
        long bestD = g.distance(number, point);
        int best = -1;
        for (int l : links) {
            if (l >= 0 && l != exclude) {
                long d = g.distance(l, point);
                if (d < bestD || (d == bestD && best >= 0 && l < best)) {
                    bestD = d;
                    best = l;
                }
            }
        }
        if (net.config.routeViaCache()) {
            for (int i = 0; i < cache.size(); i++) {
                int c = cache.finder(i);
                if (c != exclude) {
                    long d = g.distance(c, point);
                    if (d < bestD || (d == bestD && best >= 0 && c < best)) {
                        bestD = d;
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    @Override
    public void onQuery(Node from, FinderMessage m) {
        if (m instanceof Route r) {
            if (acknowledged(r.purpose())) {
                send(from, new Ack(r.transactionId(), r.traffic(), r.searchId()));
            }
            handle(r, net.finderAt(from.id()));
        } else if (m instanceof Found f) {
            net.observer.answered(f, net.scheduler.now());
        } else if (m instanceof Attach a) {
            attach(from, a);
        } else if (m instanceof Detach) {
            detach(from.id());
        } else if (m instanceof Gossip g) {
            send(from, gossipMessage(g.transactionId(), true));
            absorb(g, net.finderAt(from.id()));
        } else if (m instanceof JoinReply j) {
            for (int f : j.finders()) {
                learn(f);
            }
            for (int l : distinctLinks()) {
                send(net.hostOf(l), new Notify(endpoint.nextTransactionId()));
            }
        } else if (m instanceof Notify) {
            learn(net.finderAt(from.id()));
        }
    }

    @Override
    public void onAnswer(Node from, FinderMessage answer, NodeId contact, Object context) {
        if (answer instanceof Gossip g) {
            absorb(g, net.finderAt(from.id()));
        }
    }

    @Override
    public void onTimeout(NodeId contact, int address, Object context) {
        if (context instanceof Forward fw) {
            markDead(fw.to());
            Route r = fw.route();
            if (r.purpose() == Purpose.JOIN && r.joiner() == number) {
                sendJoin();
            } else {
                dispatch(r.next(r.transactionId(), r.hops() - 1, r.ttl(), r.hinted()), -1);   // routed once, not again
            }
        } else if (context instanceof Integer partner) {
            markDead(partner);
        }
    }

    private static boolean acknowledged(Purpose p) {
        return p != Purpose.FLOOD && p != Purpose.WALK;
    }

    /** What this finder does with a routed message that reached it from finder {@code fromFinder} (-1: not a finder). */
    private void handle(Route r, int fromFinder) {
        routed++;
        net.observer.routed(number, r);
        dispatch(r, fromFinder);
    }

    /** Routes, answers or falls back; after a hop timed out, the same message again from here. */
    private void dispatch(Route r, int fromFinder) {
        long now = net.scheduler.now();
        switch (r.purpose()) {
            case LOCATE -> {
                int next = nextHop(r.point(), -1);
                if (next >= 0) {
                    forward(r, next, r.hinted());
                } else {
                    answer(r, new int[0]);
                }
            }
            case SEARCH -> {
                if (contacts.live(r.key(), now) > 0) {
                    answer(r, contacts.pick(r.key(), now, net.config.contactsPerAnswer(), random));
                    return;
                }
                int hinted = r.hinted() ? -1 : hints.get(r.key(), now);
                if (hinted >= 0 && hinted != number) {
                    forward(r, hinted, true);
                    return;
                }
                int next = nextHop(r.point(), -1);
                if (next >= 0) {
                    forward(r, next, r.hinted());
                } else {
                    fallBack(r);
                }
            }
            case REGISTER -> {
                int next = nextHop(r.point(), -1);
                if (next >= 0) {
                    forward(r, next, false);
                } else {
                    contacts.register(r.key(), r.origin(), now + net.config.expiryNanos());
                }
            }
            case JOIN -> {
                if (r.joiner() != number) {
                    learn(r.joiner());
                }
                int next = nextHop(r.point(), r.joiner());
                if (next >= 0) {
                    forward(r, next, false);
                } else if (r.joiner() != number) {
                    int[] ls = distinctLinks();
                    int[] mine = Arrays.copyOf(ls, ls.length + 1);
                    mine[mine.length - 1] = number;
                    send(net.hostOf(r.joiner()), new JoinReply(endpoint.nextTransactionId(), mine));
                }
            }
            case FLOOD -> {
                if (!firstSight(r.searchId())) {
                    return;
                }
                if (contacts.live(r.key(), now) > 0) {
                    answer(r, contacts.pick(r.key(), now, net.config.contactsPerAnswer(), random));
                } else if (r.ttl() > 1) {
                    flood(r, r.ttl() - 1, fromFinder);
                }
            }
            case WALK -> {
                if (contacts.live(r.key(), now) > 0) {
                    answer(r, contacts.pick(r.key(), now, net.config.contactsPerAnswer(), random));
                } else if (r.ttl() > 1) {
                    walk(r, r.ttl() - 1, fromFinder);
                }
            }
            default -> throw new IllegalStateException(r.purpose().toString());
        }
    }

    private void fallBack(Route r) {
        Fallback how = net.config.fallback();
        net.observer.fellBack(r, how);
        switch (how) {
            case FLOOD -> {
                firstSight(r.searchId());
                flood(r, net.config.floodTtl(), -1);
            }
            case WALK -> walk(r, net.config.walkLength(), -1);
            default -> answer(r, new int[0]);
        }
    }

    private void flood(Route r, int ttl, int except) {
        for (int l : distinctLinks()) {
            if (l != except) {
                sendRoute(l, new Route(endpoint.nextTransactionId(), Purpose.FLOOD, r.hinted(), r.searchId(), r.key(),
                        r.point(), r.origin(), r.joiner(), r.hops() + 1, ttl));
            }
        }
    }

    private void walk(Route r, int ttl, int except) {
        int[] ls = distinctLinks();
        int choices = 0;
        for (int l : ls) {
            choices += l != except ? 1 : 0;
        }
        if (choices == 0) {
            return;
        }
        int pick = random.nextInt(choices);
        for (int l : ls) {
            if (l != except && pick-- == 0) {
                sendRoute(l, new Route(endpoint.nextTransactionId(), Purpose.WALK, r.hinted(), r.searchId(), r.key(),
                        r.point(), r.origin(), r.joiner(), r.hops() + 1, ttl));
                return;
            }
        }
    }

    private void sendRoute(int to, Route r) {
        if (r.hops() > net.config.maxHops()) {
            net.observer.dropped(r);
            return;
        }
        send(net.hostOf(to), r);
    }

    private boolean firstSight(int searchId) {
        if (!seen.add(searchId)) {
            return false;
        }
        if (seen.size() > SEEN) {
            var it = seen.iterator();
            it.next();
            it.remove();
        }
        return true;
    }

    /** Forwards {@code r} to finder {@code to}, acknowledged. */
    private void forward(Route r, int to, boolean hinted) {
        if (r.hops() + 1 > net.config.maxHops()) {
            net.observer.dropped(r);
            return;
        }
        Route out = r.next(endpoint.nextTransactionId(), r.hops() + 1, r.ttl(), hinted);
        net.observer.sent(address(), net.addressOf(to), out);
        endpoint.query(net.geometry.id(to), net.addressOf(to), out, new Forward(out, to));
    }

    private void answer(Route r, int[] found) {
        Found f = new Found(endpoint.nextTransactionId(), r.searchId(), r.key(), number, r.hops(), found);
        if (r.origin() == address()) {
            net.observer.answered(f, net.scheduler.now());
        } else {
            send(net.datagrams.network().node(r.origin()), f);
        }
    }

    private void send(Node to, FinderMessage m) {
        net.observer.sent(address(), to.id(), m);
        endpoint.send(to, m);
    }

    private void sendJoin() {
        if (!online || joinAttempts++ >= JOIN_ATTEMPTS) {
            return;
        }
        int via = cache.size() > 0 ? cache.random(random) : -1;
        if (via < 0) {
            int[] ls = distinctLinks();
            via = ls.length == 0 ? -1 : ls[random.nextInt(ls.length)];
        }
        if (via < 0) {
            return;
        }
        Route join = new Route(0, Purpose.JOIN, false, -1, id(), net.geometry.pointOf(number), address(), number, 0, 0);
        forward(join, via, false);
    }

    private void learn(int f) {
        if (f >= 0 && f != number) {
            net.geometry.learn(number, links, f);
        }
    }

    private void markDead(int f) {
        net.observer.foundDead(f);
        cache.remove(f);
        hints.forget(f);
        for (int s = 0; s < links.length; s++) {
            if (links[s] == f) {
                net.geometry.repair(number, links, s, cache, random);
            }
        }
    }

    private int[] distinctLinks() {
        return Arrays.stream(links).filter(l -> l >= 0).distinct().toArray();
    }

    private void attach(Node from, Attach a) {
        int peer = from.id();
        for (int i = 0; i < peerCount; i++) {
            if (peers[i] == peer) {
                send(from, new AttachReply(a.transactionId(), true, peerCount, new int[0]));
                return;
            }
        }
        if (peerCount < net.config.peersPerFinder()) {
            if (peerCount == peers.length) {
                peers = Arrays.copyOf(peers, Math.max(4, peerCount * 2));
            }
            peers[peerCount++] = peer;
            send(from, new AttachReply(a.transactionId(), true, peerCount, new int[0]));
        } else {
            send(from, new AttachReply(a.transactionId(), false, peerCount, leastLoaded(FinderConfig.SUGGESTIONS)));
        }
    }

    private void detach(int peer) {
        for (int i = 0; i < peerCount; i++) {
            if (peers[i] == peer) {
                peers[i] = peers[--peerCount];
                return;
            }
        }
    }

    /** Up to {@code n} cached finders with the lowest advertised load (ties: the lower number). */
    private int[] leastLoaded(int n) {
        int k = cache.size();
        long[] order = new long[k];
        for (int i = 0; i < k; i++) {
            order[i] = ((long) cache.load(i) << 32) | cache.finder(i);
        }
        Arrays.sort(order);
        int[] out = new int[Math.min(n, k)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) order[i];
        }
        return out;
    }

    private void gossipOnce() {
        if (!online) {
            return;
        }
        int partner = cache.random(random);
        if (partner < 0) {
            int[] ls = distinctLinks();
            partner = ls.length == 0 ? -1 : ls[random.nextInt(ls.length)];
        }
        if (partner < 0) {
            return;
        }
        Gossip g = gossipMessage(endpoint.nextTransactionId(), false);
        net.observer.sent(address(), net.addressOf(partner), g);
        endpoint.query(net.geometry.id(partner), net.addressOf(partner), g, partner);
    }

    /** This finder's cache with its own entry (stamped now, with its load) in finder order, and its hints. */
    private Gossip gossipMessage(int tid, boolean reply) {
        int k = cache.size();
        int[] fs = new int[k + 1];
        long[] st = new long[k + 1];
        int[] ld = new int[k + 1];
        long nowMs = net.scheduler.now() / 1_000_000;
        int j = 0;
        boolean selfDone = false;
        for (int i = 0; i < k; i++) {
            if (!selfDone && cache.finder(i) > number) {
                fs[j] = number;
                st[j] = nowMs;
                ld[j++] = peerCount;
                selfDone = true;
            }
            fs[j] = cache.finder(i);
            st[j] = cache.stampMs(i);
            ld[j++] = cache.load(i);
        }
        if (!selfDone) {
            fs[j] = number;
            st[j] = nowMs;
            ld[j] = peerCount;
        }
        return new Gossip(tid, reply, fs, st, ld, hintsToSend());
    }

    /** Of a gossip message's {@code max} hints, how many may be this finder's own swarms (the rest are relayed). */
    private static int ownHints(int max) {
        return max / 2 + 1;
    }

    private List<Hint> hintsToSend() {
        int max = net.config.hintsPerGossip();
        if (max == 0 || net.config.hintCapacity() == 0) {
            return List.of();
        }
        java.util.ArrayList<Hint> out = new java.util.ArrayList<>(max);
        for (NodeId s : contacts.recent()) {     // this finder's own swarms first, up to about half
            if (out.size() >= ownHints(max)) {
                break;
            }
            out.add(new Hint(s, number));
        }
        long now = net.scheduler.now();
        for (Hint h : hints.newest(max - out.size(), now)) {
            out.add(h);
        }
        return out;
    }

    private void absorb(Gossip g, int sender) {
        int[] added = cache.mergeAndReportAdded(g.finders(), g.stampsMs(), g.loads(), g.finders().length, number);
        for (int f : added) {
            learn(f);
        }
        learn(sender);
        long expires = net.scheduler.now() + net.config.hintTtlNanos();
        for (Hint h : g.hints()) {
            if (h.finder() != number) {
                hints.put(h.swarm(), h.finder(), expires);
            }
        }
    }
}
