package org.swarmsim.bittorrent.picker;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.sim.random.RandomStream;

/**
 * How a {@link PiecePicker} chooses the next NEW piece to start downloading from a peer. Pieces
 * already partly downloaded are always finished first; a selection is only asked when no partial
 * piece the peer has offers a free block.
 *
 * <p>Implementations are stateless and may be shared by every picker of a swarm; whatever state
 * they need they read from the picker ({@link PiecePicker#isCandidate}, the availability order,
 * {@link PiecePicker#have()}).
 */
public interface PieceSelection {
    /**
     * A piece that {@code peerHas} contains and that {@link PiecePicker#isCandidate(int) is a
     * candidate} (missing and not started), or -1 if there is none.
     */
    int choose(PiecePicker picker, Bitfield peerHas, RandomStream rng);

    /** A short name for reports and scenario files ({@code "rarest-first"}). */
    String name();
}
