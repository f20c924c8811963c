package org.swarmsim.bittorrent.wire;

/**
 * Request (BEP 3, id 6): asks for one block. 17 bytes.
 *
 * @param piece  zero-based piece index
 * @param begin  byte offset of the block inside the piece
 * @param length block length, 1..{@value PeerMessage#MAX_BLOCK_BYTES} bytes
 */
public record Request(int piece, int begin, int length) implements PeerMessage {
    public Request {
        BlockChecks.check(piece, begin, length);
    }

    @Override
    public int id() {
        return REQUEST;
    }

    @Override
    public int wireSize() {
        return 17;
    }
}
