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

    /**
     * Whether the sender's {@link ConnectionListener#onDelivered} must hear when this message has
     * been handed to the receiving side (like a TCP acknowledgement that takes no time). Default:
     * no.
     */
    default boolean notifyOnDelivery() {
        return false;
    }

    /**
     * Whether the receiver may learn of this message later than it arrives: the sender vouches
     * that handling it at any moment up to the arrival of the next message on this direction that
     * is not deferrable changes nothing the receiver does in between. Such a message is
     * transmitted and charged like any other, but has no delivery event of its own: it is
     * delivered, in order, by the next delivery event of its direction, when the far side's close
     * notice arrives, just before the receiving side closes, or by
     * {@link Network#deliverDeferred} at the end of a run. A direction holding more than 32 of
     * them in flight gives the newest its own delivery event, to bound memory. A simulator
     * shortcut, not a protocol feature (BitTorrent uses it for a {@code have} of a piece the
     * receiver already holds). Default: no.
     */
    default boolean deliveryDeferrable() {
        return false;
    }
}
