package org.swarmsim.bittorrent.picker;

import org.swarmsim.bittorrent.piece.Bitfield;
import org.swarmsim.bittorrent.piece.PieceLayout;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Compact picker set-up in the manner of libtorrent's {@code setup_picker("2223333", "* * *  ")}:
 * one availability digit per piece, and a have string where {@code '*'} marks pieces we have.
 */
final class PickerFixture {
    private PickerFixture() {
    }

    static PiecePicker picker(String availability, String have, int blocksPerPiece, PieceSelection selection,
            long seed) {
        if (availability.length() != have.length()) {
            throw new IllegalArgumentException("availability and have strings differ in length");
        }
        int n = availability.length();
        PiecePicker picker = new PiecePicker(PieceLayout.ofBlocks(n, blocksPerPiece), haveBits(have), selection,
                new RandomStreams(seed).stream("picker"));
        for (int p = 0; p < n; p++) {
            for (int k = availability.charAt(p) - '0'; k > 0; k--) {
                picker.peerHas(p);
            }
        }
        picker.checkInvariants();
        return picker;
    }

    static PiecePicker picker(String availability, String have) {
        return picker(availability, have, 1, RarestFirstSelection.INSTANCE, 1);
    }

    /** {@code '*'} = has the piece, anything else = lacks it. */
    static Bitfield haveBits(String have) {
        Bitfield b = new Bitfield(have.length());
        for (int i = 0; i < have.length(); i++) {
            if (have.charAt(i) == '*') {
                b.set(i);
            }
        }
        return b;
    }

    /** Picks up to max blocks and returns them as "piece/block" strings joined by spaces. */
    static String pick(PiecePicker picker, Bitfield peerHas, int peerKey, int max) {
        int[] out = new int[2 * max];
        int got = picker.pickBlocks(peerHas, peerKey, max, out);
        picker.checkInvariants();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < got; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(out[2 * i]).append('/').append(out[2 * i + 1]);
        }
        return sb.toString();
    }

    /** Picks one whole-piece block (blocksPerPiece = 1 fixtures) and returns its piece, or -1. */
    static int pickPiece(PiecePicker picker, Bitfield peerHas, int peerKey) {
        int[] out = new int[2];
        int got = picker.pickBlocks(peerHas, peerKey, 1, out);
        picker.checkInvariants();
        return got == 0 ? -1 : out[0];
    }
}
