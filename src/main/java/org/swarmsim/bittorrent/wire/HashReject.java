package org.swarmsim.bittorrent.wire;

/**
 * Hash reject (BEP 52, id 23): the fields of a {@link HashRequest} the sender will not answer.
 * 53 bytes.
 *
 * @param piecesRoot 32 bytes
 */
public record HashReject(byte[] piecesRoot, int baseLayer, int index, int length, int proofLayers)
        implements PeerMessage {
    public HashReject {
        HashFields.check(piecesRoot, baseLayer, index, length, proofLayers);
        piecesRoot = piecesRoot.clone();
    }

    @Override
    public byte[] piecesRoot() {
        return piecesRoot.clone();
    }

    @Override
    public int id() {
        return HASH_REJECT;
    }

    @Override
    public int wireSize() {
        return HashFields.BYTES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HashReject h && java.util.Arrays.equals(piecesRoot, h.piecesRoot) && baseLayer == h.baseLayer
                && index == h.index && length == h.length && proofLayers == h.proofLayers;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(piecesRoot) * 31 + index;
    }
}
