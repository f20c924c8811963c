package org.swarmsim.run.swarm;

import java.nio.file.Path;

/**
 * {@code torrent}: the content. Either {@code size} and {@code piece_length} (default 256 KiB),
 * or {@code file: some.torrent}: then {@link #file()} is set and size and piece length are 0
 * here, to be read from the metainfo by whoever builds the swarm. {@code private} (BEP 27, default
 * false; from the file's info dictionary when a file is given): the torrent's peers use only the
 * tracker (no DHT, finders or peer exchange); the flag is part of the info dictionary, so it
 * changes the info-hash. {@code version}: {@code 1} (default), {@code 2} (BEP 52: the info-hash on the
 * wire and at the tracker is the SHA-256 one, truncated to 20 bytes) or {@code hybrid}; a v2 or hybrid
 * piece length is a power of two of at least 16 KiB. A file gives its own version.
 */
public record TorrentSpec(long sizeBytes, long pieceLengthBytes, Path file, boolean privateFlag, String version) {
    public static final java.util.List<String> VERSIONS = java.util.List.of("1", "2", "hybrid");

    /** A v1 torrent. */
    public TorrentSpec(long sizeBytes, long pieceLengthBytes, Path file, boolean privateFlag) {
        this(sizeBytes, pieceLengthBytes, file, privateFlag, "1");
    }

    public static final long DEFAULT_PIECE_LENGTH_BYTES = 256 * 1024;

    public TorrentSpec {
        if (file == null && (sizeBytes <= 0 || pieceLengthBytes <= 0)) {
            throw new IllegalArgumentException("size and piece length must be > 0: " + sizeBytes + ", " + pieceLengthBytes);
        }
    }

    /** Number of pieces (the last may be short); 0 when read from a file. */
    public int pieceCount() {
        return file != null ? 0 : (int) ((sizeBytes + pieceLengthBytes - 1) / pieceLengthBytes);
    }
}
