package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree above a file's piece layer, against the torrent's own layer and an independent SHA-256 reduction. */
class PieceTreeTest {
    private static byte[] sha256(byte[] a, byte[] b) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(a);
        d.update(b);
        return d.digest();
    }

    @Test
    void levelsAreTheLayerPaddedAndHashedPairwiseUpToThePiecesRoot() throws Exception {
        // 5 pieces of 32 KiB: 8 leaves, 3 pads of an all-zero 2-block piece
        Torrent t = Torrent.syntheticV2("tree.bin", 5L * 32 * 1024 - 100, 32 * 1024, List.of(), false, false);
        TorrentFile f = t.files().get(0);
        PieceTree tree = PieceTree.of(t, f);
        assertEquals(5, tree.pieceCount());
        assertEquals(3, tree.height());
        assertEquals(1, tree.baseLayer(), "two 16 KiB blocks per piece: the piece layer is layer 1");
        byte[] layer = t.pieceLayer(f);
        byte[] zeroBlock = new byte[32];
        byte[] pad = sha256(zeroBlock, zeroBlock);
        for (int i = 0; i < 8; i++) {
            byte[] expected = i < 5 ? Arrays.copyOfRange(layer, 32 * i, 32 * i + 32) : pad;
            assertArrayEquals(expected, tree.hash(0, i), "leaf " + i);
        }
        for (int level = 1; level <= 3; level++) {
            for (int i = 0; i < tree.width(level); i++) {
                assertArrayEquals(sha256(tree.hash(level - 1, 2 * i), tree.hash(level - 1, 2 * i + 1)),
                        tree.hash(level, i), "node " + i + " of level " + level);
                assertEquals(tree.node(level, i), tree.node(level - 1, 2 * i) >>> 1, "heap numbering");
            }
        }
        assertArrayEquals(f.piecesRoot().orElseThrow().bytes(), tree.hash(3, 0));
        assertEquals(1, tree.node(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> tree.hash(1, 4));
    }

    @Test
    void aOnePieceFileIsItsRootAndAV1FileHasNoTree() {
        Torrent t = Torrent.syntheticV2("one.bin", 20_000, 32 * 1024, List.of(), false, true);
        PieceTree tree = PieceTree.of(t, t.files().get(0));
        assertEquals(0, tree.height());
        assertArrayEquals(t.files().get(0).piecesRoot().orElseThrow().bytes(), tree.hash(0, 0));
        Torrent v1 = Torrent.synthetic("v1.bin", 100_000, 32 * 1024);
        assertThrows(IllegalArgumentException.class, () -> PieceTree.of(v1, v1.files().get(0)));
    }
}
