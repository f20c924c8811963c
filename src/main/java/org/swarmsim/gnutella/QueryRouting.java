package org.swarmsim.gnutella;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.gnutella.qrp.QrpHash;
import org.swarmsim.gnutella.qrp.QrpTable;
import org.swarmsim.gnutella.wire.Guid;
import org.swarmsim.gnutella.wire.Ping;
import org.swarmsim.gnutella.wire.Pong;
import org.swarmsim.gnutella.wire.Query;
import org.swarmsim.gnutella.wire.QueryHit;
import org.swarmsim.net.Message;
import org.swarmsim.net.Node;

/**
 * A servent's routing rules (Gnutella 0.6, section 3): each forward decrements TTL and increments
 * hops, so TTL + hops stays what the originator set; nothing is forwarded at TTL 0; TTL + hops is
 * capped at {@link GnutellaConfig#maxTtl()}; a query or ping goes to every neighbour except the
 * one it came from, unless its GUID is known (duplicate suppression); QueryHits and Pongs go back
 * along the reverse path recorded in the route table, and are dropped if that link is gone.
 * Random walkers ({@link SearchMode#WALK}) go to one neighbour at a time, preferring neighbours
 * this servent has not yet sent a walker of the same query to, and check back with the
 * requester every few steps.
 *
 * <p>Route-table values: the low 32 bits are the id of the link the GUID came from ({@code -1}
 * when this servent originated it); bit 32 marks an originated query that has had a hit; bits
 * 33..62 mark the link slots 0..29 a walker of this GUID has been sent to.
 */
final class QueryRouting {
    /** Simulated addresses: node id {@code i} is {@code 10.0.0.0 + i}. */
    static final int ADDRESS_BASE = 0x0A000000;
    static final int PORT = 6346;
    private static final long LINK_MASK = 0xFFFF_FFFFL;
    private static final long SATISFIED = 1L << 32;
    private static final int WALK_SHIFT = 33;
    private static final int WALK_SLOTS = 30;

    private final Servent s;
    private Map<Long, ParkedWalker> parked;   // walkers waiting for their requester's verdict; made when needed
    private long nextTicket = 1;

    private record ParkedWalker(Link from, Routed walker) {
    }

    QueryRouting(Servent servent) {
        this.s = servent;
    }

    void clear() {
        parked = null;
    }

    // ---- origin ---------------------------------------------------------------------------

    /**
     * Starts a query from this servent: floods ({@code walkers == 0}) or sends {@code walkers}
     * random walkers. Returns false if the servent has no connection to send it on.
     */
    boolean originate(Routed query, int walkers) {
        long key = query.guidId();
        s.routes.put(key, ORIGIN_VALUE, s.sim.now());
        if (s.linkCount == 0) {
            return false;
        }
        if (query.mode() == SearchMode.WALK) {
            Link[] order = shuffledLinks(null);
            for (int w = 0; w < walkers; w++) {
                order[w % order.length].send(query);
            }
        } else {
            for (Link l : s.links) {
                if (l != null) {
                    l.send(query);
                }
            }
        }
        return true;
    }

    private static final long ORIGIN_VALUE = LINK_MASK & Servent.ORIGIN;

    /** Whether this servent originated the query with GUID id {@code key} and has had a hit for it. */
    boolean satisfied(long key) {
        long route = s.routes.get(key, s.sim.now());
        return route != RouteTable.ABSENT && (int) (route & LINK_MASK) == Servent.ORIGIN && (route & SATISFIED) != 0;
    }

    /** Sends a Ping on {@code l} (after connecting), to learn hosts from the Pongs. */
    void ping(Link l) {
        Ping p = new Ping(Guid.of(s.random.nextLong() | Long.MIN_VALUE), s.config.pingTtl(), 0);
        s.routes.put(p.guid().id(), ORIGIN_VALUE, s.sim.now());
        l.send(Routed.unmeasured(p));
    }

    // ---- queries --------------------------------------------------------------------------

