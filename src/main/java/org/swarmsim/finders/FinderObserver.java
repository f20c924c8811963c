package org.swarmsim.finders;

/**
 * What the simulator measures of a finder network (the god's-eye view; protocol code never reads
 * it back). Every method has an empty default.
 */
public interface FinderObserver {
    /** A finder or peer at {@code fromAddress} sends {@code m} to {@code toAddress}. */
    default void sent(int fromAddress, int toAddress, FinderMessage m) {
    }

    /** The origin of a search or locate received an answer (possibly one of several, after a flood). */
    default void answered(FinderMessage.Found found, long nowNanos) {
    }

    /** A routed message was dropped: too many hops, or no finder left to try. */
    default void dropped(FinderMessage.Route route) {
    }

    /** A search reached a local minimum that does not know its swarm and fell back. */
    default void fellBack(FinderMessage.Route route, Fallback how) {
    }

    /** A peer retried a search through another finder after its finder did not acknowledge. */
    default void retried(int searchId) {
    }

    /** A finder or peer found a finder dead (a timeout). */
    default void foundDead(int finder) {
    }

    /** A finder handled a routed message (its routing load). */
    default void routed(int finder, FinderMessage.Route route) {
    }
}
