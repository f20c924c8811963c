package org.swarmsim.bittorrent.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PieceLayoutTest {

    @Test
    void lastPieceAndLastBlockMayBeShort() {
        // 2.5 pieces of 64 KiB = 160 KiB + 100 bytes
        PieceLayout layout = PieceLayout.of(2 * 65536 + 32768 + 100, 65536);
        assertEquals(3, layout.pieceCount());
        assertEquals(65536, layout.pieceBytes(0));
        assertEquals(32868, layout.pieceBytes(2));
        assertEquals(4, layout.blocksInPiece(0));
        assertEquals(3, layout.blocksInPiece(2));
        assertEquals(16384, layout.blockBytes(2, 1));
        assertEquals(100, layout.blockBytes(2, 2));
        assertEquals(4, layout.maxBlocksPerPiece());
        assertEquals(131072, layout.pieceOffsetBytes(2));
        assertEquals(32768, layout.blockOffsetBytes(2));
    }

    @Test
    void blockBytesSumToTheTotal() {
        PieceLayout layout = new PieceLayout(1_000_003, 50_000, 16_384);
        long sum = 0;
        for (int p = 0; p < layout.pieceCount(); p++) {
            long pieceSum = 0;
            for (int b = 0; b < layout.blocksInPiece(p); b++) {
                pieceSum += layout.blockBytes(p, b);
            }
            assertEquals(layout.pieceBytes(p), pieceSum);
            sum += pieceSum;
        }
        assertEquals(1_000_003, sum);
    }

    @Test
    void ofBlocksBuildsWholePieces() {
        PieceLayout layout = PieceLayout.ofBlocks(400, 16);
        assertEquals(400, layout.pieceCount());
        assertEquals(16, layout.blocksInPiece(399));
        assertEquals(400L * 16 * 16384, layout.totalBytes());
    }

    @Test
    void rejectsImpossibleGeometryAndIndices() {
        assertThrows(IllegalArgumentException.class, () -> new PieceLayout(0, 16384, 16384));
        assertThrows(IllegalArgumentException.class, () -> new PieceLayout(100, 0, 16384));
        assertThrows(IllegalArgumentException.class, () -> new PieceLayout(100, 1024, 2048));
        PieceLayout layout = PieceLayout.of(100_000, 32768);
        assertThrows(IndexOutOfBoundsException.class, () -> layout.pieceBytes(4));
        assertThrows(IndexOutOfBoundsException.class, () -> layout.blockBytes(3, 1));
    }
}
