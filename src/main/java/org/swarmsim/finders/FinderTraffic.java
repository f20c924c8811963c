package org.swarmsim.finders;

/** What a finder-network datagram is for, to count traffic by purpose. */
public enum FinderTraffic {
    /** Searches and locates: routed hops, their acknowledgements, floods, walks and answers. */
    SEARCH,
    /** Registrations of peers with home finders. */
    REGISTER,
    /** Peers attaching to and leaving finders. */
    ATTACH,
    /** Cache gossip. */
    GOSSIP,
    /** Returning finders announcing themselves. */
    JOIN
}
