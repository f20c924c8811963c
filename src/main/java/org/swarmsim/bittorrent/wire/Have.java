package org.swarmsim.bittorrent.wire;

/**
 * Have (BEP 3, id 4): the sender has completed and verified {@code piece}. 9 bytes.
 *
 * @param piece zero-based piece index
 */
public record Have(int piece) implements PeerMessage {
    public Have {
        if (piece < 0) {
            throw new IllegalArgumentException("piece index must be >= 0, got " + piece);
        }
    }

    @Override
    public int id() {
        return HAVE;
    }

    @Override
    public int wireSize() {
        return 9;
    }
}
