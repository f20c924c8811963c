package org.swarmsim.bittorrent.metainfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * v2 and hybrid torrents for simulations (BEP 52), as {@link TorrentCreator}'s synthetic v1 ones:
 * one file, no content; its piece layer is made of SHA-256 hashes of a deterministic seed per
 * piece, and its {@code pieces root} is the merkle root of that layer padded, as BEP 52 pads, with
 * the hash of an all-zero piece subtree; a hybrid adds the synthetic v1 piece hashes. The result is
 * a real, consistent .torrent (libtorrent would load it); only the content does not exist.
 */
final class SyntheticV2 {
    private SyntheticV2() {
    }

    static Torrent of(String name, long totalBytes, int pieceLength, List<String> announceUrls, boolean privateFlag,
                      boolean hybrid) {
        if (pieceLength < MerkleTree.BLOCK_BYTES || Integer.bitCount(pieceLength) != 1) {
            throw new IllegalArgumentException("a v2 torrent's piece length is a power of two of at least 16 KiB, got "
                    + pieceLength);
        }
        long pieces = (totalBytes + pieceLength - 1) / pieceLength;
        if (totalBytes <= 0 || pieces > 10_000_000) {
            throw new IllegalArgumentException("a synthetic torrent needs 1 to 10,000,000 pieces, got " + pieces);
        }
        byte[] layer = new byte[(int) pieces * MerkleTree.HASH_BYTES];
        MessageDigest sha = MerkleTree.newSha256();
        byte[] prefix = ("swarmsim/synthetic-v2-piece/" + name + "/").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < pieces; i++) {
            sha.update(prefix);
            sha.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
            System.arraycopy(sha.digest(), 0, layer, i * MerkleTree.HASH_BYTES, MerkleTree.HASH_BYTES);
        }
        byte[] root = pieces == 1 ? java.util.Arrays.copyOf(layer, MerkleTree.HASH_BYTES)
                : MerkleTree.root(layer, MerkleTree.padHash(pieceLength / MerkleTree.BLOCK_BYTES));
        PiecesRoot piecesRoot = PiecesRoot.of(root);
        TreeMap<PiecesRoot, byte[]> layers = new TreeMap<>();
        if (pieces > 1) {
            layers.put(piecesRoot, layer);
        }
        List<FileTree.Entry> entries = List.of(new FileTree.Entry(List.of(name), totalBytes, Optional.of(piecesRoot), -1));
        TorrentCreator.Options options = new TorrentCreator.Options(0, announceUrls, null, null, null, privateFlag)
                .withVersion(hybrid ? MetaVersion.HYBRID : MetaVersion.V2);
        byte[] v1 = null;
        if (hybrid) {
            Torrent t = TorrentCreator.synthetic(name, totalBytes, pieceLength, List.of(), false);
            v1 = new byte[t.pieceCount() * Torrent.PIECE_HASH_BYTES];
            for (int i = 0; i < t.pieceCount(); i++) {
                System.arraycopy(t.pieceHash(i), 0, v1, i * Torrent.PIECE_HASH_BYTES, Torrent.PIECE_HASH_BYTES);
            }
        }
        return TorrentCreatorV2.assemble(name, true, entries, layers, v1,
                List.of(new TorrentFile(List.of(name), totalBytes, 0)), pieceLength, options);
    }
}
