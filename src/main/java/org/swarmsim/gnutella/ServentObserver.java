package org.swarmsim.gnutella;

/**
 * What the run's statistics hear from servents; servents never count another servent's numbers.
 * Every method runs inside the event that caused it.
 */
public interface ServentObserver {
    /** {@code from} put {@code m} on {@code connection} (to {@code connection.remote()}). */
    default void sent(Servent from, org.swarmsim.net.Connection connection, Routed m) {
    }

    /**
     * A query reached {@code at}; {@code first} when its route table did not know the GUID (its
     * first receipt, as the servent sees it).
     */
    default void queryReceived(Servent at, Routed m, boolean first) {
    }

    /** A QueryHit reached the requester of its search. */
    default void hitArrived(Servent requester, Routed hit) {
    }

    /** A walker's check or the requester's verdict ({@link WalkCheck}, {@link WalkVerdict}) was sent. */
    default void checkSent(int search, int bytes) {
    }

    /** Nobody listens. */
    ServentObserver NONE = new ServentObserver() {
    };
}
