package org.swarmsim.bittorrent.wire;

import org.swarmsim.bittorrent.metainfo.PiecesRoot;

/** The fields BEP 52's hash request, hashes and hash reject share, and their checks. */
final class HashFields {
    /** Length prefix 4, id 1, pieces root 32, base layer, index, length, proof layers 4 each. */
    static final int BYTES = 4 + 1 + 32 + 16;

    private HashFields() {
    }

    static void check(PiecesRoot piecesRoot, int baseLayer, int index, int length, int proofLayers) {
        if (piecesRoot == null) {
            throw new IllegalArgumentException("a hash message needs the file's pieces root");
        }
        if (baseLayer < 0 || index < 0 || length < 1 || proofLayers < 0 || length > Hashes.MAX_HASHES) {
            throw new IllegalArgumentException("base layer, index and proof layers must be >= 0 and length 1.."
                    + Hashes.MAX_HASHES + ", got " + baseLayer + ", " + index + ", " + length + ", " + proofLayers);
        }
    }
}