    void onQuery(Link from, Routed m) {
        Query q = (Query) m.descriptor();
        long key = m.guidId();
        long now = s.sim.now();
        long route = s.routes.putIfAbsent(key, from.id & LINK_MASK, now);
        boolean first = route == RouteTable.ABSENT;
        if (first) {
            route = from.id & LINK_MASK;
        }
        s.observer().queryReceived(s, m, first);
        boolean hit = false;
        if (first) {
            int object = m.object();
            if (object >= 0 && s.libraryCount() > 0 && s.shares(object)) {
                hit = true;
                s.hitsAnswered++;
                answer(from, m, q, object);
            }
        }
        if (m.mode() == SearchMode.WALK) {
            if (!hit) {
                walk(from, m, key, route);
            }
            return;
        }
        if ((!first && s.config.duplicateSuppression()) || s.role == Role.LEAF) {
            return;
        }
        int ttl = Math.min(q.ttl(), s.config.maxTtl() - q.hops());
        boolean routed = m.mode() == SearchMode.QUERY_ROUTED;
        Routed onward = ttl <= 1 ? null : ttl == q.ttl() ? m.forwarded()
                : m.forwardedAs(new Query(q.guid(), ttl - 1, q.hops() + 1, q.minimumSpeed(), q.criteria()));
        Routed toLeaves = null;                   // made for the first leaf whose table may match
        int[] hashes = null;                      // the query's keywords hashed once, for every leaf's table
        for (Link l : s.links) {
            if (l == null || l == from) {
                continue;
            }
            if (l.remoteRole == Role.LEAF && s.role == Role.ULTRAPEER) {
                if (routed) {
                    QrpTable t = l.remoteQrp;
                    if (t == null) {
                        continue;
                    }
                    if (hashes == null) {
                        hashes = QrpHash.queryHashes(q.criteria());
                    }
                    if (t.mayMatchHashes(hashes)) {
                        if (toLeaves == null) {
                            toLeaves = m.forwardedAs(new Query(q.guid(), Math.max(1, ttl - 1), q.hops() + 1,
                                    q.minimumSpeed(), q.criteria()));
                        }
                        l.send(toLeaves);
                    }
                } else if (onward != null) {
                    l.send(onward);
                }
            } else if (onward != null) {
                l.send(onward);
            }
        }
    }

    private void answer(Link to, Routed m, Query q, int object) {
        QueryHit hit = new QueryHit(q.guid(), Math.min(255, q.hops() + 1), 0, PORT, ADDRESS_BASE + s.host.id(), 1000,
                List.of(new QueryHit.Result(object, s.catalogue.sizeBytes(), s.catalogue.fileName(object))),
                Guid.of(((long) s.host.id() << 1) | 1L));
        to.send(m.answeredWith(hit));
    }

    void onAnswer(Link from, Routed m) {
        QueryHit hit = (QueryHit) m.descriptor();
        long key = m.guidId();
        long route = s.routes.get(key, s.sim.now());
        if (route == RouteTable.ABSENT) {
            return;                               // the route is forgotten: the hit is lost
        }
        int link = (int) (route & LINK_MASK);
        if (link == Servent.ORIGIN) {
            if ((route & SATISFIED) == 0) {
                s.routes.put(key, route | SATISFIED, s.sim.now());
            }
            s.observer().hitArrived(s, m);
            return;
        }
        Link back = s.linkById(link);
        if (back != null && hit.ttl() > 1) {
            back.send(m.forwarded());
        }
    }

    // ---- random walks ---------------------------------------------------------------------

    private void walk(Link from, Routed m, long key, long route) {
        Query q = (Query) m.descriptor();
        if (q.ttl() <= 1) {
            return;                               // the walker's TTL is spent
        }
        int steps = q.hops() + 1;
        int every = m.checkEvery();
        if (every > 0 && steps % every == 0 && m.requester() == s.host) {
            if (!satisfied(key)) {
                step(from, m);                    // back at the requester: it knows the answer itself
            }
            return;
        }
        if (every > 0 && steps % every == 0 && m.requester() != null) {
            long ticket = nextTicket++;
            if (parked == null) {
                parked = new HashMap<>();
            }
            parked.put(ticket, new ParkedWalker(from, m));
            s.datagrams().send(s.host, m.requester(), new WalkCheck(key, ticket, m.search()));
            s.observer().checkSent(m.search(), WalkCheck.WIRE_SIZE);
            s.sim.schedule(s.config.walkCheckTimeoutNanos(), () -> {
                if (parked != null) {
                    parked.remove(ticket);
                }
            });
            return;
        }
        step(from, m);
    }

