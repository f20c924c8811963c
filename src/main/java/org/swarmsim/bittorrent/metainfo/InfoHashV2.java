package org.swarmsim.bittorrent.metainfo;

import java.util.Arrays;

/**
 * The 32-byte SHA-256 info-hash of a BitTorrent v2 or hybrid torrent (BEP 52): the hash of the
 * bencoded info dictionary exactly as it appears in the .torrent file. Peers and trackers use its
 * first 20 bytes, {@link #truncated()}.
 */
public final class InfoHashV2 extends HashValue implements Comparable<InfoHashV2> {
    /** Length in bytes of a v2 info-hash. */
    public static final int LENGTH_BYTES = 32;

    private InfoHashV2(byte[] bytes) {
        super(bytes);
    }

    /** A v2 info-hash holding a copy of {@code bytes}, which must be 32 bytes long. */
    public static InfoHashV2 of(byte[] bytes) {
        return new InfoHashV2(checked(bytes, LENGTH_BYTES, "a v2 info-hash"));
    }

    /** Parses 64 hexadecimal digits (either case). */
    public static InfoHashV2 fromHex(String hex) {
        return new InfoHashV2(parsed(hex, LENGTH_BYTES, "a v2 info-hash"));
    }

    /** The first 20 bytes: the form used in the peer handshake, in tracker announces and in the DHT. */
    public InfoHash truncated() {
        return InfoHash.of(Arrays.copyOf(bytes(), InfoHash.LENGTH_BYTES));
    }

    @Override
    public int compareTo(InfoHashV2 o) {
        return compareBytes(o);
    }
}
