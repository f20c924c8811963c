package org.swarmsim.finders;

/** What a search does at a local minimum of greedy routing, where no known finder is closer and none knows the swarm. */
public enum Fallback {
    /** Nothing: the local minimum answers that it does not know the swarm. */
    NONE,
    /** A flood among finders with a hop limit (duplicates dropped). */
    FLOOD,
    /** A random walk among finders of bounded length. */
    WALK
}
