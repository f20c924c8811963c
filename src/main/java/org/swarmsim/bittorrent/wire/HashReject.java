package org.swarmsim.bittorrent.wire;

import org.swarmsim.bittorrent.metainfo.PiecesRoot;

/** Hash reject (BEP 52, id 23): the fields of a {@link HashRequest} the sender will not answer. 53 bytes. */
public record HashReject(PiecesRoot piecesRoot, int baseLayer, int index, int length, int proofLayers)
        implements PeerMessage {
    public HashReject {
        HashFields.check(piecesRoot, baseLayer, index, length, proofLayers);
    }

    @Override
    public int id() {
        return HASH_REJECT;
    }

    @Override
    public int wireSize() {
        return HashFields.BYTES;
    }
}
