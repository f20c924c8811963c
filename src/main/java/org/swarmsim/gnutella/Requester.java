package org.swarmsim.gnutella;

import org.swarmsim.gnutella.wire.Guid;
import org.swarmsim.gnutella.wire.Query;

/**
 * Runs one search from a servent with a {@link SearchMethod}. The GUIDs of search {@code n} are
 * {@code (n + 1) * 256 + ring} (ring 0 for every method but the expanding ring), so that they
 * never collide with the random GUIDs of Pings (whose top bit is set).
 */
public final class Requester {
    private Requester() {
    }

    /** The simulator id of the GUID of ring {@code ring} of search {@code search}. */
    public static long guidId(int search, int ring) {
        return ((long) search + 1) * 256 + ring;
    }

    /**
     * Starts search {@code search} for {@code object} from {@code origin}; returns false if the
     * origin has no connection to send it on (the search then finds nothing).
     */
    public static boolean start(Servent origin, int search, int object, SearchMethod method) {
        String criteria = origin.catalogue.criteria(object);
        if (method instanceof SearchMethod.Flood f) {
            return origin.routing.originate(routed(search, 0, f.ttl(), criteria, object, SearchMode.FLOOD, null, 0), 0);
        }
        if (method instanceof SearchMethod.TwoTier t) {
            return origin.routing.originate(routed(search, 0, t.ttl(), criteria, object, SearchMode.QUERY_ROUTED, null, 0), 0);
        }
        if (method instanceof SearchMethod.RandomWalk w) {
            return origin.routing.originate(
                    routed(search, 0, w.ttl(), criteria, object, SearchMode.WALK, origin.host, w.checkEvery()), w.walkers());
        }
        return ring(origin, search, criteria, object, (SearchMethod.ExpandingRing) method, 0);
    }

    private static boolean ring(Servent origin, int search, String criteria, int object, SearchMethod.ExpandingRing e,
                                int r) {
        if (!origin.isOnline()) {
            return false;
        }
        boolean sent = origin.routing.originate(
                routed(search, r, e.ttlOfRing(r), criteria, object, SearchMode.FLOOD, null, 0), 0);
        if (r + 1 < e.rings()) {
            origin.sim.schedule(e.waitNanos(), () -> {
                for (int done = 0; done <= r; done++) {
                    if (origin.routing.satisfied(guidId(search, done))) {
                        return;
                    }
                }
                ring(origin, search, criteria, object, e, r + 1);
            });
        }
        return sent;
    }

    private static Routed routed(int search, int ring, int ttl, String criteria, int object, SearchMode mode,
                                 org.swarmsim.net.Node requester, int checkEvery) {
        Query q = new Query(Guid.of(guidId(search, ring)), ttl, 0, 0, criteria);
        return new Routed(q, search, mode, requester, checkEvery, object);
    }
}
