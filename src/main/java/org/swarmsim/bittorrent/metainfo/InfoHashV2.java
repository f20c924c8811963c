package org.swarmsim.bittorrent.metainfo;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 32-byte SHA-256 info-hash of a BitTorrent v2 or hybrid torrent (BEP 52): the hash of the
 * bencoded info dictionary exactly as it appears in the .torrent file. Peers and trackers use its
 * first 20 bytes, {@link #truncated()}.
 */
public final class InfoHashV2 implements Comparable<InfoHashV2> {
    /** Length in bytes of a v2 info-hash. */
    public static final int LENGTH_BYTES = 32;

    private final byte[] bytes;

    private InfoHashV2(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A v2 info-hash holding a copy of {@code bytes}, which must be 32 bytes long. */
    public static InfoHashV2 of(byte[] bytes) {
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("a v2 info-hash is 32 bytes, got " + bytes.length);
        }
        return new InfoHashV2(bytes.clone());
    }

    /** Parses 64 hexadecimal digits (either case). */
    public static InfoHashV2 fromHex(String hex) {
        if (hex.length() != 2 * LENGTH_BYTES) {
            throw new IllegalArgumentException("a v2 info-hash is 64 hex digits, got " + hex.length()
                    + " characters: " + hex);
        }
        try {
            return new InfoHashV2(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a v2 info-hash is 64 hex digits: " + hex, e);
        }
    }

    /** The first 20 bytes: the form used in the peer handshake, in tracker announces and in the DHT. */
    public InfoHash truncated() {
        return InfoHash.of(Arrays.copyOf(bytes, InfoHash.LENGTH_BYTES));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 64 lower-case hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public int compareTo(InfoHashV2 o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfoHashV2 h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
