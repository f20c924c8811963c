package org.swarmsim.bittorrent.metainfo;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The upper part of one file's BEP 52 merkle tree: from its piece layer (level 0, one node per
 * piece, padded to a power of two with the hash of an all-zero piece) up to its {@code pieces root}
 * (level {@link #height()}). This is what BEP 52's hash requests ask for when a peer that joined
 * from a magnet link has the info dictionary but not the {@code piece layers}; the nodes are
 * numbered as in a heap (the root is 1, the children of {@code n} are {@code 2n} and {@code 2n+1}),
 * so a peer's knowledge of the tree is a bit set.
 *
 * <pre>{@code
 * PieceTree tree = PieceTree.of(torrent, torrent.files().get(0));
 * byte[] h = tree.hash(0, 17);      // piece 17's hash
 * boolean ok = Arrays.equals(tree.hash(tree.height(), 0), tree.piecesRoot().bytes());
 * }</pre>
 */
public final class PieceTree {
    private final PiecesRoot piecesRoot;
    private final int pieceCount;
    private final int height;
    private final int baseLayer;
    private final byte[][] nodes;   // by heap index, 1 .. 2 * leaves - 1

    private PieceTree(PiecesRoot piecesRoot, byte[] layer, int pieceCount, int blocksPerPiece) {
        this.piecesRoot = piecesRoot;
        this.pieceCount = pieceCount;
        int leaves = pieceCount <= 1 ? 1 : Integer.highestOneBit(pieceCount - 1) << 1;
        this.height = Integer.numberOfTrailingZeros(leaves);
        this.baseLayer = Integer.numberOfTrailingZeros(blocksPerPiece);
        this.nodes = new byte[2 * leaves][];
        byte[] pad = MerkleTree.padHash(blocksPerPiece);
        for (int i = 0; i < leaves; i++) {
            nodes[leaves + i] = i < pieceCount ? Arrays.copyOfRange(layer, i * MerkleTree.HASH_BYTES,
                    (i + 1) * MerkleTree.HASH_BYTES) : pad;
        }
        MessageDigest sha = MerkleTree.newSha256();
        for (int n = leaves - 1; n >= 1; n--) {
            nodes[n] = parent(sha, nodes[2 * n], nodes[2 * n + 1]);
        }
        if (!Arrays.equals(nodes[1], piecesRoot.bytes())) {
            throw new IllegalArgumentException("the piece layer does not hash to its pieces root " + piecesRoot.hex());
        }
    }

    /**
     * The tree of {@code file} of {@code torrent}, a v2 or hybrid torrent that holds the file's piece
     * layer (a file of one piece has a tree of its root alone: the root is the piece's hash).
     *
     * @throws IllegalArgumentException if the file has no pieces root, or a piece layer is missing
     */
    public static PieceTree of(Torrent torrent, TorrentFile file) {
        PiecesRoot root = file.piecesRoot().orElseThrow(() -> new IllegalArgumentException(
                "file " + file + " has no pieces root: not a v2 file"));
        int piece = torrent.pieceLengthBytes();
        long pieces = (file.lengthBytes() + piece - 1) / piece;
        if (pieces > 1 << 26) {
            throw new IllegalArgumentException("file " + file + " has " + pieces + " pieces, more than 2^26");
        }
        byte[] layer = pieces <= 1 ? root.bytes() : torrent.pieceLayer(file);
        if (layer.length != pieces * MerkleTree.HASH_BYTES) {
            throw new IllegalArgumentException("the torrent holds no piece layer for file " + file);
        }
        return new PieceTree(root, layer, (int) Math.max(1, pieces), piece / MerkleTree.BLOCK_BYTES);
    }

    /** The hash of a node's two children: SHA-256 of their 64 bytes. */
    public static byte[] parent(MessageDigest sha256, byte[] left, byte[] right) {
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /** A new SHA-256 digest, for {@link #parent}. */
    public static MessageDigest sha256() {
        return MerkleTree.newSha256();
    }

    /** The file's pieces root. */
    public PiecesRoot piecesRoot() {
        return piecesRoot;
    }

    /** The file's pieces (real leaves of level 0). */
    public int pieceCount() {
        return pieceCount;
    }

    /** Levels above the piece layer: the root is at level {@code height}, level 0 has {@code 2^height} nodes. */
    public int height() {
        return height;
    }

    /** The piece layer's index in the whole tree (0: the 16 KiB leaves): log2 of the blocks per piece, BEP 52's base layer. */
    public int baseLayer() {
        return baseLayer;
    }

    /** Nodes at {@code level} (0: the padded piece layer). */
    public int width(int level) {
        checkLevel(level);
        return 1 << (height - level);
    }

    /** The heap index of node {@code index} of {@code level}. */
    public int node(int level, int index) {
        if (index < 0 || index >= width(level)) {
            throw new IndexOutOfBoundsException("level " + level + " has " + width(level) + " nodes, asked for " + index);
        }
        return (1 << (height - level)) + index;
    }

    /** The hash of node {@code index} of {@code level} (shared: not to be changed). */
    public byte[] hash(int level, int index) {
        return nodes[node(level, index)];
    }

    /** The hash of the node with heap index {@code heapIndex} (shared: not to be changed). */
    public byte[] hashAt(int heapIndex) {
        if (heapIndex < 1 || heapIndex >= nodes.length) {
            throw new IndexOutOfBoundsException("the tree has nodes 1.." + (nodes.length - 1) + ", asked for " + heapIndex);
        }
        return nodes[heapIndex];
    }

    private void checkLevel(int level) {
        if (level < 0 || level > height) {
            throw new IndexOutOfBoundsException("the tree has levels 0.." + height + ", asked for " + level);
        }
    }

    @Override
    public String toString() {
        return "PieceTree[" + piecesRoot.hex() + ", " + pieceCount + " pieces, height " + height + "]";
    }
}
