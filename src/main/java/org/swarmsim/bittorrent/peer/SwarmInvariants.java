package org.swarmsim.bittorrent.peer;

/**
 * The swarm-wide invariants the tests check after every event, with the god's-eye view: every
 * peer's own invariants; the flags at both ends of each connection agree once the messages in
 * flight have arrived (checked where both sides are quiescent); every peer's own byte counts equal
 * the statistics'; payload uploaded equals payload downloaded equals payload delivered; the
 * statistics' online counts and piece copies match a recount; with the fast extension, no request
 * stays unanswered once nothing is in flight.
 */
final class SwarmInvariants {
    private SwarmInvariants() {
    }

    static void check(Swarm swarm) {
        SwarmStatistics statistics = swarm.statistics();
        long up = 0;
        long down = 0;
        for (Peer p : swarm.peers()) {
            p.checkInvariants();
            up += statistics.bytesUploaded(p);
            down += p.bytesDownloaded();
            long split = statistics.bytesFromInitialSeeds(p) + statistics.bytesFromCompleted(p) + statistics.bytesFromLeechers(p);
            if (p.bytesDownloaded() != split) {
                throw new IllegalStateException(p + " counts " + p.bytesDownloaded() + " bytes downloaded, the statistics "
                        + split);
            }
            if (p.bytesUploaded() != statistics.bytesUploaded(p)) {
                throw new IllegalStateException(p + " counts " + p.bytesUploaded() + " bytes uploaded, the statistics "
                        + statistics.bytesUploaded(p));
            }
            for (PeerConnection c : p.connectionsView()) {
                Peer remote = swarm.peerOnNode(c.remote.id());
                PeerConnection back = remote == null ? null : remote.connectionTo(p);
                if (back != null && back.remote == p.node()) {
                    ConnectionFlags.checkPair(c, back);
                    ConnectionFlags.checkRequests(c, back);
                }
            }
        }
        if (up != down || down != statistics.payloadBytes()) {
            throw new IllegalStateException("uploaded " + up + " != downloaded " + down + " (delivered "
                    + statistics.payloadBytes() + ")");
        }
        statistics.checkAgainst(swarm.peers());
    }
}
