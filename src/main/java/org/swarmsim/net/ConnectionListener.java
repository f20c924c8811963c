package org.swarmsim.net;

/** What one side of a {@link Connection} hears; every method runs as a simulation event. */
public interface ConnectionListener {
    /** A message the far side sent has arrived at this side (last byte transmitted plus latency). */
    void onMessage(Connection connection, Message message);

    /**
     * The last byte of a message THIS side sent has left (before latency): lets a sender keep only
     * a few blocks queued, like a real socket send buffer.
     */
    default void onTransmitted(Connection connection, Message message) {
    }

    /**
     * A message THIS side sent, one that asked for it ({@link Message#notifyOnDelivery()}), has just
     * been handed to the far side's listener: the sender knows it arrived, as from a TCP
     * acknowledgement (which here takes no time). Called even if this side has closed since.
     */
    default void onDelivered(Connection connection, Message message) {
    }

    /** The far side closed the connection or went offline (learned after the one-way latency). */
    void onClosed(Connection connection);
}
