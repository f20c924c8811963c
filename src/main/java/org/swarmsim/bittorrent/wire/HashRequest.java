package org.swarmsim.bittorrent.wire;

import org.swarmsim.bittorrent.metainfo.PiecesRoot;

/**
 * Hash request (BEP 52, id 21): asks for {@code length} hashes of the merkle tree of the file whose
 * {@code pieces root} is {@code piecesRoot}, from layer {@code baseLayer} (0: the 16 KiB leaves)
 * starting at {@code index}, with {@code proofLayers} layers of uncle hashes towards the root.
 * 4 + 1 + 32 + 4 × 4 = 53 bytes.
 */
public record HashRequest(PiecesRoot piecesRoot, int baseLayer, int index, int length, int proofLayers)
        implements PeerMessage {
    public HashRequest {
        HashFields.check(piecesRoot, baseLayer, index, length, proofLayers);
    }

    @Override
    public int id() {
        return HASH_REQUEST;
    }

    @Override
    public int wireSize() {
        return HashFields.BYTES;
    }
}
