package org.swarmsim.bittorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.sim.random.RandomStreams;

class TorrentTest {
    @TempDir
    Path dir;

    private static byte[] sha1(byte[] b, int from, int to) throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(Arrays.copyOfRange(b, from, to));
    }

    private static byte[] content(int n, String key) {
        byte[] b = new byte[n];
        new RandomStreams(1L).stream(key).nextBytes(b);
        return b;
    }

    @Test
    void syntheticTorrentOfAHundredThousandPiecesHasTheRightLayout() {
        long total = 100_000L * 16384 - 1000;
        Torrent t = Torrent.synthetic("big.bin", total, 16384);
        assertEquals(100_000, t.pieceCount());
        assertEquals(total, t.totalBytes());
        assertEquals(16384, t.pieceSize(0));
        assertEquals(16384, t.pieceSize(99_998));
        assertEquals(16384 - 1000, t.pieceSize(99_999));
        assertTrue(t.isSingleFile());
        assertNotEquals(Arrays.toString(t.pieceHash(0)), Arrays.toString(t.pieceHash(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.pieceSize(100_000));
        // deterministic: same parameters, same bytes and info-hash
        assertEquals(t.infoHash(), Torrent.synthetic("big.bin", total, 16384).infoHash());
        assertNotEquals(t.infoHash(), Torrent.synthetic("other.bin", total, 16384).infoHash());
    }

    @Test
    void infoHashIsSha1OfTheInfoDictionaryBytes() throws Exception {
        Torrent t = Torrent.synthetic("x", 100_000, 16384, List.of("http://a/announce", "http://b/announce"));
        byte[] file = t.toBytes();
        BencodeDictionary info = BencodeReader.strict().readDictionary(file).requireDictionary("info");
        assertArrayEquals(sha1(file, info.sourceStart(), info.sourceEnd()), t.infoHash().bytes());
        assertEquals(present("http://a/announce"), t.announce());
        assertEquals(List.of(List.of("http://a/announce"), List.of("http://b/announce")), t.announceList());
        assertEquals(List.of("http://a/announce", "http://b/announce"), t.announceUrls());
    }

    private static java.util.Optional<String> present(String s) {
        return java.util.Optional.of(s);
    }

    @Test
    void infoHashUsesTheFileBytesEvenWhenTheyAreNotCanonical() throws Exception {
        // info keys out of order: re-encoding would sort them and change the hash
        String info = "d6:lengthi5e4:name1:x6:pieces20:AAAAAAAAAAAAAAAAAAAA12:piece lengthi16384ee";
        byte[] file = ("d4:info" + info + "e").getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(BencodeException.class, () -> Torrent.parse(file));
        Torrent t = Torrent.parse(file, BencodeReader.strict().allowingUnsortedKeys());
        byte[] infoBytes = info.getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(sha1(infoBytes, 0, infoBytes.length), t.infoHash().bytes());
        BencodeDictionary canonical = BencodeReader.strict().allowingUnsortedKeys()
                .readDictionary(infoBytes);
        byte[] reencoded = BencodeWriter.encode(canonical);
        assertFalse(Arrays.equals(infoBytes, reencoded));
    }

    @Test
    void singleFileTorrentHashesEachPieceOfTheFile() throws Exception {
        byte[] data = content(40_000, "single");
        Path file = dir.resolve("data.bin");
        Files.write(file, data);
        Torrent t = TorrentCreator.fromPath(file, TorrentCreator.Options.defaults().withPieceLength(16384)
                .withAnnounceUrls(List.of("http://tracker.example/announce")));
        assertEquals("data.bin", t.name());
        assertEquals(3, t.pieceCount());
        assertEquals(40_000, t.totalBytes());
        assertEquals(40_000 - 2 * 16384, t.pieceSize(2));
        assertArrayEquals(sha1(data, 0, 16384), t.pieceHash(0));
        assertArrayEquals(sha1(data, 16384, 32768), t.pieceHash(1));
        assertArrayEquals(sha1(data, 32768, 40_000), t.pieceHash(2));
        assertEquals(t, Torrent.parse(t.toBytes()));
        Path out = dir.resolve("out.torrent");
        t.write(out);
        assertEquals(t.infoHash(), Torrent.read(out).infoHash());
    }

    @Test
    void multiFileTorrentHashesPiecesAcrossFileBoundaries() throws Exception {
        Path root = dir.resolve("album");
        Files.createDirectories(root.resolve("b"));
        byte[] a = content(10_000, "a");
        byte[] c = content(30_000, "c");
        byte[] empty = new byte[0];
        Files.write(root.resolve("a.txt"), a);
        Files.write(root.resolve("b/c.bin"), c);
        Files.write(root.resolve("b/empty"), empty);
        Torrent t = TorrentCreator.fromPath(root, new TorrentCreator.Options(16384, List.of(),
                "a comment", "swarmsim test", 1_700_000_000L, true));
        assertFalse(t.isSingleFile());
        assertTrue(t.isPrivate());
        assertEquals("album", t.name());
        assertEquals(List.of("a.txt", "b/c.bin", "b/empty"),
                t.files().stream().map(TorrentFile::pathString).toList());
        assertEquals(List.of(0L, 10_000L, 40_000L), t.files().stream().map(TorrentFile::offsetBytes).toList());
        byte[] all = new byte[40_000];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(c, 0, all, a.length, c.length);
        assertEquals(3, t.pieceCount());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(sha1(all, i * 16384, Math.min(40_000, (i + 1) * 16384)), t.pieceHash(i));
        }
        assertEquals("a comment", t.comment().orElseThrow());
        assertEquals("swarmsim test", t.createdBy().orElseThrow());
        assertEquals(1_700_000_000L, t.creationDateSeconds().orElseThrow());
    }

    @Test
    void automaticPieceLengthKeepsThePieceCountNearTheTarget() {
        assertEquals(16384, TorrentCreator.autoPieceLength(1));
        assertEquals(16384, TorrentCreator.autoPieceLength(2000L * 16384));
        assertEquals(32768, TorrentCreator.autoPieceLength(2000L * 16384 + 1));
        assertEquals(16 << 20, TorrentCreator.autoPieceLength(1L << 50));
    }

    @Test
    void rejectsPieceLengthsThatAreNotPowersOfTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TorrentCreator.Options.defaults().withPieceLength(20_000));
        assertTrue(e.getMessage().contains("power of two"));
    }

    @Test
    void emptyFolderIsRejectedClearly() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TorrentCreator.fromPath(empty, TorrentCreator.Options.defaults()));
        assertTrue(e.getMessage().contains("holds no regular files"));
    }

    private static byte[] torrentWithInfo(String info) {
        return ("d4:info" + info + "e").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void malformedInfoDictionariesAreRejectedWithTheFieldAndOffset() {
        String hash = "A".repeat(20);
        assertMalformed(torrentWithInfo("d6:lengthi5e4:name1:x12:piece lengthi16384e6:pieces19:"
                + "A".repeat(19) + "e"), "not a multiple of 20");
        assertMalformed(torrentWithInfo("d5:filesle6:lengthi5e4:name1:x12:piece lengthi16384e6:pieces20:"
                + hash + "e"), "exactly one of 'length'");
        assertMalformed(torrentWithInfo("d6:lengthi5e12:piece lengthi16384e6:pieces20:" + hash + "e"),
                "missing key 'name'");
        assertMalformed(torrentWithInfo("d6:lengthi5e4:name2:..12:piece lengthi16384e6:pieces20:"
                + hash + "e"), "'..' is not allowed");
        assertMalformed(torrentWithInfo("d6:lengthi99999e4:name1:x12:piece lengthi16384e6:pieces20:"
                + hash + "e"), "need 7");
        assertMalformed(torrentWithInfo("d6:lengthi5e4:name1:x12:piece lengthi0e6:pieces20:" + hash + "e"),
                "piece length must be between");
        assertMalformed("d4:infoi3ee".getBytes(StandardCharsets.ISO_8859_1), "must hold a dictionary");
        assertMalformed("l4:infoe".getBytes(StandardCharsets.ISO_8859_1), "expected a dictionary");
    }

    private static void assertMalformed(byte[] file, String what) {
        BencodeException e = assertThrows(BencodeException.class, () -> Torrent.parse(file));
        assertTrue(e.getMessage().contains(what), e.getMessage());
        assertTrue(e.getMessage().startsWith("at byte "), e.getMessage());
    }
}
