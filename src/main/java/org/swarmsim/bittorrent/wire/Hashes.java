package org.swarmsim.bittorrent.wire;

import org.swarmsim.bittorrent.metainfo.PiecesRoot;

/**
 * Hashes (BEP 52, id 22): the answer to a {@link HashRequest}, its fields followed by the
 * {@code length} requested hashes and then the proof (uncle) hashes, 32 bytes each.
 * 53 + 32 × (number of hashes) bytes.
 *
 * @param hashes     the hashes, a multiple of 32 bytes
 */
public record Hashes(PiecesRoot piecesRoot, int baseLayer, int index, int length, int proofLayers, byte[] hashes)
        implements PeerMessage {
    /** Most hashes in one message, as libtorrent accepts (8,192 hashes: 256 KiB). */
    public static final int MAX_HASHES = 8192;

    public Hashes {
        HashFields.check(piecesRoot, baseLayer, index, length, proofLayers);
        if (hashes.length % 32 != 0 || hashes.length / 32 > MAX_HASHES || hashes.length / 32 < length) {
            throw new IllegalArgumentException("hashes must be 32 bytes each, at least the " + length
                    + " requested and at most " + MAX_HASHES + ", got " + hashes.length + " bytes");
        }
        hashes = hashes.clone();
    }

    @Override
    public byte[] hashes() {
        return hashes.clone();
    }

    @Override
    public int id() {
        return HASHES;
    }

    @Override
    public int wireSize() {
        return HashFields.BYTES + hashes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hashes h && piecesRoot.equals(h.piecesRoot) && baseLayer == h.baseLayer
                && index == h.index && length == h.length && proofLayers == h.proofLayers
                && java.util.Arrays.equals(hashes, h.hashes);
    }

    @Override
    public int hashCode() {
        return piecesRoot.hashCode() * 31 + java.util.Arrays.hashCode(hashes);
    }
}
