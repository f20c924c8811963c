package org.swarmsim.bittorrent.picker;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.sim.random.RandomStream;

/**
 * Random: a candidate piece the peer has, chosen uniformly at random (exactly uniform: the
 * candidates are counted 64 at a time, then the k-th one is taken).
 */
public final class RandomSelection implements PieceSelection {
    /** Shared instance (the selection is stateless). */
    public static final RandomSelection INSTANCE = new RandomSelection();

    @Override
    public int choose(PiecePicker picker, Bitfield peerHas, RandomStream rng) {
        return chooseUniform(picker, peerHas, rng);
    }

    static int chooseUniform(PiecePicker picker, Bitfield peerHas, RandomStream rng) {
        int words = peerHas.wordCount();
        int total = 0;
        for (int w = 0; w < words; w++) {
            total += Long.bitCount(picker.candidateWord(w, peerHas));
        }
        if (total == 0) {
            return -1;
        }
        int k = rng.nextInt(total);
        for (int w = 0; w < words; w++) {
            long word = picker.candidateWord(w, peerHas);
            int c = Long.bitCount(word);
            if (k >= c) {
                k -= c;
                continue;
            }
            for (; k > 0; k--) {
                word &= word - 1;
            }
            return (w << 6) + Long.numberOfTrailingZeros(word);
        }
        throw new IllegalStateException("candidate count changed during selection");
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public String toString() {
        return name();
    }
}
