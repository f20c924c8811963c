package org.swarmsim.finders;

import org.swarmsim.sim.SimTime;

/**
 * A finder network's parameters.
 *
 * @param cacheSize          C: entries in a finder's gossiped cache (>= 1; FastTrack's 200)
 * @param gossipNanos        T: how often a finder exchanges its cache with a random cached finder (0: never)
 * @param routeViaCache      whether greedy routing also considers the cached finders, not only the links
 * @param fallback           what a search does at a local minimum
 * @param floodTtl           hops of a fall-back flood (>= 1)
 * @param walkLength         steps of a fall-back walk (>= 1)
 * @param maxHops            a routed message is dropped after this many hops (>= 1)
 * @param hopTimeoutNanos    how long a finder or peer waits for a hop's acknowledgement (> 0)
 * @param searchTimeoutNanos how long a peer waits for the answer of a search (> 0)
 * @param peersPerFinder     L: peers a finder serves at most (>= 1)
 * @param attach             finders a peer attaches to (>= 1)
 * @param contactsPerAnswer  swarm contacts in an answer, at most (>= 1, like a tracker's numwant)
 * @param hintCapacity       swarm hints a finder keeps (0: no relayed knowledge)
 * @param hintsPerGossip     hints a gossip message carries, at most
 * @param hintTtlNanos       how long a hint is trusted (> 0)
 * @param refreshNanos       how often a peer registers again with its swarm's home (> 0)
 * @param expiryNanos        how long a home keeps a registration that is not refreshed (> 0)
 */
public record FinderConfig(int cacheSize, long gossipNanos, boolean routeViaCache, Fallback fallback, int floodTtl,
                           int walkLength, int maxHops, long hopTimeoutNanos, long searchTimeoutNanos,
                           int peersPerFinder, int attach, int contactsPerAnswer, int hintCapacity, int hintsPerGossip,
                           long hintTtlNanos, long refreshNanos, long expiryNanos) {
    public static final int DEFAULT_CACHE = 200;
    public static final long DEFAULT_GOSSIP_NANOS = SimTime.seconds(60);
    public static final int DEFAULT_FLOOD_TTL = 2;
    public static final int DEFAULT_WALK_LENGTH = 16;
    public static final int DEFAULT_MAX_HOPS = 1024;
    public static final long DEFAULT_HOP_TIMEOUT_NANOS = SimTime.seconds(2);
    public static final long DEFAULT_SEARCH_TIMEOUT_NANOS = SimTime.seconds(20);
    public static final int DEFAULT_PEERS_PER_FINDER = 30;
    public static final int DEFAULT_ATTACH = 3;
    public static final int DEFAULT_CONTACTS = 50;
    public static final int DEFAULT_HINTS = 64;
    public static final int DEFAULT_HINTS_PER_GOSSIP = 8;
    public static final long DEFAULT_HINT_TTL_NANOS = SimTime.minutes(10);
    public static final long DEFAULT_REFRESH_NANOS = SimTime.minutes(15);
    public static final long DEFAULT_EXPIRY_NANOS = SimTime.minutes(40);
    /** Other finders a full finder suggests to a peer. */
    public static final int SUGGESTIONS = 5;

    public FinderConfig {
        if (cacheSize < 1 || gossipNanos < 0 || floodTtl < 1 || walkLength < 1 || maxHops < 1 || hopTimeoutNanos <= 0
                || searchTimeoutNanos <= 0 || peersPerFinder < 1 || attach < 1 || contactsPerAnswer < 1
                || hintCapacity < 0 || hintsPerGossip < 0 || hintTtlNanos <= 0 || refreshNanos <= 0 || expiryNanos <= 0
                || cacheSize > 65_534) {
            throw new IllegalArgumentException("invalid finder configuration: " + this);
        }
    }

    /** The defaults: FastTrack-like caches of 200 exchanged every minute, flood fall-back, L = 30, 3 finders per peer. */
    public static FinderConfig defaults() {
        return new FinderConfig(DEFAULT_CACHE, DEFAULT_GOSSIP_NANOS, true, Fallback.FLOOD, DEFAULT_FLOOD_TTL,
                DEFAULT_WALK_LENGTH, DEFAULT_MAX_HOPS, DEFAULT_HOP_TIMEOUT_NANOS, DEFAULT_SEARCH_TIMEOUT_NANOS,
                DEFAULT_PEERS_PER_FINDER, DEFAULT_ATTACH, DEFAULT_CONTACTS, DEFAULT_HINTS, DEFAULT_HINTS_PER_GOSSIP,
                DEFAULT_HINT_TTL_NANOS, DEFAULT_REFRESH_NANOS, DEFAULT_EXPIRY_NANOS);
    }
}
