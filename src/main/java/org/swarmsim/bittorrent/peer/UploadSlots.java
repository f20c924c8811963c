package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.bittorrent.choker.ChokeCandidate;
import org.swarmsim.bittorrent.choker.Choker;
import org.swarmsim.sim.random.RandomStream;

/**
 * A peer's upload slots: which remotes it unchokes. At each choke round the {@link Choker} of the
 * peer's state (leecher or seed) decides; between rounds a remote that becomes interested is
 * unchoked at once if a slot is free, and a slot freed by a remote that lost interest or left is
 * given to an interested one at once, as mainline and libtorrent do (unless the choker
 * {@linkplain Choker#unchokesBetweenRounds decides only at rounds}). A per-peer upload limit the
 * choker sets ({@link ChokeCandidate#uploadCapBytesPerSecond()}) becomes the connection's rate cap.
 */
final class UploadSlots {
    private final Peer peer;
    private final ConnectionTable connections;
    private final Choker leecherChoker;
    private final Choker seedChoker;
    private final RandomStream rng;
    private final List<ChokeCandidate> chokeList = new ArrayList<>();

    UploadSlots(Peer peer, ConnectionTable connections, Choker leecherChoker, Choker seedChoker, RandomStream rng) {
        this.peer = peer;
        this.connections = connections;
        this.leecherChoker = leecherChoker;
        this.seedChoker = seedChoker;
        this.rng = rng;
    }

    /** The choker's decision for this round over every connection past its handshake. */
    void chokeRound(long now) {
        if (!uploads()) {
            return;
        }
        chokeList.clear();
        for (int i = 0; i < connections.size(); i++) {
            PeerConnection c = connections.get(i);
            if (c.handshakeReceived) {
                chokeList.add(c.candidate(now));
            }
        }
        choker().rechoke(now, chokeList, rng);
        apply();
    }

    /** Makes the candidates' decisions (unchoked, optimistic, upload cap) the connections'. */
    private void apply() {
        for (int i = 0; i < chokeList.size(); i++) {
            ChokeCandidate cand = chokeList.get(i);
            PeerConnection c = connections.byKey(cand.peerKey());
            if (cand.uploadCapBytesPerSecond() != c.conn.rateCapBytesPerSecond()) {
                c.conn.setRateCapBytesPerSecond(cand.uploadCapBytesPerSecond());
            }
            if (cand.unchoked()) {
                c.unchoke(cand.optimistic() ? "optimistic" : peer.isSeed() ? "seed_rule" : "rate");
                c.optimistic = cand.optimistic();
            } else {
                c.choke(cand.snubbed() && !peer.isSeed() ? "snubbed" : peer.isSeed() ? "seed_rule" : "rate");
            }
        }
    }

    /** The choker of the peer's state now. */
    private Choker choker() {
        return peer.isSeed() ? seedChoker : leecherChoker;
    }

    /** A remote became interested: unchoke at once if an upload slot is free (as mainline does). */
    void onPeerInterested(PeerConnection c) {
        if (!uploads() || !c.amChoking || !choker().unchokesBetweenRounds()) {
            return;
        }
        if (unchokedCount() < peer.chokerConfig().totalSlots()) {
            c.unchoke("free_slot");
        }
    }

    /** An unchoked remote lost interest: its slot goes to somebody who wants data, at once. */
    void onPeerNotInterested(PeerConnection c) {
        if (!c.amChoking) {
            c.choke("not_interested");
            refill();
        }
    }

    /**
     * An upload slot was freed between choke rounds (an unchoked peer left or lost interest):
     * unchoke interested, choked peers until every slot is used again, instead of leaving the slot
     * idle until the next round. The one that gave us the most in the rate window goes first; ties
     * are broken at random.
     */
    void refill() {
        if (!uploads() || !peer.isActiveForConnections()) {
            return;
        }
        if (!choker().unchokesBetweenRounds()) {
            long now = peer.now();
            chokeList.clear();
            for (int i = 0; i < connections.size(); i++) {
                PeerConnection c = connections.get(i);
                if (c.handshakeReceived) {
                    chokeList.add(c.candidate(now));
                }
            }
            if (choker().refillBudget(now, chokeList, rng)) {
                apply();
            }
            return;
        }
        int unchoked = unchokedCount();
        long now = peer.now();
        while (unchoked < peer.chokerConfig().totalSlots()) {
            PeerConnection best = null;
            long bestBytes = -1;
            int ties = 0;
            for (int i = 0; i < connections.size(); i++) {
                PeerConnection c = connections.get(i);
                if (!c.handshakeReceived || !c.amChoking || !c.peerInterested) {
                    continue;
                }
                long bytes = c.fromPeer.bytesInWindow(now);
                if (bytes > bestBytes) {
                    best = c;
                    bestBytes = bytes;
                    ties = 1;
                } else if (bytes == bestBytes && rng.nextInt(++ties) == 0) {
                    best = c;
                }
            }
            if (best == null) {
                return;
            }
            best.unchoke("free_slot");
            unchoked++;
        }
    }

    /** Whether the peer unchokes anybody: its behaviour uploads and it has the metadata (pieces to offer). */
    private boolean uploads() {
        return peer.behaviour().uploads() && peer.hasMetadata();
    }

    /** Connections we are not choking (upload slots in use). */
    private int unchokedCount() {
        int n = 0;
        for (int i = 0; i < connections.size(); i++) {
            if (!connections.get(i).amChoking) {
                n++;
            }
        }
        return n;
    }
}
