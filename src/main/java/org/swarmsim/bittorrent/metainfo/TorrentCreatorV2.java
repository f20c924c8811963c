package org.swarmsim.bittorrent.metainfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The BEP 52 half of {@link TorrentCreator}: v2 and hybrid torrents, laid out as libtorrent 2.0's
 * {@code create_torrent} lays them out. Files are in tree order (path components compared by
 * their bytes); each non-empty file gets a SHA-256 merkle tree over its 16 KiB blocks. A hybrid
 * torrent's v1 {@code files} list puts a pad file ({@code attr p}, path {@code .pad/<length>})
 * after every file that does not end on a piece boundary, the last one included, unless the torrent
 * holds a single file; the v1 pieces hash those pads as zeros.
 */
final class TorrentCreatorV2 {
    private TorrentCreatorV2() {
    }

    static Torrent fromFiles(String name, boolean single, List<TorrentFile> files, List<Path> sources,
                             int pieceLength, TorrentCreator.Options options) throws IOException {
        boolean hybrid = options.version() == MetaVersion.HYBRID;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> files.get(i).path(), FileTree.TREE_ORDER));
        boolean padded = hybrid && files.size() > 1;

        List<FileTree.Entry> entries = new ArrayList<>();
        List<TorrentFile> v1Files = new ArrayList<>();
        TreeMap<PiecesRoot, byte[]> layers = new TreeMap<>();
        V1Pieces v1 = hybrid ? new V1Pieces(pieceLength) : null;
        byte[] block = new byte[MerkleTree.BLOCK_BYTES];
        long offset = 0;
        for (int i : order) {
            TorrentFile f = files.get(i);
            MerkleTree.FileHasher hasher = new MerkleTree.FileHasher(pieceLength);
            long read = 0;
            try (InputStream in = Files.newInputStream(sources.get(i))) {
                int n;
                while ((n = in.readNBytes(block, 0, block.length)) > 0) {
                    hasher.block(block, 0, n);
                    if (v1 != null) {
                        v1.update(block, n);
                    }
                    read += n;
                }
            }
            if (read != f.lengthBytes()) {
                throw new IOException(sources.get(i) + " changed size while being hashed");
            }
            Optional<MerkleTree.FileHashes> hashes = hasher.finish();
            hashes.filter(h -> h.pieceLayer().length > 0)
                    .ifPresent(h -> layers.put(h.piecesRoot(), h.pieceLayer()));
            entries.add(new FileTree.Entry(f.path(), f.lengthBytes(), hashes.map(MerkleTree.FileHashes::piecesRoot),
                    -1));
            v1Files.add(new TorrentFile(f.path(), f.lengthBytes(), offset));
            offset += f.lengthBytes();
            long tail = offset % pieceLength;
            if (padded && tail != 0) {
                long pad = pieceLength - tail;
                v1Files.add(new TorrentFile(List.of(".pad", Long.toString(pad)), pad, offset, true, Optional.empty()));
                v1.zeros(pad);
                offset += pad;
            }
        }
        return assemble(name, single, entries, layers, hybrid ? v1.finish() : null, v1Files, pieceLength, options);
    }

    /** A v2 (when {@code v1PieceHashes} is null) or hybrid torrent from its parts. */
    static Torrent assemble(String name, boolean single, List<FileTree.Entry> entries,
                            TreeMap<PiecesRoot, byte[]> layers, byte[] v1PieceHashes,
                            List<TorrentFile> v1Files, int pieceLength, TorrentCreator.Options options) {
        BencodeDictionary.Builder info = BencodeDictionary.builder()
                .put("name", name)
                .put("piece length", pieceLength)
                .put("meta version", 2)
                .put("file tree", FileTree.build(entries));
        if (v1PieceHashes != null) {
            info.put("pieces", BencodeBytes.wrap(v1PieceHashes));
            if (single) {
                info.put("length", entries.get(0).length());
            } else {
                List<BencodeValue> list = new ArrayList<>(v1Files.size());
                for (TorrentFile f : v1Files) {
                    List<BencodeValue> path = new ArrayList<>();
                    for (String c : f.path()) {
                        path.add(BencodeBytes.of(c));
                    }
                    BencodeDictionary.Builder d = BencodeDictionary.builder()
                            .put("length", f.lengthBytes())
                            .put("path", new BencodeList(path));
                    if (f.padding()) {
                        d.put("attr", "p");
                    }
                    list.add(d.build());
                }
                info.put("files", new BencodeList(list));
            }
        }
        if (options.privateFlag()) {
            info.put("private", 1);
        }
        TreeMap<BencodeBytes, BencodeValue> pieceLayers = new TreeMap<>();
        for (var e : layers.entrySet()) {
            pieceLayers.put(BencodeBytes.wrap(e.getKey().bytes()), BencodeBytes.wrap(e.getValue().clone()));
        }
        return TorrentCreator.finish(BencodeDictionary.builder().put("info", info.build())
                .put("piece layers", BencodeDictionary.of(pieceLayers)), options);
    }

    /** SHA-1 pieces over a byte stream fed in parts. */
    private static final class V1Pieces {
        private final int pieceLength;
        private final MessageDigest sha = Torrent.newSha1();
        private final ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        private long inPiece;

        V1Pieces(int pieceLength) {
            this.pieceLength = pieceLength;
        }

        void update(byte[] data, int length) {
            int at = 0;
            while (at < length) {
                int n = (int) Math.min(length - at, pieceLength - inPiece);
                sha.update(data, at, n);
                at += n;
                inPiece += n;
                if (inPiece == pieceLength) {
                    hashes.writeBytes(sha.digest());
                    inPiece = 0;
                }
            }
        }

        void zeros(long count) {
            byte[] zero = new byte[MerkleTree.BLOCK_BYTES];
            for (long left = count; left > 0; left -= zero.length) {
                update(zero, (int) Math.min(left, zero.length));
            }
        }

        byte[] finish() {
            if (inPiece > 0) {
                hashes.writeBytes(sha.digest());
                inPiece = 0;
            }
            return hashes.toByteArray();
        }
    }
}
