package org.swarmsim.bittorrent.piece;

/**
 * Piece and block geometry of one torrent: {@code totalBytes} split into pieces of
 * {@code pieceLengthBytes} (the last one may be shorter), each split into blocks of
 * {@code blockBytes} (16 KiB by convention; the last block of the last piece may be shorter).
 *
 * @param totalBytes       total content size, at least 1
 * @param pieceLengthBytes the metainfo {@code piece length}, at least 1
 * @param blockBytes       request size, at least 1 and at most {@code pieceLengthBytes}
 */
public record PieceLayout(long totalBytes, int pieceLengthBytes, int blockBytes) {
    /** The block size every mainstream client requests: 16 KiB. */
    public static final int DEFAULT_BLOCK_BYTES = 16 * 1024;

    /** Validates the geometry. */
    public PieceLayout {
        if (totalBytes < 1) {
            throw new IllegalArgumentException("totalBytes must be >= 1, was " + totalBytes);
        }
        if (pieceLengthBytes < 1) {
            throw new IllegalArgumentException("pieceLengthBytes must be >= 1, was " + pieceLengthBytes);
        }
        if (blockBytes < 1 || blockBytes > pieceLengthBytes) {
            throw new IllegalArgumentException("blockBytes must be in [1, pieceLengthBytes=" + pieceLengthBytes
                    + "], was " + blockBytes);
        }
        long pieces = (totalBytes + pieceLengthBytes - 1) / pieceLengthBytes;
        if (pieces > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("totalBytes " + totalBytes + " / pieceLengthBytes " + pieceLengthBytes
                    + " gives " + pieces + " pieces, more than " + Integer.MAX_VALUE);
        }
    }

    /** A layout with 16 KiB blocks. */
    public static PieceLayout of(long totalBytes, int pieceLengthBytes) {
        return new PieceLayout(totalBytes, pieceLengthBytes, Math.min(DEFAULT_BLOCK_BYTES, pieceLengthBytes));
    }

    /** A layout of {@code pieceCount} full pieces of {@code blocksPerPiece} 16 KiB blocks each. */
    public static PieceLayout ofBlocks(int pieceCount, int blocksPerPiece) {
        if (pieceCount < 1 || blocksPerPiece < 1) {
            throw new IllegalArgumentException("pieceCount and blocksPerPiece must be >= 1, were "
                    + pieceCount + " and " + blocksPerPiece);
        }
        int pieceBytes = Math.multiplyExact(blocksPerPiece, DEFAULT_BLOCK_BYTES);
        return new PieceLayout((long) pieceCount * pieceBytes, pieceBytes, DEFAULT_BLOCK_BYTES);
    }

    /** Number of pieces: {@code ceil(totalBytes / pieceLengthBytes)}. */
    public int pieceCount() {
        return (int) ((totalBytes + pieceLengthBytes - 1) / pieceLengthBytes);
    }

    /** Blocks in a full-length piece (the most any piece has). */
    public int maxBlocksPerPiece() {
        return (pieceLengthBytes + blockBytes - 1) / blockBytes;
    }

    /** Size of {@code piece}: {@code pieceLengthBytes} except possibly for the last piece. */
    public int pieceBytes(int piece) {
        checkPiece(piece);
        long offset = (long) piece * pieceLengthBytes;
        return (int) Math.min(pieceLengthBytes, totalBytes - offset);
    }

    /** Byte offset of {@code piece} in the content. */
    public long pieceOffsetBytes(int piece) {
        checkPiece(piece);
        return (long) piece * pieceLengthBytes;
    }

    /** Number of blocks in {@code piece}. */
    public int blocksInPiece(int piece) {
        return (pieceBytes(piece) + blockBytes - 1) / blockBytes;
    }

    /** Size of one block: {@code blockBytes} except possibly for the last block of the last piece. */
    public int blockBytes(int piece, int block) {
        int pieceBytes = pieceBytes(piece);
        int blocks = (pieceBytes + blockBytes - 1) / blockBytes;
        if (block < 0 || block >= blocks) {
            throw new IndexOutOfBoundsException("block " + block + " out of range [0, " + blocks + ") for piece " + piece);
        }
        return Math.min(blockBytes, pieceBytes - block * blockBytes);
    }

    /** Byte offset of {@code block} inside its piece (the {@code begin} field of a request). */
    public int blockOffsetBytes(int block) {
        if (block < 0) {
            throw new IndexOutOfBoundsException("block must be >= 0, was " + block);
        }
        return Math.multiplyExact(block, blockBytes);
    }

    private void checkPiece(int piece) {
        int n = pieceCount();
        if (piece < 0 || piece >= n) {
            throw new IndexOutOfBoundsException("piece " + piece + " out of range [0, " + n + ")");
        }
    }
}
