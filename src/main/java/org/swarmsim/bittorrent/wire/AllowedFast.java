package org.swarmsim.bittorrent.wire;

/**
 * Allowed fast (BEP 6, id 0x11): the receiver may request {@code piece} even while choked. 9 bytes.
 *
 * @param piece zero-based piece index
 */
public record AllowedFast(int piece) implements PeerMessage {
    public AllowedFast {
        if (piece < 0) {
            throw new IllegalArgumentException("piece index must be >= 0, got " + piece);
        }
    }

    @Override
    public int id() {
        return ALLOWED_FAST;
    }

    @Override
    public int wireSize() {
        return 9;
    }
}
