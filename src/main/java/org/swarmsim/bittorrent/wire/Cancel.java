package org.swarmsim.bittorrent.wire;

/**
 * Cancel (BEP 3, id 8): withdraws an earlier request for the same block. 17 bytes.
 *
 * @param piece  zero-based piece index
 * @param begin  byte offset of the block inside the piece
 * @param length block length, 1..{@value PeerMessage#MAX_BLOCK_BYTES} bytes
 */
public record Cancel(int piece, int begin, int length) implements PeerMessage {
    public Cancel {
        BlockChecks.check(piece, begin, length);
    }

    @Override
    public int id() {
        return CANCEL;
    }

    @Override
    public int wireSize() {
        return 17;
    }
}
