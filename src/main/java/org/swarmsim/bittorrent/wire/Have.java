package org.swarmsim.bittorrent.wire;

/**
 * Have (BEP 3, id 4): the sender has completed and verified {@code piece}. 9 bytes.
 *
 * <p>{@code deferrable} is simulation metadata, not on the wire: the receiver has already
 * announced the piece and the have does not complete the sender's bitfield, so the receiver can
 * handle it late without acting differently (see
 * {@link org.swarmsim.net.Message#deliveryDeferrable}). Decoded haves are never deferrable.
 *
 * @param piece zero-based piece index
 * @param deferrable whether the network may deliver it without an event of its own
 */
public record Have(int piece, boolean deferrable) implements PeerMessage {
    public Have {
        if (piece < 0) {
            throw new IllegalArgumentException("piece index must be >= 0, got " + piece);
        }
    }

    /** An ordinary have, delivered at its arrival. */
    public Have(int piece) {
        this(piece, false);
    }

    @Override
    public int id() {
        return HAVE;
    }

    @Override
    public int wireSize() {
        return 9;
    }

    @Override
    public boolean deliveryDeferrable() {
        return deferrable;
    }
}