    /** Forwards a walker to one neighbour: one not yet used for this GUID and not {@code from}, if any. */
    private void step(Link from, Routed m) {
        if (!s.isOnline() || s.linkCount == 0) {
            return;
        }
        Query q = (Query) m.descriptor();
        long key = m.guidId();
        long now = s.sim.now();
        long route = s.routes.get(key, now);
        long used = route == RouteTable.ABSENT ? 0 : route >>> WALK_SHIFT;
        Link choice = null;
        int fresh = 0;
        int others = 0;
        for (Link l : s.links) {
            if (l == null || (l == from && from.connection.isOpen() && s.linkCount > 1)) {
                continue;
            }
            others++;
            if (l.slot >= WALK_SLOTS || (used & (1L << l.slot)) == 0) {
                fresh++;
            }
        }
        boolean preferFresh = fresh > 0;
        int pick = s.random.nextInt(preferFresh ? fresh : others);
        for (Link l : s.links) {
            if (l == null || (l == from && from.connection.isOpen() && s.linkCount > 1)) {
                continue;
            }
            boolean isFresh = l.slot >= WALK_SLOTS || (used & (1L << l.slot)) == 0;
            if (!preferFresh || isFresh) {
                if (pick-- == 0) {
                    choice = l;
                    break;
                }
            }
        }
        if (choice == null) {
            return;
        }
        if (route != RouteTable.ABSENT && choice.slot < WALK_SLOTS) {
            s.routes.put(key, route | (1L << (WALK_SHIFT + choice.slot)), now);
        }
        choice.send(m.forwarded());
    }

    void onDatagram(Node from, Message message) {
        if (message instanceof WalkCheck c) {
            long route = s.routes.get(c.guidId(), s.sim.now());
            boolean goOn = route != RouteTable.ABSENT && (int) (route & LINK_MASK) == Servent.ORIGIN
                    && (route & SATISFIED) == 0;
            s.datagrams().send(s.host, from, new WalkVerdict(c.ticket(), goOn, c.search()));
            s.observer().checkSent(c.search(), WalkVerdict.WIRE_SIZE);
        } else if (message instanceof WalkVerdict v) {
            ParkedWalker w = parked == null ? null : parked.remove(v.ticket());
            if (w != null && v.goOn()) {
                step(w.from(), w.walker());
            }
        }
    }

    private Link[] shuffledLinks(Link except) {
        Link[] out = new Link[s.linkCount - (except == null ? 0 : 1)];
        int n = 0;
        for (Link l : s.links) {
            if (l != null && l != except) {
                out[n++] = l;
            }
        }
        for (int i = out.length - 1; i > 0; i--) {
            int j = s.random.nextInt(i + 1);
            Link t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    // ---- pings and pongs ------------------------------------------------------------------

    void onPing(Link from, Routed m) {
        Ping p = (Ping) m.descriptor();
        long key = m.guidId();
        long now = s.sim.now();
        boolean first = s.routes.get(key, now) == RouteTable.ABSENT;
        if (!first) {
            return;
        }
        s.routes.put(key, from.id & LINK_MASK, now);
        from.send(m.answeredWith(new Pong(p.guid(), Math.min(255, p.hops() + 1), 0, PORT,
                ADDRESS_BASE + s.host.id(), s.libraryCount(), s.libraryCount() * (s.catalogue.sizeBytes() / 1024))));
        int ttl = Math.min(p.ttl(), s.config.maxTtl() - p.hops());
        if (ttl > 1 && s.role != Role.LEAF) {
            Routed onward = ttl == p.ttl() ? m.forwarded() : m.forwardedAs(new Ping(p.guid(), ttl - 1, p.hops() + 1));
            for (Link l : s.links) {
                if (l != null && l != from && l.remoteRole != Role.LEAF) {
                    l.send(onward);
                }
            }
        }
    }

    void onPong(Link from, Routed m, Pong pong) {
        long route = s.routes.get(m.guidId(), s.sim.now());
        if (route == RouteTable.ABSENT) {
            return;
        }
        int link = (int) (route & LINK_MASK);
        if (link == Servent.ORIGIN) {
            Node h = s.hostOf(pong.ip());
            if (h != null && h != s.host) {
                s.hostCache.add(h.id());
            }
            return;
        }
        Link back = s.linkById(link);
        if (back != null && pong.ttl() > 1) {
            back.send(m.forwarded());
        }
    }
}
