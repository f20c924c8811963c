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

    /**
     * Whether this {@link #deliveryDeferrable deferrable} message may matter to the receiver
     * before the next ordinary message of its direction, so that the receiver must be able to take
     * it on demand: the sender vouches that handling it at any moment from its arrival until the
     * receiving node next does anything changes nothing, <i>provided</i> the receiving side pulls
     * on demand ({@link Connection#pullOnDemand}) from before the message arrives until it is
     * handed over. Towards such a side it has no delivery event: the network hands it over, in
     * arrival order among all such messages to the node, before anything else arriving later is
     * handed to that node, before one of its sides closes, by {@link Network#deliverOnDemand} (the
     * node's owner calls it before acting on its own, on a timer), or at the end of a run. Towards
     * a side that does not pull, it is delivered at its arrival, by an event of its own. A
     * simulator shortcut (BitTorrent uses it for a {@code have} that only counts: the receiver is
     * interested, choked and lacks the piece). Ignored unless {@link #deliveryDeferrable}.
     * Default: no.
     */
    default boolean deliveryOnDemand() {
        return false;
    }
}
