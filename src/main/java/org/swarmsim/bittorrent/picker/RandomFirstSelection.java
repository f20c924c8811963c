package org.swarmsim.bittorrent.picker;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.sim.random.RandomStream;

/**
 * Random first, then rarest first, as the mainline client does: while we have fewer than
 * {@code randomPieces} verified pieces, a new piece is chosen uniformly at random (so a newcomer
 * quickly gets something to trade, instead of waiting on the slowest, rarest piece); from then on
 * rarest first.
 */
public final class RandomFirstSelection implements PieceSelection {
    /** The mainline client's threshold: 4 pieces. */
    public static final int DEFAULT_RANDOM_PIECES = 4;

    private final int randomPieces;

    /** Random for the first {@value #DEFAULT_RANDOM_PIECES} pieces. */
    public RandomFirstSelection() {
        this(DEFAULT_RANDOM_PIECES);
    }

    /** Random while fewer than {@code randomPieces} pieces are verified (0 means rarest first only). */
    public RandomFirstSelection(int randomPieces) {
        if (randomPieces < 0) {
            throw new IllegalArgumentException("randomPieces must be >= 0, was " + randomPieces);
        }
        this.randomPieces = randomPieces;
    }

    /** The number of pieces chosen at random. */
    public int randomPieces() {
        return randomPieces;
    }

    @Override
    public int choose(PiecePicker picker, Bitfield peerHas, RandomStream rng) {
        if (picker.have().count() < randomPieces) {
            return RandomSelection.chooseUniform(picker, peerHas, rng);
        }
        return RarestFirstSelection.INSTANCE.choose(picker, peerHas, rng);
    }

    @Override
    public String name() {
        return "random-first-" + randomPieces;
    }

    @Override
    public String toString() {
        return name();
    }
}
