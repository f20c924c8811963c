package org.swarmsim.bittorrent.metainfo;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 20-byte SHA-1 info-hash that names a torrent (BEP 3): the hash of the bencoded info
 * dictionary exactly as it appears in the .torrent file.
 */
public final class InfoHash implements Comparable<InfoHash> {
    /** Length in bytes of an info-hash. */
    public static final int LENGTH_BYTES = 20;

    private final byte[] bytes;

    private InfoHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** An info-hash holding a copy of {@code bytes}, which must be 20 bytes long. */
    public static InfoHash of(byte[] bytes) {
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("an info-hash is 20 bytes, got " + bytes.length);
        }
        return new InfoHash(bytes.clone());
    }

    /** Parses 40 hexadecimal digits (either case). */
    public static InfoHash fromHex(String hex) {
        if (hex.length() != 2 * LENGTH_BYTES) {
            throw new IllegalArgumentException("an info-hash is 40 hex digits, got " + hex.length()
                    + " characters: " + hex);
        }
        try {
            return new InfoHash(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an info-hash is 40 hex digits: " + hex, e);
        }
    }

    /** A copy of the 20 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Byte {@code i} (0..19) without copying the array. */
    public byte byteAt(int i) {
        return bytes[i];
    }

    /** The 40 lower-case hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public int compareTo(InfoHash o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfoHash h && Arrays.equals(bytes, h.bytes);
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
