package org.swarmsim.bittorrent.metainfo;

/**
 * A file's {@code pieces root} in a BitTorrent v2 torrent (BEP 52): the root of the SHA-256
 * merkle tree over the file's 16 KiB blocks. Every non-empty file of a v2 or hybrid torrent has one.
 */
public final class PiecesRoot extends HashValue implements Comparable<PiecesRoot> {
    /** Length in bytes of a pieces root. */
    public static final int LENGTH_BYTES = 32;

    private PiecesRoot(byte[] bytes) {
        super(bytes);
    }

    /** A pieces root holding a copy of {@code bytes}, which must be 32 bytes long. */
    public static PiecesRoot of(byte[] bytes) {
        return new PiecesRoot(checked(bytes, LENGTH_BYTES, "a pieces root"));
    }

    @Override
    public int compareTo(PiecesRoot o) {
        return compareBytes(o);
    }
}
