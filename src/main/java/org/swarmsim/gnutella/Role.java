package org.swarmsim.gnutella;

/**
 * What a servent is in the overlay: a flat network's peer, or in a two-tier network an ultrapeer
 * (routes queries among ultrapeers and to its leaves) or a leaf (attached to a few ultrapeers,
 * never routes).
 */
public enum Role {
    PEER, ULTRAPEER, LEAF;

    /** The lower-case name used in outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
