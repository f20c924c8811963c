package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** BEP 52 v2 and hybrid metainfo: merkle trees, round trips, layout and located errors. */
class TorrentV2Test {
    private static final int PIECE = 32_768;
    /** File sizes: empty, under one block, one block, just over, under one piece, one piece, several. */
    private static final int[] SIZES = {0, 100, 16_384, 16_385, 20_000, 32_768, 100_000, 131_072, 200_001};

    @TempDir
    Path dir;

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sha256(byte[]... parts) {
        MessageDigest md = sha256();
        for (byte[] p : parts) {
            md.update(p);
        }
        return md.digest();
    }

    /**
     * The whole tree written out naively, level by level, from BEP 52's definition: leaf i is
     * SHA-256 of block i, padded with zero hashes to a power of two; levels.get(0) are the leaves.
     */
    private static List<List<byte[]>> tree(byte[] content) {
        List<byte[]> leaves = new ArrayList<>();
        for (int at = 0; at < content.length; at += 16_384) {
            leaves.add(sha256(Arrays.copyOfRange(content, at, Math.min(content.length, at + 16_384))));
        }
        int width = 1;
        while (width < leaves.size()) {
            width *= 2;
        }
        while (leaves.size() < width) {
            leaves.add(new byte[32]);
        }
        List<List<byte[]>> levels = new ArrayList<>(List.of(leaves));
        while (levels.get(levels.size() - 1).size() > 1) {
            List<byte[]> below = levels.get(levels.size() - 1);
            List<byte[]> up = new ArrayList<>();
            for (int i = 0; i < below.size(); i += 2) {
                up.add(sha256(below.get(i), below.get(i + 1)));
            }
            levels.add(up);
        }
        return levels;
    }

