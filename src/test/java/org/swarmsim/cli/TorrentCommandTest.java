package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.bittorrent.metainfo.MagnetLink;
import org.swarmsim.bittorrent.metainfo.Torrent;

class TorrentCommandTest {
    @TempDir
    Path dir;

    @Test
    void createThenInspectReportsTheWrittenTorrent() throws Exception {
        Path data = dir.resolve("movie.bin");
        Files.write(data, new byte[100_000]);
        Path out = dir.resolve("movie.torrent");
        CliRunner create = CliRunner.run("torrent", "create", data.toString(), "-o", out.toString(),
                "--piece-length", "32768", "--announce", "http://t.example/announce",
                "--announce", "http://backup.example/announce", "--no-creation-date");
        assertEquals(0, create.exitCode(), create.err());
        Torrent t = Torrent.read(out);
        assertTrue(t.creationDateSeconds().isEmpty());
        CliRunner inspect = CliRunner.run("torrent", "inspect", out.toString());
        assertEquals(0, inspect.exitCode(), inspect.err());
        assertEquals("movie.bin", inspect.value("name"));
        assertEquals("100000", inspect.value("total_bytes"));
        assertEquals("32768", inspect.value("piece_length"));
        assertEquals("4", inspect.value("pieces"));
        assertEquals(t.infoHash().hex(), inspect.value("info_hash"));
        assertTrue(inspect.out().contains("announce=http://t.example/announce\nannounce=http://backup.example/announce\n"),
                inspect.out());
        assertTrue(inspect.value("info_hash").matches("[0-9a-f]{40}"));
    }

    @Test
    void createRefusesToOverwriteUnlessForced() throws Exception {
        Path data = dir.resolve("a.txt");
        Files.writeString(data, "hello");
        Path out = dir.resolve("a.torrent");
        Files.writeString(out, "keep me");
        CliRunner r = CliRunner.run("torrent", "create", data.toString(), "-o", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("already exists; use --force"), r.err());
        assertEquals("keep me", Files.readString(out));
        assertEquals(0, CliRunner.run("torrent", "create", data.toString(), "-o", out.toString(), "--force").exitCode());
        assertEquals(5, Torrent.read(out).totalBytes());
    }

    @Test
    void createReadsThePieceLengthWithTheUnitsOfScenarioFiles() throws Exception {
        Path data = dir.resolve("units.bin");
        Files.write(data, new byte[100_000]);
        for (String given : new String[] {"32KiB", "32768", "32768B", "0.03125MiB"}) {
            Path out = dir.resolve("units-" + given + ".torrent");
            CliRunner create = CliRunner.run("torrent", "create", data.toString(), "-o", out.toString(),
                    "--piece-length", given, "--no-creation-date");
            assertEquals(0, create.exitCode(), given + ": " + create.err());
            assertEquals("32768", create.value("piece_length"), given);
        }
    }

    @Test
    void aPieceLengthThatIsNotASizeIsAUsageErrorNamingTheAllowedUnits() throws Exception {
        Path data = dir.resolve("a.txt");
        Files.writeString(data, "hello");
        Path out = dir.resolve("never.torrent");
        CliRunner r = CliRunner.run("torrent", "create", data.toString(), "-o", out.toString(), "--piece-length", "256KB/s");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("Invalid value for option '--piece-length': unknown byte size unit 'KB/s' "
                + "(given 256KB/s; allowed units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void createRejectsABadPieceLengthClearly() throws Exception {
        Path data = dir.resolve("a.txt");
        Files.writeString(data, "hello");
        CliRunner r = CliRunner.run("torrent", "create", data.toString(), "-o", dir.resolve("x.torrent").toString(),
                "--piece-length", "1000");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("piece length must be a power of two >= 16384"), r.err());
        assertTrue(Files.notExists(dir.resolve("x.torrent")));
    }

