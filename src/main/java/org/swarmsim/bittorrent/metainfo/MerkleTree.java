package org.swarmsim.bittorrent.metainfo;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * BEP 52's per-file SHA-256 merkle tree: the leaves are the hashes of the file's 16 KiB blocks
 * (the last one may be shorter), padded with all-zero hashes to a power of two; each parent is the
 * hash of its two children. The {@code pieces root} is the root; the {@code piece layer} is the
 * level whose nodes each cover one piece, cut to the file's pieces.
 */
public final class MerkleTree {
    /** Bytes per leaf block. */
    public static final int BLOCK_BYTES = 16 * 1024;
    /** Bytes per SHA-256 hash. */
    public static final int HASH_BYTES = 32;

    private MerkleTree() {
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The root of a subtree of {@code leaves} all-zero leaf hashes ({@code leaves} a power of two). */
    public static byte[] padHash(int leaves) {
        if (leaves <= 0 || Integer.bitCount(leaves) != 1) {
            throw new IllegalArgumentException("a subtree has a power-of-two number of leaves, got " + leaves);
        }
        MessageDigest sha = newSha256();
        byte[] h = new byte[HASH_BYTES];
        for (int n = leaves; n > 1; n >>>= 1) {
            sha.update(h);
            sha.update(h);
            h = sha.digest();
        }
        return h;
    }

    /**
     * The root of the tree whose bottom level is {@code layer} (concatenated 32-byte hashes, at
     * least one) padded to a power of two with {@code pad}, the hash of an absent node at that level.
     */
    public static byte[] root(byte[] layer, byte[] pad) {
        if (layer.length == 0 || layer.length % HASH_BYTES != 0 || pad.length != HASH_BYTES) {
            throw new IllegalArgumentException("a layer is one or more 32-byte hashes, got "
                    + layer.length + " bytes");
        }
        List<byte[]> level = new ArrayList<>(layer.length / HASH_BYTES);
        for (int i = 0; i < layer.length; i += HASH_BYTES) {
            level.add(Arrays.copyOfRange(layer, i, i + HASH_BYTES));
        }
        return reduce(level, pad, 1);
    }

    /** Pads {@code level} to a power of two, at least {@code width}, with {@code pad}, and hashes it up to one node. */
    private static byte[] reduce(List<byte[]> level, byte[] pad, int width) {
        int count = level.size();
        int size = Math.max(width, count <= 1 ? 1 : Integer.highestOneBit(count - 1) << 1);
        MessageDigest sha = newSha256();
        List<byte[]> current = new ArrayList<>(level);
        byte[] p = pad;
        int n = size;
        while (n > 1) {
            List<byte[]> next = new ArrayList<>((current.size() + 1) / 2);
            for (int i = 0; i < current.size(); i += 2) {
                sha.update(current.get(i));
                sha.update(i + 1 < current.size() ? current.get(i + 1) : p);
                next.add(sha.digest());
            }
            sha.update(p);
            sha.update(p);
            p = sha.digest();
            current = next;
            n >>>= 1;
        }
        return current.get(0);
    }

    /** A file's pieces root and piece layer (empty when the file is at most one piece long). */
    public record FileHashes(PiecesRoot piecesRoot, byte[] pieceLayer) {
        public FileHashes {
            pieceLayer = pieceLayer.clone();
        }

        @Override
        public byte[] pieceLayer() {
            return pieceLayer.clone();
        }
    }

    /**
     * Hashes one file as it is read: feed it whole 16 KiB blocks with {@link #block} (only the
     * last may be shorter), then call {@link #finish()}.
     */
    public static final class FileHasher {
        private final int blocksPerPiece;
        private final MessageDigest sha = newSha256();
        private final List<byte[]> blocks = new ArrayList<>();
        private final ByteArrayOutputStream pieceLayer = new ByteArrayOutputStream();
        private final byte[] zero = new byte[HASH_BYTES];
        private int pieces;
        private long bytes;
        private boolean shortBlockSeen;

        /** A hasher for pieces of {@code pieceLengthBytes}, a power of two >= 16 KiB. */
        public FileHasher(int pieceLengthBytes) {
            if (pieceLengthBytes < BLOCK_BYTES || Integer.bitCount(pieceLengthBytes) != 1) {
                throw new IllegalArgumentException("v2 piece length must be a power of two >= 16384, got "
                        + pieceLengthBytes);
            }
            this.blocksPerPiece = pieceLengthBytes / BLOCK_BYTES;
        }

        /** Adds the next block: {@code length} bytes of {@code data} from {@code offset}. */
        public void block(byte[] data, int offset, int length) {
            if (length <= 0 || length > BLOCK_BYTES || shortBlockSeen) {
                throw new IllegalStateException("blocks are 16 KiB, only the last may be shorter (got "
                        + length + (shortBlockSeen ? " after a short block)" : ")"));
            }
            shortBlockSeen = length < BLOCK_BYTES;
            sha.update(data, offset, length);
            blocks.add(sha.digest());
            bytes += length;
            if (blocks.size() == blocksPerPiece) {
                pieceLayer.writeBytes(reduce(blocks, zero, blocksPerPiece));
                blocks.clear();
                pieces++;
            }
        }

        /** The file's hashes; none for an empty file. */
        public Optional<FileHashes> finish() {
            if (bytes == 0) {
                return Optional.empty();
            }
            if (pieces == 0) {
                return Optional.of(new FileHashes(PiecesRoot.of(reduce(blocks, zero, 1)), new byte[0]));
            }
            if (!blocks.isEmpty()) {
                pieceLayer.writeBytes(reduce(blocks, zero, blocksPerPiece));
                blocks.clear();
                pieces++;
            }
            byte[] layer = pieceLayer.toByteArray();
            PiecesRoot root = PiecesRoot.of(root(layer, padHash(blocksPerPiece)));
            return Optional.of(new FileHashes(root, pieces == 1 ? new byte[0] : layer));
        }
    }
}
