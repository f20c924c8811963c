package org.swarmsim.finders;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.swarmsim.finders.FinderMessage.Attach;
import org.swarmsim.finders.FinderMessage.AttachReply;
import org.swarmsim.finders.FinderMessage.Detach;
import org.swarmsim.finders.FinderMessage.Found;
import org.swarmsim.finders.FinderMessage.Route;
import org.swarmsim.net.Node;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.overlay.RpcEndpoint;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.Timer;
import org.swarmsim.sim.random.RandomStream;

/**
 * An ordinary peer's side of a finder network: it attaches to a few finders (a full finder
 * suggests others; a finder is asked at most once per round, and when candidates run out the peer
 * takes a fresh bootstrap list after {@link #RETRY_NANOS}), registers its swarm with the swarm's home through its first finder and
 * again every refresh, and searches swarms through its first finder. The first hop of a
 * registration or search is acknowledged: a finder that does not acknowledge is dropped and the
 * next attached one is used (a search retried so counts once in {@link FinderObserver#retried}).
 * A search that gets no answer within the search timeout has failed.
 */
public final class FinderClient implements RpcEndpoint.Handler<FinderMessage, Object> {
    /** How long a peer with too few finders waits before it asks for a fresh bootstrap list. */
    public static final long RETRY_NANOS = SimTime.seconds(30);
    /** Finders in a bootstrap list. */
    public static final int BOOTSTRAP = 8;

    private record Pending(int searchId, NodeId key, Consumer<Found> callback, int[] tries) {
    }

    private record Hop(Route route, int finder, Pending search) {
    }

    private final FinderNetwork net;
    private final Node host;
    private final RandomStream random;
    private final RpcEndpoint<FinderMessage, Object> endpoint;
    private final ArrayDeque<Integer> candidates = new ArrayDeque<>();
    private final Map<Integer, Pending> searches = new HashMap<>();
    private final java.util.Set<Integer> refused = new java.util.HashSet<>();
    private int[] attached = new int[0];
    private int attaching;
    private NodeId swarm;
    private boolean online;
    private boolean registerWanted;
    private boolean retryScheduled;
    private Timer refresh;
    private Runnable onFirstFinder;

    FinderClient(FinderNetwork net, Node host, RandomStream random) {
        this.net = net;
        this.host = host;
        this.random = random;
        this.endpoint = new RpcEndpoint<>(net.scheduler, net.datagrams, host, FinderMessage.class,
                net.config.hopTimeoutNanos(), this);
    }

    RpcEndpoint<FinderMessage, Object> endpoint() {
        return endpoint;
    }

    public int address() {
        return host.id();
    }

    public boolean isOnline() {
        return online;
    }

    /** Finders attached now, first the one searches go through. */
    public int[] attached() {
        return attached.clone();
    }

    /** Comes online: attaches through {@code bootstrap} (finder numbers), and registers in {@code swarm} if not null. */
    public void start(NodeId swarm, int[] bootstrap) {
        this.swarm = swarm;
        online = true;
        endpoint.open();
        for (int f : bootstrap) {
            candidates.add(f);
        }
        registerWanted = swarm != null;
        if (swarm != null) {
            refresh = Timer.periodic(net.scheduler, net.config.refreshNanos(), this::register);
            refresh.start(net.config.refreshNanos());
        }
        attachMore();
    }

    /** Runs {@code action} each time the peer goes from no finder to one (after its registration is sent). */
    public void onFirstFinder(Runnable action) {
        this.onFirstFinder = action;
    }

    /** Leaves: detaches from its finders (one message each) and forgets them. */
    public void stop() {
        if (!online) {
            return;
        }
        for (int f : attached) {
            send(net.hostOf(f), new Detach(endpoint.nextTransactionId()));
        }
        attached = new int[0];
        candidates.clear();
        refused.clear();
        attaching = 0;
        if (refresh != null) {
            refresh.cancel();
        }
        searches.clear();
        endpoint.close();
        online = false;
    }

