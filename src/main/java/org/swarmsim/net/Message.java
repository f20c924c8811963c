package org.swarmsim.net;

/**
 * Anything sent over a simulated connection: the network charges exactly
 * {@link #wireSize()} bytes for it. BitTorrent wire messages, tracker requests and KRPC messages
 * implement this with their real encoded sizes.
 */
public interface Message {
    /** Bytes this message occupies on the wire (including any length prefix). */
    int wireSize();

    /**
     * Whether the sender's {@link ConnectionListener#onTransmitted} must hear when this message's
     * last byte has left. Messages that say no and are small enough to bypass the flow model cost
     * one event (delivery) instead of two. Default: yes.
     */
    default boolean notifyOnTransmit() {
        return true;
    }
}
