package org.swarmsim.net;

/** Outcome of {@link Network#connect}: exactly one of the two methods runs, as a simulation event. */
public interface ConnectHandler {
    /** Connection is established (one RTT after connect); returns the listener for it. */
    ConnectionListener onConnected(Connection connection);

    /** Target offline or refused; learned after one RTT (or a configurable connect timeout if offline). */
    void onConnectFailed(Node target);
}
