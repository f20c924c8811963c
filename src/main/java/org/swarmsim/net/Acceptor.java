package org.swarmsim.net;

/** Decides about incoming connections of a node; see {@link Node#setAcceptor(Acceptor)}. */
public interface Acceptor {
    /**
     * Called when a connection request reaches this node (one-way latency after
     * {@link Network#connect}). Returns the listener for the new connection, or null to refuse.
     * The accepting side may send on {@code incoming} at once.
     */
    ConnectionListener accept(Connection incoming);
}
