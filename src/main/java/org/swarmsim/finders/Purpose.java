package org.swarmsim.finders;

/** What a routed message is for. */
public enum Purpose {
    /** Find the finder closest to a key (a routing experiment): the local minimum answers. */
    LOCATE,
    /** Find contacts of a swarm: the first finder that knows the swarm answers. */
    SEARCH,
    /** Register a peer with its swarm's home finder. */
    REGISTER,
    /** A finder coming back announces itself on the way to its own point; the last finder answers with its links. */
    JOIN,
    /** The fall-back of a search at a local minimum: a flood with a hop limit, not acknowledged. */
    FLOOD,
    /** The other fall-back: a random walk of bounded length, not acknowledged. */
    WALK
}
