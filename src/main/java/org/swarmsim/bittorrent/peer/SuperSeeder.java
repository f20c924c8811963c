package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.wire.Have;

/**
 * Super-seeding (BEP 16) for an initial seed whose seed rule says so: the seed sends no bitfield,
 * as if it had nothing; it announces to each peer one piece, chosen among those it has offered
 * least often (pieces never offered first), then the rarest among the peers it sees, then the
 * lowest index; it reveals the next piece to that peer only once another peer announces the
 * piece offered before (the copy has spread), and serves only requests for the pieces it offered
 * to that peer. The BEP's aim: the seed uploads each piece about once before the swarm holds a
 * full copy.
 */
final class SuperSeeder {
    private final Peer seed;
    private final int[] timesOffered;

    SuperSeeder(Peer seed, int pieces) {
        this.seed = seed;
        this.timesOffered = new int[pieces];
    }

    /** Instead of the bitfield: the first piece offered to a new connection. */
    void onHandshake(PeerConnection c) {
        c.superSeedOffered = new Bitfield(timesOffered.length);
        offer(c);
    }

    /** The remote announced {@code piece}: the peers it was offered to may have the next one. */
    void onRemoteHave(PeerConnection from, int piece) {
        for (PeerConnection c : seed.connectionsView()) {
            if (c != from && !c.closed && c.superSeedOffer == piece) {
                offer(c);
            }
        }
    }

    /** Whether {@code c} may request blocks of {@code piece}: only pieces offered to it. */
    boolean mayServe(PeerConnection c, int piece) {
        return c.superSeedOffered != null && c.superSeedOffered.has(piece);
    }

    private void offer(PeerConnection c) {
        int best = -1;
        for (int p = 0; p < timesOffered.length; p++) {
            if (c.superSeedOffered.has(p) || c.remoteHas != null && c.remoteHas.has(p)) {
                continue;
            }
            if (best < 0 || timesOffered[p] < timesOffered[best]
                    || timesOffered[p] == timesOffered[best]
                    && seed.picker().availability(p) < seed.picker().availability(best)) {
                best = p;
            }
        }
        if (best < 0) {
            c.superSeedOffer = -1;   // it has, or was offered, everything
            return;
        }
        timesOffered[best]++;
        c.superSeedOffered.set(best);
        c.superSeedOffer = best;
        c.send(new Have(best));
    }
}
