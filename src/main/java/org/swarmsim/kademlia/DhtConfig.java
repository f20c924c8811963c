package org.swarmsim.kademlia;

import java.util.Objects;
import org.swarmsim.sim.SimTime;

/**
 * Parameters of every DHT node of a network.
 *
 * @param k                    bucket size and lookup width (8 in BEP 5, 20 in the paper)
 * @param alpha                parallel queries per lookup (3)
 * @param termination          lookup stopping rule
 * @param queryTimeoutNanos    an unanswered query times out after this
 * @param badAfterFailures     consecutive timeouts after which a contact is bad and replaced
 * @param refreshIntervalNanos a bucket not touched for this long is refreshed by a lookup (15 min);
 *                             0 disables refreshing
 * @param tokenRotationNanos   token secrets rotate this often; a token stays valid for two
 *                             periods (5 min, so valid 5 to 10 min)
 * @param peerTtlNanos         a stored peer expires this long after its last announce (30 min)
 * @param maxPeersPerReply     at most this many peers in one get_peers reply
 * @param learnFromReplies     whether nodes named in answers are added to buckets with room, as
 *                             libtorrent does ({@link RoutingTable#offerHeardAbout}); otherwise
 *                             only nodes heard from directly are
 */
public record DhtConfig(int k, int alpha, Termination termination, long queryTimeoutNanos, int badAfterFailures,
                        long refreshIntervalNanos, long tokenRotationNanos, long peerTtlNanos, int maxPeersPerReply, boolean learnFromReplies) {
    public DhtConfig {
        Objects.requireNonNull(termination, "termination");
        if (k < 1 || k > 127) {
            throw new IllegalArgumentException("k must be 1..127, got " + k);
        }
        if (alpha < 1) {
            throw new IllegalArgumentException("alpha must be >= 1, got " + alpha);
        }
        if (queryTimeoutNanos <= 0 || tokenRotationNanos <= 0 || peerTtlNanos <= 0) {
            throw new IllegalArgumentException("query timeout, token rotation and peer TTL must be positive nanoseconds, got "
                    + queryTimeoutNanos + ", " + tokenRotationNanos + ", " + peerTtlNanos);
        }
        if (refreshIntervalNanos < 0) {
            throw new IllegalArgumentException("refresh interval must be >= 0 ns (0 = off), got " + refreshIntervalNanos);
        }
        if (badAfterFailures < 1 || maxPeersPerReply < 1) {
            throw new IllegalArgumentException("badAfterFailures and maxPeersPerReply must be >= 1, got "
                    + badAfterFailures + ", " + maxPeersPerReply);
        }
    }

    /** BEP 5 defaults: k=8, α=3, paper termination, 2 s timeout, bad after 2 failures, 15 min refresh,
     * 5 min token rotation, 30 min peer TTL, 50 peers per reply, learning from replies. */
    public static DhtConfig bep5() {
        return new DhtConfig(8, 3, Termination.K_CLOSEST_ANSWERED, SimTime.seconds(2), 2,
                SimTime.seconds(15 * 60), SimTime.seconds(5 * 60), SimTime.seconds(30 * 60), 50, true);
    }

    public DhtConfig withK(int newK) {
        return new DhtConfig(newK, alpha, termination, queryTimeoutNanos, badAfterFailures, refreshIntervalNanos,
                tokenRotationNanos, peerTtlNanos, maxPeersPerReply, learnFromReplies);
    }

    public DhtConfig withAlpha(int newAlpha) {
        return new DhtConfig(k, newAlpha, termination, queryTimeoutNanos, badAfterFailures, refreshIntervalNanos,
                tokenRotationNanos, peerTtlNanos, maxPeersPerReply, learnFromReplies);
    }

    public DhtConfig withTermination(Termination t) {
        return new DhtConfig(k, alpha, t, queryTimeoutNanos, badAfterFailures, refreshIntervalNanos,
                tokenRotationNanos, peerTtlNanos, maxPeersPerReply, learnFromReplies);
    }

    public DhtConfig withRefreshIntervalNanos(long nanos) {
        return new DhtConfig(k, alpha, termination, queryTimeoutNanos, badAfterFailures, nanos,
                tokenRotationNanos, peerTtlNanos, maxPeersPerReply, learnFromReplies);
    }

    public DhtConfig withLearnFromReplies(boolean learn) {
        return new DhtConfig(k, alpha, termination, queryTimeoutNanos, badAfterFailures, refreshIntervalNanos,
                tokenRotationNanos, peerTtlNanos, maxPeersPerReply, learn);
    }

    public DhtConfig withQueryTimeoutNanos(long nanos) {
        return new DhtConfig(k, alpha, termination, nanos, badAfterFailures, refreshIntervalNanos,
                tokenRotationNanos, peerTtlNanos, maxPeersPerReply, learnFromReplies);
    }
}
