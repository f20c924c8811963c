package org.swarmsim.bittorrent.wire;

/**
 * Reject request (BEP 6, id 0x10): the sender will not serve this requested block. 17 bytes.
 *
 * @param piece  zero-based piece index
 * @param begin  byte offset of the block inside the piece
 * @param length block length, 1..{@value PeerMessage#MAX_BLOCK_BYTES} bytes
 */
public record RejectRequest(int piece, int begin, int length) implements PeerMessage {
    public RejectRequest {
        BlockChecks.check(piece, begin, length);
    }

    @Override
    public int id() {
        return REJECT_REQUEST;
    }

    @Override
    public int wireSize() {
        return 17;
    }
}
