package org.swarmsim.bittorrent.wire;

/**
 * Hash request (BEP 52, id 21): asks for {@code length} hashes of the merkle tree of the file whose
 * {@code pieces root} is {@code piecesRoot}, from layer {@code baseLayer} (0: the 16 KiB leaves)
 * starting at {@code index}, with {@code proofLayers} layers of uncle hashes towards the root.
 * 4 + 1 + 32 + 4 × 4 = 53 bytes.
 *
 * @param piecesRoot 32 bytes
 */
public record HashRequest(byte[] piecesRoot, int baseLayer, int index, int length, int proofLayers)
        implements PeerMessage {
    public HashRequest {
        HashFields.check(piecesRoot, baseLayer, index, length, proofLayers);
        piecesRoot = piecesRoot.clone();
    }

    @Override
    public byte[] piecesRoot() {
        return piecesRoot.clone();
    }

    @Override
    public int id() {
        return HASH_REQUEST;
    }

    @Override
    public int wireSize() {
        return HashFields.BYTES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HashRequest h && java.util.Arrays.equals(piecesRoot, h.piecesRoot) && baseLayer == h.baseLayer
                && index == h.index && length == h.length && proofLayers == h.proofLayers;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(piecesRoot) * 31 + index;
    }
}
