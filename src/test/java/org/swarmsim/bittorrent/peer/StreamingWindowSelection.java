package org.swarmsim.bittorrent.peer;

import org.swarmsim.bittorrent.picker.PiecePicker;
import org.swarmsim.bittorrent.picker.PieceSelection;
import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.sim.random.RandomStream;

/**
 * An example piece picker, written outside the simulator as a user would write one (README,
 * "Extending"): for streaming, the rarest piece within a window of the next {@code window} pieces
 * after the first one still missing (ties to the lower index), and rarest first over the whole
 * file when the peer has nothing in the window. {@code StreamingWindowSelectionTest} checks it on
 * a fixture and in a swarm.
 */
public final class StreamingWindowSelection implements PieceSelection {
    private final int window;

    /** @param window how many pieces from the first missing one are preferred (at least 1) */
    public StreamingWindowSelection(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
    }

    @Override
    public int choose(PiecePicker picker, Bitfield peerHas, RandomStream rng) {
        int pieces = picker.layout().pieceCount();
        int first = picker.have().nextClearBit(0);
        int best = -1;
        for (int p = Math.max(first, 0); first >= 0 && p < Math.min(pieces, first + window); p++) {
            if (peerHas.has(p) && picker.isCandidate(p)
                    && (best < 0 || picker.availability(p) < picker.availability(best))) {
                best = p;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int i = 0; i < picker.rarityOrderSize(); i++) {
            int p = picker.pieceAtRarity(i);
            if (peerHas.has(p) && picker.isCandidate(p)) {
                return p;
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return "streaming-window-" + window;
    }
}
