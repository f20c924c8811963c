package org.swarmsim.bittorrent.metainfo;

import java.util.List;

/**
 * One file of a torrent: its path inside the torrent's folder (for a single-file torrent, just
 * the torrent's name), its length, and where its bytes start in the torrent's byte stream.
 *
 * @param path        path components, none empty, "." or ".."
 * @param lengthBytes file length
 * @param offsetBytes offset of the file's first byte in the concatenation of all files
 */
public record TorrentFile(List<String> path, long lengthBytes, long offsetBytes) {
    public TorrentFile {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a file path needs at least one component");
        }
        if (lengthBytes < 0 || offsetBytes < 0) {
            throw new IllegalArgumentException("file length and offset must be >= 0: " + lengthBytes
                    + ", " + offsetBytes);
        }
    }

    /** The path components joined with '/'. */
    public String pathString() {
        return String.join("/", path);
    }
}
