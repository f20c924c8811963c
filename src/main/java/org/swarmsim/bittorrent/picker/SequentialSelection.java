package org.swarmsim.bittorrent.picker;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.sim.random.RandomStream;

/** Sequential: the lowest-numbered candidate piece the peer has (streaming order). */
public final class SequentialSelection implements PieceSelection {
    /** Shared instance (the selection is stateless). */
    public static final SequentialSelection INSTANCE = new SequentialSelection();

    @Override
    public int choose(PiecePicker picker, Bitfield peerHas, RandomStream rng) {
        int words = peerHas.wordCount();
        for (int w = 0; w < words; w++) {
            long word = picker.candidateWord(w, peerHas);
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public String toString() {
        return name();
    }
}
