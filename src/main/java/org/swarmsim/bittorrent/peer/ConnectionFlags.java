package org.swarmsim.bittorrent.peer;

/**
 * The pairwise flag invariant of a BEP 3 connection: what one end believes about the other
 * (peer_choking, peer_interested) equals what the other end set (am_choking, am_interested) once
 * no flag message is in flight. A flag message is in flight while the sender has bytes queued, or
 * until the one-way latency (plus 10 ms for the transmission of a few bytes) has passed since it
 * was sent and since the sender's last transmission ended, or until the latency has passed since
 * the last small message sent without an event of its own left; the check is skipped then.
 */
final class ConnectionFlags {
    private ConnectionFlags() {
    }

    static void checkPair(PeerConnection a, PeerConnection b) {
        if (!a.handshakeReceived || !b.handshakeReceived || a.closed || b.closed) {
            return;
        }
        long now = a.owner.now();
        if (quiet(a, now) && a.amChoking != b.peerChoking) {
            throw new IllegalStateException(a + ": am_choking=" + a.amChoking + " but " + b + " has peer_choking="
                    + b.peerChoking);
        }
        if (quiet(a, now) && a.amInterested != b.peerInterested) {
            throw new IllegalStateException(a + ": am_interested=" + a.amInterested + " but " + b
                    + " has peer_interested=" + b.peerInterested);
        }
    }

    /**
     * The fast extension's promise (BEP 6): every request gets exactly one answer. Once nothing is
     * in flight either way, no request of {@code a} to {@code b} can still be waiting for its piece
     * or reject, and {@code b} has none queued.
     */
    static void checkRequests(PeerConnection a, PeerConnection b) {
        if (!a.fast || !a.handshakeReceived || !b.handshakeReceived || a.closed || b.closed) {
            return;
        }
        long now = a.owner.now();
        if (quiet(a, now) && quiet(b, now)
                && (!a.outstanding.isEmpty() || !a.cancelled.isEmpty() || !b.uploadQueue.isEmpty())) {
            throw new IllegalStateException(a + ": " + a.outstanding.size() + " requests and " + a.cancelled.size()
                    + " cancelled ones unanswered, " + b.uploadQueue.size() + " queued at " + b
                    + ", with nothing in flight");
        }
    }

    /** No flag message a sent can still be on its way to b. */
    private static boolean quiet(PeerConnection a, long now) {
        long settled = a.conn.oneWayLatencyNanos() + 10_000_000L;
        return a.conn.queuedBytes() == 0
                && now - a.lastFlagSentNanos > settled
                && now - a.lastTransmittedNanos > settled
                && now - a.conn.smallMessagesSentUntilNanos() > a.conn.oneWayLatencyNanos();
    }
}
