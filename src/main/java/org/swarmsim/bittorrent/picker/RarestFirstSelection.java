package org.swarmsim.bittorrent.picker;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.sim.random.RandomStream;

/**
 * Rarest first: the candidate piece the fewest connected peers have, ties broken at random.
 *
 * <p>The picker keeps its missing pieces ordered by availability, each availability level a
 * randomly ordered bucket (libtorrent {@code piece_picker} style), so this scans from the rarest
 * bucket upward and stops at the first piece the peer has and we may start.
 */
public final class RarestFirstSelection implements PieceSelection {
    /** Shared instance (the selection is stateless). */
    public static final RarestFirstSelection INSTANCE = new RarestFirstSelection();

    @Override
    public int choose(PiecePicker picker, Bitfield peerHas, RandomStream rng) {
        int n = picker.rarityOrderSize();
        for (int i = 0; i < n; i++) {
            int piece = picker.pieceAtRarity(i);
            if (peerHas.has(piece) && picker.isCandidate(piece)) {
                return piece;
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return "rarest-first";
    }

    @Override
    public String toString() {
        return name();
    }
}
