package org.swarmsim.bittorrent.wire;

/**
 * Hashes (BEP 52, id 22): the answer to a {@link HashRequest}, its fields followed by the
 * {@code length} requested hashes and then the proof (uncle) hashes, 32 bytes each.
 * 53 + 32 × (number of hashes) bytes.
 *
 * @param piecesRoot 32 bytes
 * @param hashes     the hashes, a multiple of 32 bytes
 */
public record Hashes(byte[] piecesRoot, int baseLayer, int index, int length, int proofLayers, byte[] hashes)
        implements PeerMessage {
    /** Most hashes in one message, as libtorrent accepts (8,192 hashes: 256 KiB). */
    public static final int MAX_HASHES = 8192;

    public Hashes {
        HashFields.check(piecesRoot, baseLayer, index, length, proofLayers);
        if (hashes.length % 32 != 0 || hashes.length / 32 > MAX_HASHES || hashes.length / 32 < length) {
            throw new IllegalArgumentException("hashes must be 32 bytes each, at least the " + length
                    + " requested and at most " + MAX_HASHES + ", got " + hashes.length + " bytes");
        }
        piecesRoot = piecesRoot.clone();
        hashes = hashes.clone();
    }

    @Override
    public byte[] piecesRoot() {
        return piecesRoot.clone();
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
        return o instanceof Hashes h && java.util.Arrays.equals(piecesRoot, h.piecesRoot) && baseLayer == h.baseLayer
                && index == h.index && length == h.length && proofLayers == h.proofLayers
                && java.util.Arrays.equals(hashes, h.hashes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(piecesRoot) * 31 + java.util.Arrays.hashCode(hashes);
    }
}
