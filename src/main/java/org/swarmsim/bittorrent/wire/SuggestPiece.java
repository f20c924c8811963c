package org.swarmsim.bittorrent.wire;

/**
 * Suggest piece (BEP 6, id 0x0D): the sender suggests downloading {@code piece}. 9 bytes.
 *
 * @param piece zero-based piece index
 */
public record SuggestPiece(int piece) implements PeerMessage {
    public SuggestPiece {
        if (piece < 0) {
            throw new IllegalArgumentException("piece index must be >= 0, got " + piece);
        }
    }

    @Override
    public int id() {
        return SUGGEST_PIECE;
    }

    @Override
    public int wireSize() {
        return 9;
    }
}