    private Path writeFolder(int... sizes) throws IOException {
        RandomStream random = new RandomStreams(52L).stream("v2/content");
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);
        for (int i = 0; i < sizes.length; i++) {
            byte[] b = new byte[sizes[i]];
            random.nextBytes(b);
            Files.write(folder.resolve(String.format("f%02d-%d.bin", i, sizes[i])), b);
        }
        return folder;
    }

    private static TorrentCreator.Options options(MetaVersion v) {
        return TorrentCreator.Options.defaults().withPieceLength(PIECE).withVersion(v);
    }

    @Test
    void piecesRootsAndPieceLayersAreTheMerkleTreesOfBep52() throws IOException {
        Path folder = writeFolder(SIZES);
        Torrent t = TorrentCreator.fromPath(folder, options(MetaVersion.V2));
        assertEquals(SIZES.length, t.files().size());
        for (TorrentFile f : t.files()) {
            byte[] content = Files.readAllBytes(folder.resolve(f.pathString()));
            if (content.length == 0) {
                assertEquals(Optional.empty(), f.piecesRoot(), f.pathString());
                continue;
            }
            List<List<byte[]>> levels = tree(content);
            assertEquals(HexFormat.of().formatHex(levels.get(levels.size() - 1).get(0)),
                    f.piecesRoot().orElseThrow().hex(), f.pathString());
            if (content.length <= PIECE) {
                assertEquals(0, t.pieceLayer(f).length, f.pathString());
            } else {
                List<byte[]> pieceLevel = levels.get(1); // 2 blocks of 16 KiB per 32 KiB piece
                int pieces = (content.length + PIECE - 1) / PIECE;
                byte[] expected = new byte[pieces * 32];
                for (int i = 0; i < pieces; i++) {
                    System.arraycopy(pieceLevel.get(i), 0, expected, i * 32, 32);
                }
                assertArrayEquals(expected, t.pieceLayer(f), f.pathString());
            }
        }
    }

    @Test
    void aV2TorrentRoundTripsAndIsNamedBySha256OfItsInfoDictionary() throws IOException {
        Torrent t = TorrentCreator.fromPath(writeFolder(SIZES), options(MetaVersion.V2)
                .withAnnounceUrls(List.of("http://t.example/a")));
        Torrent again = Torrent.parse(t.toBytes());
        assertEquals(t, again);
        assertEquals(MetaVersion.V2, again.version());
        assertEquals(Optional.empty(), again.infoHashV1());
        assertEquals(HexFormat.of().formatHex(sha256(t.infoBytes())), again.infoHashV2().orElseThrow().hex());
        assertEquals(again.infoHashV2().orElseThrow().truncated(), again.infoHash());
        assertEquals(t.files(), again.files());
        assertThrows(IllegalStateException.class, () -> again.pieceHash(0));
        // each file starts on a piece boundary; its pieces follow the previous file's
        long pieces = 0;
        long total = 0;
        for (TorrentFile f : again.files()) {
            assertEquals(pieces * PIECE, f.offsetBytes(), f.pathString());
            long filePieces = (f.lengthBytes() + PIECE - 1) / PIECE;
            for (long p = 0; p < filePieces; p++) {
                assertEquals(Math.min(PIECE, f.lengthBytes() - p * PIECE), again.pieceSize((int) (pieces + p)));
            }
            pieces += filePieces;
            total += f.lengthBytes();
        }
        assertEquals(pieces, again.pieceCount());
        assertEquals(total, again.totalBytes());
    }

    @Test
    void aHybridTorrentPadsEveryFileToAPieceBoundaryAndHasBothInfoHashes() throws IOException {
        Path folder = writeFolder(SIZES);
        Torrent t = Torrent.parse(TorrentCreator.fromPath(folder, options(MetaVersion.HYBRID)).toBytes());
        assertEquals(MetaVersion.HYBRID, t.version());
        assertEquals(HexFormat.of().formatHex(sha256(t.infoBytes())), t.infoHashV2().orElseThrow().hex());
        assertEquals(t.infoHashV1().orElseThrow(), t.infoHash());
        Torrent v2 = TorrentCreator.fromPath(folder, options(MetaVersion.V2));
        List<TorrentFile> real = t.files().stream().filter(f -> !f.padding()).toList();
        assertEquals(v2.files().stream().map(TorrentFile::piecesRoot).toList(),
                real.stream().map(TorrentFile::piecesRoot).toList());
        for (TorrentFile f : t.files()) {
            if (f.padding()) {
                assertEquals(List.of(".pad", Long.toString(f.lengthBytes())), f.path());
                assertEquals(0, (f.offsetBytes() + f.lengthBytes()) % PIECE);
            } else {
                assertEquals(0, f.offsetBytes() % PIECE, f.pathString());
            }
        }
        assertEquals(0, t.totalBytes() % PIECE);
        assertEquals(t.totalBytes() / PIECE, t.pieceCount());
        // the v1 pieces are SHA-1 of the files with pads of zeros between them
        byte[] stream = new byte[(int) t.totalBytes()];
        for (TorrentFile f : real) {
            byte[] b = Files.readAllBytes(folder.resolve(f.pathString()));
            System.arraycopy(b, 0, stream, (int) f.offsetBytes(), b.length);
        }
        MessageDigest sha1 = Torrent.newSha1();
        for (int i = 0; i < t.pieceCount(); i++) {
            sha1.update(stream, i * PIECE, PIECE);
            assertArrayEquals(sha1.digest(), t.pieceHash(i), "piece " + i);
        }
    }

    @Test
    void aSingleFileHybridHasNoPadFile() throws IOException {
        Path file = dir.resolve("one.bin");
        Files.write(file, new byte[40_000]);
        Torrent t = TorrentCreator.fromPath(file, options(MetaVersion.HYBRID));
        assertTrue(t.isSingleFile());
        assertEquals(1, t.files().size());
        assertEquals(40_000, t.totalBytes());
        Torrent v2 = TorrentCreator.fromPath(file, options(MetaVersion.V2));
        assertTrue(v2.isSingleFile());
        assertEquals(List.of("one.bin"), v2.files().get(0).path());
        assertEquals(v2.files().get(0).piecesRoot(), t.files().get(0).piecesRoot());
    }

    @Test
    void v1TorrentsAreUnchanged() throws IOException {
        Path folder = writeFolder(100, 40_000);
        Torrent t = TorrentCreator.fromPath(folder, TorrentCreator.Options.defaults().withPieceLength(PIECE));
        assertEquals(MetaVersion.V1, t.version());
        assertEquals(Optional.empty(), t.infoHashV2());
        assertEquals(Optional.of(t.infoHash()), t.infoHashV1());
        assertFalse(new String(t.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("meta version"));
        assertTrue(t.files().stream().noneMatch(f -> f.padding() || f.piecesRoot().isPresent()));
    }

    // ---- located errors: a valid v2 torrent with one thing broken ----

    private Torrent validV2() throws IOException {
        return TorrentCreator.fromPath(writeFolder(100, 100_000), options(MetaVersion.V2));
    }

    private static BencodeDictionary with(BencodeDictionary d, String key, BencodeValue v) {
        TreeMap<BencodeBytes, BencodeValue> m = new TreeMap<>(d.entries());
        if (v == null) {
            m.remove(BencodeBytes.of(key));
        } else {
            m.put(BencodeBytes.of(key), v);
        }
        return BencodeDictionary.of(m);
    }

    private static BencodeDictionary dict(BencodeValue v) {
        return (BencodeDictionary) v;
    }

    /** The error parsing {@code t} with its root dictionary changed by {@code change}. */
    private static BencodeException broken(Torrent t, UnaryOperator<BencodeDictionary> change) {
        BencodeDictionary root = change.apply(BencodeReader.strict().readDictionary(t.toBytes()));
        byte[] bytes = BencodeWriter.encode(root);
        BencodeException e = assertThrows(BencodeException.class, () -> Torrent.parse(bytes));
        assertTrue(e.offset() >= 0 && e.offset() < bytes.length, e.getMessage());
        return e;
    }

    private static UnaryOperator<BencodeDictionary> inInfo(UnaryOperator<BencodeDictionary> change) {
        return root -> with(root, "info", change.apply(dict(root.require("info"))));
    }

    private static UnaryOperator<BencodeDictionary> bigFileProps(String key, BencodeValue v) {
        return inInfo(info -> {
            BencodeDictionary tree = dict(info.require("file tree"));
            BencodeDictionary node = dict(tree.require("f01-100000.bin"));
            BencodeDictionary props = with(dict(node.require("")), key, v);
            return with(info, "file tree", with(tree, "f01-100000.bin", with(node, "", props)));
        });
    }

    private static UnaryOperator<BencodeDictionary> layer(Torrent t, BencodeValue v) {
        TorrentFile big = t.files().get(1);
        return root -> {
            TreeMap<BencodeBytes, BencodeValue> m = new TreeMap<>();
            if (v != null) {
                m.put(BencodeBytes.of(big.piecesRoot().orElseThrow().bytes()), v);
            }
            return with(root, "piece layers", BencodeDictionary.of(m));
        };
    }

    @Test
    void saysWhereAndWhatIsWrongWithBrokenV2Metainfo() throws IOException {
        Torrent t = validV2();
        assertTrue(broken(t, layer(t, null)).getMessage().contains("piece layers has no entry for file "
                + "'f01-100000.bin' (100000 bytes, 4 pieces of 32768)"));
        assertTrue(broken(t, root -> with(root, "piece layers", null)).getMessage()
                .contains("piece layers has no entry for file 'f01-100000.bin'"));
        assertTrue(broken(t, bigFileProps("pieces root", BencodeBytes.of(new byte[31]))).getMessage()
                .contains("info.file tree file 'f01-100000.bin' has a 'pieces root' of 31 bytes, not 32"));
        assertTrue(broken(t, inInfo(info -> with(info, "file tree", with(dict(info.require("file tree")), "",
                BencodeDictionary.builder().build())))).getMessage().contains("info.file tree has an empty name"));
        assertTrue(broken(t, layer(t, BencodeBytes.of(new byte[4 * 32 + 1]))).getMessage()
                .contains("is 129 bytes long, which is not a multiple of 32"));
        assertTrue(broken(t, layer(t, BencodeBytes.of(new byte[3 * 32]))).getMessage()
                .contains("holds 3 hashes but its 100000 bytes in pieces of 32768 bytes need 4"));
        assertTrue(broken(t, layer(t, BencodeBytes.of(new byte[4 * 32]))).getMessage()
                .contains("does not hash to its pieces root"));
        assertTrue(broken(t, inInfo(info -> with(info, "meta version", new BencodeInteger(3)))).getMessage()
                .contains("info.meta version must be 2 (BEP 52), got 3"));
        assertTrue(broken(t, inInfo(info -> with(info, "piece length", new BencodeInteger(20_000)))).getMessage()
                .contains("must be a power of two >= 16384"));
        assertTrue(broken(t, bigFileProps("pieces root", null)).getMessage().contains("has no 'pieces root'"));
    }

    @Test
    void aHybridWhoseTwoFileListsDisagreeIsRefused() throws IOException {
        Torrent t = TorrentCreator.fromPath(writeFolder(100, 100_000), options(MetaVersion.HYBRID));
        String message = broken(t, inInfo(info -> {
            BencodeDictionary tree = dict(info.require("file tree"));
            BencodeValue node = tree.require("f01-100000.bin");
            return with(info, "file tree", with(with(tree, "f01-100000.bin", null), "renamed.bin", node));
        })).getMessage();
        assertTrue(message.contains("hybrid torrent: file 2 is 'f01-100000.bin' (100000 bytes) in info.files but "
                + "'renamed.bin' (100000 bytes) in info.file tree"), message);
    }

    @Test
    void v2MagnetLinksCarryTheSha256Multihash() throws IOException {
        Torrent v2 = validV2();
        String hex = v2.infoHashV2().orElseThrow().hex();
        MagnetLink link = MagnetLink.of(v2);
        assertEquals("magnet:?xt=urn:btmh:1220" + hex + "&dn=folder", link.format());
        assertEquals(link, MagnetLink.parse(link.format()));
        assertEquals(Optional.empty(), MagnetLink.parse(link.format()).infoHashV1());
        assertEquals(v2.infoHash(), link.infoHash());
        Torrent hybrid = TorrentCreator.fromPath(dir.resolve("folder"), options(MetaVersion.HYBRID));
        MagnetLink both = MagnetLink.of(hybrid);
        assertEquals("magnet:?xt=urn:btih:" + hybrid.infoHashV1().orElseThrow().hex() + "&xt=urn:btmh:1220"
                + hybrid.infoHashV2().orElseThrow().hex() + "&dn=folder", both.format());
        assertEquals(both, MagnetLink.parse(both.format()));
        assertEquals(both, MagnetLink.parse("magnet:?xt=urn:btmh:1220" + hybrid.infoHashV2().orElseThrow().hex()
                .toUpperCase() + "&dn=folder&xt=urn:btih:" + hybrid.infoHashV1().orElseThrow().hex().toUpperCase()));
    }
}