    /**
     * Searches {@code key} through the first attached finder; {@code callback} gets the answer, or
     * null when none came within the search timeout (it runs once).
     */
    public void search(NodeId key, int searchId, Consumer<Found> callback) {
        Pending p = new Pending(searchId, key, callback, new int[1]);
        searches.put(searchId, p);
        net.scheduler.schedule(net.config.searchTimeoutNanos(), () -> {
            if (searches.remove(searchId) == p) {
                p.callback().accept(null);
            }
        });
        sendSearch(p);
    }

    private void sendSearch(Pending p) {
        if (!online || attached.length == 0) {
            return;   // it times out
        }
        Route r = new Route(endpoint.nextTransactionId(), Purpose.SEARCH, false, p.searchId(), p.key(),
                net.geometry.point(p.key()), address(), -1, 0, 0);
        query(attached[0], r, new Hop(r, attached[0], p));
    }

    private void register() {
        if (!online || swarm == null) {
            return;
        }
        if (attached.length == 0) {
            registerWanted = true;
            return;
        }
        registerWanted = false;
        Route r = new Route(endpoint.nextTransactionId(), Purpose.REGISTER, false, -1, swarm, net.geometry.point(swarm),
                address(), -1, 0, 0);
        query(attached[0], r, new Hop(r, attached[0], null));
    }

    private void attachMore() {
        while (online && attached.length + attaching < net.config.attach() && !candidates.isEmpty()) {
            int f = candidates.poll();
            if (contains(attached, f) || !refused.add(f)) {
                continue;   // attached already, or asked in this round
            }
            attaching++;
            Attach a = new Attach(endpoint.nextTransactionId());
            query(f, a, f);
        }
        if (online && attached.length + attaching < net.config.attach() && candidates.isEmpty() && !retryScheduled) {
            retryScheduled = true;
            net.scheduler.schedule(RETRY_NANOS, () -> {
                retryScheduled = false;
                refused.clear();
                if (online && attached.length + attaching < net.config.attach()) {
                    for (int f : net.randomOnline(random, BOOTSTRAP)) {
                        candidates.add(f);
                    }
                    attachMore();
                }
            });
        }
    }

    /** The connection to finder {@code f} was lost (it left): use the others, attach another. */
    void finderLost(int f) {
        if (!online || !contains(attached, f)) {
            return;
        }
        attached = remove(attached, f);
        attachMore();
    }

    @Override
    public void onQuery(Node from, FinderMessage m) {
        if (m instanceof Found f) {
            net.observer.answered(f, net.scheduler.now());
            Pending p = searches.remove(f.searchId());
            if (p != null) {
                p.callback().accept(f);
            }
        }
    }

    @Override
    public void onAnswer(Node from, FinderMessage answer, NodeId contact, Object context) {
        if (answer instanceof AttachReply r && context instanceof Integer f) {
            attaching--;
            if (r.accepted() && !contains(attached, f)) {
                attached = Arrays.copyOf(attached, attached.length + 1);
                attached[attached.length - 1] = f;
                if (registerWanted) {
                    register();
                }
                if (attached.length == 1 && onFirstFinder != null) {
                    onFirstFinder.run();
                }
            } else if (!r.accepted()) {
                for (int s : r.suggestions()) {
                    if (!contains(attached, s)) {
                        candidates.addFirst(s);
                    }
                }
            }
            attachMore();
        }
    }

    @Override
    public void onTimeout(NodeId contact, int address, Object context) {
        if (context instanceof Integer f) {
            attaching--;
            net.observer.foundDead(f);
            attachMore();
        } else if (context instanceof Hop h) {
            net.observer.foundDead(h.finder());
            if (contains(attached, h.finder())) {
                attached = remove(attached, h.finder());
                attachMore();
            }
            if (h.search() != null) {
                if (searches.get(h.search().searchId()) == h.search()) {
                    net.observer.retried(h.search().searchId());
                    sendSearch(h.search());
                }
            } else {
                register();
            }
        }
    }

    private void query(int finder, FinderMessage m, Object context) {
        net.observer.sent(address(), net.addressOf(finder), m);
        endpoint.query(net.geometry.id(finder), net.addressOf(finder), m, context);
    }

    private void send(Node to, FinderMessage m) {
        net.observer.sent(address(), to.id(), m);
        endpoint.send(to, m);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static int[] remove(int[] a, int v) {
        return Arrays.stream(a).filter(x -> x != v).toArray();
    }
}
