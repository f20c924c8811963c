package org.swarmsim.bittorrent.wire;

/**
 * Have (BEP 3, id 4): the sender has completed and verified {@code piece}. 9 bytes.
 *
 * <p>{@code deferrable} is simulation metadata, not on the wire: the receiver has already
 * announced the piece and the have does not complete the sender's bitfield, so the receiver can
 * handle it late without acting differently (see
 * {@link org.swarmsim.net.Message#deliveryDeferrable}). {@code onDemand} is simulation
 * metadata too: the sender is choking the receiver (no fast extension) and the have does not
 * complete the sender's bitfield, so at a receiver interested in the sender it only counts (the
 * picker's availability, the remote bitfield, the pieces of interest) and can be handed over when
 * the receiver next does anything (see {@link org.swarmsim.net.Message#deliveryOnDemand}).
 * Decoded haves are neither.
 *
 * @param piece zero-based piece index
 * @param deferrable whether the network may deliver it without an event of its own
 * @param onDemand whether it may go without an event to a receiver that pulls on demand
 */
public record Have(int piece, boolean deferrable, boolean onDemand) implements PeerMessage {
    public Have {
        if (piece < 0) {
            throw new IllegalArgumentException("piece index must be >= 0, got " + piece);
        }
        if (onDemand && !deferrable) {
            throw new IllegalArgumentException("an on-demand have is deferrable (piece " + piece + ")");
        }
    }

    /** An ordinary have, delivered at its arrival. */
    public Have(int piece) {
        this(piece, false, false);
    }

    /** A have, {@code deferrable} or not, never on demand. */
    public Have(int piece, boolean deferrable) {
        this(piece, deferrable, false);
    }

    /** An on-demand have (deferrable). */
    public static Have onDemand(int piece) {
        return new Have(piece, true, true);
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

    @Override
    public boolean deliveryOnDemand() {
        return onDemand;
    }

    /** As the record's, naming {@code onDemand} only when set (so that logs of earlier builds compare). */
    @Override
    public String toString() {
        return "Have[piece=" + piece + ", deferrable=" + deferrable + (onDemand ? ", onDemand=true]" : "]");
    }
}
