package org.swarmsim.bittorrent.peer;

/**
 * Bad block contents for corrupting peers. In a simulation a {@code Piece} without payload stands
 * for the torrent's authentic bytes; a block that carries explicit bytes differs from them, so
 * the receiving peer's hash check of that piece fails. One shared zero-filled array per length
 * keeps this allocation-free.
 */
final class CorruptData {
    private static final byte[][] BY_LENGTH = new byte[17][];

    static {
        for (int k = 1; k < BY_LENGTH.length; k++) {
            BY_LENGTH[k] = new byte[k * 1024];
        }
    }

    private CorruptData() {
    }

    static byte[] block(int length) {
        if (length > 0 && length % 1024 == 0 && length / 1024 < BY_LENGTH.length) {
            return BY_LENGTH[length / 1024];
        }
        return new byte[length];
    }
}
