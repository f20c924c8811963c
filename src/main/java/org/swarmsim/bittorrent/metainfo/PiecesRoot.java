package org.swarmsim.bittorrent.metainfo;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file's {@code pieces root} in a BitTorrent v2 torrent (BEP 52): the root of the SHA-256
 * merkle tree over the file's 16 KiB blocks. Every non-empty file of a v2 or hybrid torrent has one.
 */
public final class PiecesRoot implements Comparable<PiecesRoot> {
    /** Length in bytes of a pieces root. */
    public static final int LENGTH_BYTES = 32;

    private final byte[] bytes;

    private PiecesRoot(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A pieces root holding a copy of {@code bytes}, which must be 32 bytes long. */
    public static PiecesRoot of(byte[] bytes) {
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("a pieces root is 32 bytes, got " + bytes.length);
        }
        return new PiecesRoot(bytes.clone());
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
    public int compareTo(PiecesRoot o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiecesRoot r && Arrays.equals(bytes, r.bytes);
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