    @Test
    void inspectOfAMalformedTorrentSaysWhatAndWhere() throws Exception {
        Path bad = dir.resolve("bad.torrent");
        Files.writeString(bad, "d4:infod4:name1:x12:piece lengthi016384eee");
        CliRunner r = CliRunner.run("torrent", "inspect", bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is not a valid torrent: at byte 32: integer has a leading zero"), r.err());
        CliRunner missing = CliRunner.run("torrent", "inspect", dir.resolve("nope.torrent").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("cannot read"), missing.err());
    }

    @Test
    void createPrivateSetsTheFlagAndChangesTheInfoHash() throws Exception {
        Path data = dir.resolve("a.bin");
        Files.write(data, new byte[40_000]);
        Path open = dir.resolve("open.torrent");
        Path closed = dir.resolve("private.torrent");
        assertEquals(0, CliRunner.run("torrent", "create", data.toString(), "-o", open.toString(),
                "--no-creation-date").exitCode());
        CliRunner create = CliRunner.run("torrent", "create", data.toString(), "-o", closed.toString(),
                "--no-creation-date", "--private");
        assertEquals(0, create.exitCode(), create.err());
        assertEquals("true", create.value("private"));
        assertTrue(Torrent.read(closed).isPrivate());
        assertEquals("false", CliRunner.run("torrent", "inspect", open.toString()).value("private"));
        assertNotEquals(Torrent.read(open).infoHash(), Torrent.read(closed).infoHash());
    }

    @Test
    void magnetPrintsTheLinkThatInspectReadsBack() throws Exception {
        Path data = dir.resolve("my movie.bin");
        Files.write(data, new byte[70_000]);
        Path out = dir.resolve("movie.torrent");
        assertEquals(0, CliRunner.run("torrent", "create", data.toString(), "-o", out.toString(),
                "--announce", "http://t.example/announce", "--announce", "udp://u.example:80").exitCode());
        Torrent t = Torrent.read(out);
        CliRunner magnet = CliRunner.run("torrent", "magnet", out.toString());
        assertEquals(0, magnet.exitCode(), magnet.err());
        assertEquals("magnet:?xt=urn:btih:" + t.infoHash().hex() + "&dn=my%20movie.bin"
                + "&tr=http%3a%2f%2ft.example%2fannounce&tr=udp%3a%2f%2fu.example%3a80\n", magnet.out());
        assertEquals(MagnetLink.of(t).format(), magnet.out().trim());

        CliRunner inspect = CliRunner.run("torrent", "inspect", magnet.out().trim());
        assertEquals(0, inspect.exitCode(), inspect.err());
        assertEquals("name=my movie.bin\ntracker=http://t.example/announce\ntracker=udp://u.example:80\n"
                + "info_hash=" + t.infoHash().hex() + "\n", inspect.out());
        CliRunner bare = CliRunner.run("torrent", "inspect", "magnet:?xt=urn:btih:" + t.infoHash().hex());
        assertEquals("info_hash=" + t.infoHash().hex() + "\n", bare.out());
    }

    @Test
    void magnetOfAMissingOrMalformedTorrentIsOneLineAndExitCode2() throws Exception {
        CliRunner missing = CliRunner.run("torrent", "magnet", dir.resolve("nope.torrent").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("torrent magnet: cannot read "), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Path bad = dir.resolve("bad.torrent");
        Files.writeString(bad, "d4:infod4:name1:x12:piece lengthi016384eee");
        CliRunner malformed = CliRunner.run("torrent", "magnet", bad.toString());
        assertEquals(2, malformed.exitCode());
        assertEquals("torrent magnet: " + bad + " is not a valid torrent: at byte 32: integer has a leading zero\n",
                malformed.err());
        assertEquals("", malformed.out());
    }

    @Test
    void inspectOfAMalformedMagnetLinkSaysWhatIsWrong() {
        CliRunner r = CliRunner.run("torrent", "inspect", "magnet:?xt=urn:btih:abc&dn=x");
        assertEquals(2, r.exitCode());
        assertEquals("torrent inspect: not a valid magnet link: xt=urn:btih: info-hash must be 40 hex digits "
                + "or 32 base32 characters, got 3 characters\n", r.err());
        CliRunner files = CliRunner.run("torrent", "inspect", "--files", "magnet:?xt=urn:btih:" + "ab".repeat(20));
        assertEquals(2, files.exitCode());
        assertTrue(files.err().contains("a magnet link lists no files"), files.err());
    }

    @Test
    void createV2AndHybridPrintMetaVersionAndTheV2InfoHash() throws Exception {
        Path data = dir.resolve("album");
        Files.createDirectories(data);
        Files.write(data.resolve("a.bin"), new byte[50_000]);
        Files.write(data.resolve("b.txt"), new byte[10]);
        Path v2 = dir.resolve("v2.torrent");
        CliRunner create = CliRunner.run("torrent", "create", data.toString(), "-o", v2.toString(),
                "--piece-length", "16384", "--no-creation-date", "--v2");
        assertEquals(0, create.exitCode(), create.err());
        Torrent t = Torrent.read(v2);
        assertEquals("2", create.value("meta_version"));
        assertEquals(t.infoHashV2().orElseThrow().hex(), create.value("info_hash_v2"));
        assertEquals(null, create.value("info_hash"), create.out());
        assertTrue(create.value("info_hash_v2").matches("[0-9a-f]{64}"));
        CliRunner magnet = CliRunner.run("torrent", "magnet", v2.toString());
        assertEquals("magnet:?xt=urn:btmh:1220" + t.infoHashV2().orElseThrow().hex() + "&dn=album", magnet.out().trim());
        CliRunner link = CliRunner.run("torrent", "inspect", magnet.out().trim());
        assertEquals(0, link.exitCode(), link.err());
        assertEquals("name=album\ninfo_hash_v2=" + t.infoHashV2().orElseThrow().hex() + "\n", link.out());

        Path hybrid = dir.resolve("hybrid.torrent");
        CliRunner h = CliRunner.run("torrent", "create", data.toString(), "-o", hybrid.toString(),
                "--piece-length", "16384", "--no-creation-date", "--hybrid");
        assertEquals(0, h.exitCode(), h.err());
        Torrent ht = Torrent.read(hybrid);
        assertEquals("hybrid", h.value("meta_version"));
        assertEquals(ht.infoHashV1().orElseThrow().hex(), h.value("info_hash"));
        assertEquals(ht.infoHashV2().orElseThrow().hex(), h.value("info_hash_v2"));
        assertTrue(h.out().endsWith("info_hash=" + ht.infoHashV1().orElseThrow().hex() + "\nmeta_version=hybrid\n"
                + "info_hash_v2=" + ht.infoHashV2().orElseThrow().hex() + "\n"), h.out());

        CliRunner both = CliRunner.run("torrent", "create", data.toString(), "-o", dir.resolve("x.torrent").toString(),
                "--v2", "--hybrid");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("choose one of --v2 and --hybrid"), both.err());
    }
}
