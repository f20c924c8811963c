package org.swarmsim.bittorrent.metainfo;

/**
 * Which BitTorrent metainfo a torrent carries: v1 (BEP 3: SHA-1 {@code pieces}), v2 (BEP 52:
 * {@code meta version} 2, a {@code file tree} and per-file SHA-256 merkle trees), or both at once
 * (a hybrid torrent, whose v1 pieces are aligned to its files by pad files).
 */
public enum MetaVersion {
    /** BEP 3 only. */
    V1("1"),
    /** BEP 52 only: no v1 info-hash. */
    V2("2"),
    /** Both v1 and v2 metadata in one info dictionary: two info-hashes. */
    HYBRID("hybrid");

    private final String label;

    MetaVersion(String label) {
        this.label = label;
    }

    /** "1", "2" or "hybrid", as {@code torrent inspect} prints it. */
    public String label() {
        return label;
    }

    /** Whether the info dictionary has v1 {@code pieces} (and so a SHA-1 info-hash). */
    public boolean hasV1() {
        return this != V2;
    }

    /** Whether the info dictionary has a v2 {@code file tree} (and so a SHA-256 info-hash). */
    public boolean hasV2() {
        return this != V1;
    }
}
