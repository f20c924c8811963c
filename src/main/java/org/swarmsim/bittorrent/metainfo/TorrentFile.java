package org.swarmsim.bittorrent.metainfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a torrent: its path inside the torrent's folder (for a single-file torrent, just
 * the torrent's name), its length, and where its bytes start in the torrent's byte stream.
 *
 * @param path        path components, none empty, "." or ".."
 * @param lengthBytes file length
 * @param offsetBytes offset of the file's first byte in the concatenation of all files (in a
 *                    v2-only torrent, where every file starts on a piece boundary, the offset it
 *                    would have with pad files between the files)
 * @param padding     whether this is a BEP 47 pad file ({@code attr} holds {@code p}): zeros that
 *                    align the next file to a piece boundary in a hybrid torrent
 * @param piecesRoot  the file's BEP 52 {@code pieces root} (v2 and hybrid torrents, non-empty
 *                    files only)
 */
public record TorrentFile(List<String> path, long lengthBytes, long offsetBytes, boolean padding,
                          Optional<PiecesRoot> piecesRoot) {
    public TorrentFile {
        path = List.copyOf(path);
        Objects.requireNonNull(piecesRoot, "piecesRoot");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a file path needs at least one component");
        }
        if (lengthBytes < 0 || offsetBytes < 0) {
            throw new IllegalArgumentException("file length and offset must be >= 0: " + lengthBytes
                    + ", " + offsetBytes);
        }
    }

    /** A v1 file: not padding, no pieces root. */
    public TorrentFile(List<String> path, long lengthBytes, long offsetBytes) {
        this(path, lengthBytes, offsetBytes, false, Optional.empty());
    }

    /** The path components joined with '/'. */
    public String pathString() {
        return String.join("/", path);
    }
}
