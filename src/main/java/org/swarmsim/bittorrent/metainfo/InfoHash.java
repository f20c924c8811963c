package org.swarmsim.bittorrent.metainfo;

/**
 * The 20-byte SHA-1 info-hash that names a torrent (BEP 3): the hash of the bencoded info
 * dictionary exactly as it appears in the .torrent file.
 */
public final class InfoHash extends HashValue implements Comparable<InfoHash> {
    /** Length in bytes of an info-hash. */
    public static final int LENGTH_BYTES = 20;

    private InfoHash(byte[] bytes) {
        super(bytes);
    }

    /** An info-hash holding a copy of {@code bytes}, which must be 20 bytes long. */
    public static InfoHash of(byte[] bytes) {
        return new InfoHash(checked(bytes, LENGTH_BYTES, "an info-hash"));
    }

    /** Parses 40 hexadecimal digits (either case). */
    public static InfoHash fromHex(String hex) {
        return new InfoHash(parsed(hex, LENGTH_BYTES, "an info-hash"));
    }

    @Override
    public int compareTo(InfoHash o) {
        return compareBytes(o);
    }
}
