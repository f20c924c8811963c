package org.swarmsim.bittorrent.pex;

import org.swarmsim.sim.SimTime;

/**
 * How peers exchange peers: what a sender puts in its messages and what a receiver accepts.
 *
 * <p>Sender: at most one message per connection every {@code intervalNanos}, with at most
 * {@code maxAdded} added and {@code maxDropped} dropped peers, except that the first message on a
 * connection may list every connected peer when {@code initialUnlimited}. Receiver: more than
 * {@code maxMessagesPerWindow} messages within {@code rateWindowNanos}, or a message over the
 * limits (the first one excepted when {@code initialUnlimited}), is a violation; with
 * {@code disconnectViolators} the receiver closes the connection ({@code "pex violation"}),
 * otherwise it ignores the message that came too soon, or the added and dropped entries beyond the
 * limits, and only counts it.
 *
 * @param intervalNanos        least time between two messages to the same remote, &gt; 0
 * @param maxAdded             most added peers in a message (but an unlimited first one), &ge; 1
 * @param maxDropped           most dropped peers in a message, &ge; 1
 * @param initialUnlimited     whether the first message on a connection may list all connected peers
 * @param maxMessagesPerWindow most messages a receiver accepts within {@code rateWindowNanos}, &ge; 1
 * @param rateWindowNanos      the receiver's window for counting messages, &gt; 0
 * @param disconnectViolators  whether a receiver closes a connection whose remote breaks the rules
 */
public record PexConfig(long intervalNanos, int maxAdded, int maxDropped, boolean initialUnlimited,
                        int maxMessagesPerWindow, long rateWindowNanos, boolean disconnectViolators) {
    public PexConfig {
        if (intervalNanos <= 0 || rateWindowNanos <= 0) {
            throw new IllegalArgumentException("PEX interval and rate window must be > 0, got "
                    + intervalNanos + " ns and " + rateWindowNanos + " ns");
        }
        if (maxAdded < 1 || maxDropped < 1 || maxMessagesPerWindow < 1) {
            throw new IllegalArgumentException("PEX limits must be >= 1: added " + maxAdded + ", dropped "
                    + maxDropped + ", messages per window " + maxMessagesPerWindow);
        }
    }

    /**
     * BEP 11: a message a minute, at most 50 added and 50 dropped peers but in the first message,
     * which lists every connected peer; a receiver ignores what is beyond the limits (and more
     * than 6 messages a minute) and counts it, without disconnecting.
     */
    public static PexConfig bep11() {
        return new PexConfig(SimTime.seconds(60), 50, 50, true, 6, SimTime.seconds(60), false);
    }

    /**
     * libtorrent's {@code ut_pex}: a message a minute with at most 100 added peers, the first one
     * included ({@code max_peer_entries}); a receiver disconnects a peer that sends more than 6
     * messages in 60 s. libtorrent does not cap {@code dropped} and does not check the limits when
     * receiving; here dropped is capped at 100 as well and a message over the limits is a
     * violation too.
     */
    public static PexConfig libtorrent() {
        return new PexConfig(SimTime.seconds(60), 100, 100, false, 6, SimTime.seconds(60), true);
    }

    /** This configuration with another sending interval. */
    public PexConfig withInterval(long nanos) {
        return new PexConfig(nanos, maxAdded, maxDropped, initialUnlimited, maxMessagesPerWindow, rateWindowNanos,
                disconnectViolators);
    }

    /** The most added peers a message may hold: unlimited for the first one if {@code initialUnlimited}. */
    int addedLimit(boolean initial) {
        return initial && initialUnlimited ? Integer.MAX_VALUE : maxAdded;
    }

    /** The most dropped peers a message may hold (the first one holds none). */
    int droppedLimit(boolean initial) {
        return initial && initialUnlimited ? Integer.MAX_VALUE : maxDropped;
    }
}
