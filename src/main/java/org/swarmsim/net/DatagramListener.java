package org.swarmsim.net;

/** Receives the datagrams addressed to one node (see {@link Datagrams#bind}). */
public interface DatagramListener {
    /** A datagram from {@code from} arrived; runs as its own simulation event. */
    void onDatagram(Node from, Message message);
}
