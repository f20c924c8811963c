package org.swarmsim.bittorrent.wire;

/** Argument checks shared by the block messages (request, cancel, reject, piece). */
final class BlockChecks {
    private BlockChecks() {
    }

    static void check(int piece, int begin, int length) {
        if (piece < 0) {
            throw new IllegalArgumentException("piece index must be >= 0, got " + piece);
        }
        if (begin < 0) {
            throw new IllegalArgumentException("block offset (begin) must be >= 0, got " + begin);
        }
        if (length < 0 || length > PeerMessage.MAX_BLOCK_BYTES) {
            throw new IllegalArgumentException("block length must be 0.." + PeerMessage.MAX_BLOCK_BYTES
                    + " bytes, got " + length);
        }
    }
}
