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

    /**
     * The selection with this {@link #name()}: {@code rarest-first}, {@code random},
     * {@code sequential}, {@code random-first} (4 random pieces) or {@code random-first-N}.
     */
    static PieceSelection named(String name) {
        switch (name) {
            case "rarest-first":
                return RarestFirstSelection.INSTANCE;
            case "random":
                return RandomSelection.INSTANCE;
            case "sequential":
                return SequentialSelection.INSTANCE;
            case "random-first":
                return new RandomFirstSelection();
            default:
                if (name.startsWith("random-first-")) {
                    try {
                        return new RandomFirstSelection(Integer.parseInt(name.substring("random-first-".length())));
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
                throw new IllegalArgumentException("unknown piece selection '" + name
                        + "'; known: rarest-first, random, sequential, random-first, random-first-N (N >= 0)");
        }
    }
}
