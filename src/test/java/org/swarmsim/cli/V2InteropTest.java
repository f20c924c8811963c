package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.bittorrent.metainfo.MagnetLink;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.metainfo.TorrentFile;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * BitTorrent v2 and hybrid torrents (BEP 52) against libtorrent 2.0's Python binding
 * ({@code python3-libtorrent}): {@code torrent create --v2} must give the same v2 info-hash and
 * the same {@code pieces root} of every file as libtorrent's own {@code create_torrent} with
 * {@code v2_only}, and {@code torrent create --hybrid} torrents must load in libtorrent with both
 * info-hashes equal to ours (and equal to those of libtorrent's own hybrid torrent of the same
 * files). Skipped, with the reason, when no python3 can import a libtorrent that makes v2 torrents.
 */
class V2InteropTest {
    private static final int[] PIECE_LENGTHS = {16_384, 32_768, 65_536};
    /**
     * {@code create PATH PIECE_LENGTH v2|hybrid}: libtorrent makes the torrent; {@code load FILE}:
     * libtorrent reads ours. Either way prints v1=, v2=, magnet= and one file=PATH|ROOT line per
     * non-pad file (ROOT empty for an empty file).
     */
    private static final String LIBTORRENT_SCRIPT = String.join("\n",
            "import os, sys, libtorrent as lt",
            "if sys.argv[1] == 'create':",
            "    path, piece, kind = sys.argv[2], int(sys.argv[3]), sys.argv[4]",
            "    fs = lt.file_storage()",
            "    lt.add_files(fs, path)",
            "    flags = lt.create_torrent.v2_only if kind == 'v2' else 0",
            "    ct = lt.create_torrent(fs, piece, flags=flags)",
            "    lt.set_piece_hashes(ct, os.path.dirname(os.path.abspath(path)))",
            "    ti = lt.torrent_info(ct.generate())",
            "else:",
            "    ti = lt.torrent_info(sys.argv[2])",
            "h = ti.info_hashes()",
            "print('v1=' + (str(h.v1) if h.has_v1() else 'none'))",
            "print('v2=' + (str(h.v2) if h.has_v2() else 'none'))",
            "print('magnet=' + lt.make_magnet_uri(ti))",
            "fs = ti.files()",
            "for i in range(fs.num_files()):",
            "    if fs.file_flags(i) & lt.file_storage.flag_pad_file: continue",
            "    r = fs.root(i)",
            "    print('file=' + fs.file_path(i) + '|' + ('' if r.is_all_zeros() else str(r)))");

    private static String python;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPythonWithLibtorrent2() {
        python = ExternalTools.pythonThatRuns("import libtorrent as lt; lt.create_torrent.v2_only");
    }

    @BeforeEach
    void assumeLibtorrent() {
        Assumptions.assumeTrue(python != null, "no python3 can import a libtorrent >= 2.0 with "
                + "create_torrent.v2_only (Debian package 'python3-libtorrent'; .ci/run installs it)");
    }

    /** What libtorrent says about a torrent. */
    private record LibtorrentView(String output) {
        String value(String key) {
            return ExternalTools.value(output, key);
        }

        List<String> files() {
            return ExternalTools.values(output, "file");
        }
    }

    private static LibtorrentView libtorrent(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(python, "-c", LIBTORRENT_SCRIPT));
        cmd.addAll(List.of(args));
        ExternalTools.Result r = ExternalTools.exec(cmd);
        assertEquals(0, r.exitCode(), "libtorrent failed: " + r.output());
        return new LibtorrentView(r.output());
    }

    /**
     * A folder of files of different sizes: several pieces and not a multiple of 16 KiB, smaller
     * than a piece, exactly 64 KiB, empty, in a subfolder; and a single file.
     */
    private List<Path> generateContent() throws IOException {
        RandomStream random = new RandomStreams(2052L).stream("interop/v2-content");
        Path folder = dir.resolve("content/v2 album");
        Files.createDirectories(folder.resolve("disc 2"));
        Files.write(folder.resolve("big.bin"), bytes(random, 200_001));
        Files.write(folder.resolve("small.txt"), bytes(random, 5_000));
        Files.write(folder.resolve("exact.dat"), bytes(random, 65_536));
        Files.write(folder.resolve("disc 2/odd.flac"), bytes(random, 50_001));
        Files.write(folder.resolve("disc 2/empty"), new byte[0]);
        Files.write(folder.resolve("a.txt"), bytes(random, 17));
        Path single = dir.resolve("content/single.iso");
        Files.write(single, bytes(random, 123_457));
        return List.of(folder, single);
    }

    private static byte[] bytes(RandomStream random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Our files as libtorrent names them: PATH|ROOT, the path with the folder name in front. */
    private static List<String> files(Torrent t) {
        List<String> out = new ArrayList<>();
        for (TorrentFile f : t.files()) {
            if (!f.padding()) {
                out.add((t.isSingleFile() ? "" : t.name() + "/") + f.pathString() + "|"
                        + f.piecesRoot().map(r -> r.hex()).orElse(""));
            }
        }
        return out;
    }

    private Torrent create(Path content, int pieceLength, String flag, Path out) throws IOException {
        CliRunner create = CliRunner.run("torrent", "create", content.toString(), "-o", out.toString(),
                "--piece-length", Integer.toString(pieceLength), "--no-creation-date", flag);
        assertEquals(0, create.exitCode(), create.err());
        return Torrent.read(out);
    }

    @Test
    void ourV2TorrentsHaveLibtorrentsInfoHashAndPiecesRoots() throws IOException {
        int n = 0;
        for (Path content : generateContent()) {
            for (int pieceLength : PIECE_LENGTHS) {
                Path out = dir.resolve("v2-" + n++ + ".torrent");
                Torrent ours = create(content, pieceLength, "--v2", out);
                LibtorrentView theirs = libtorrent("create", content.toString(), Integer.toString(pieceLength), "v2");
                String where = content.getFileName() + " in pieces of " + pieceLength;
                assertEquals("none", theirs.value("v1"), where);
                assertEquals(theirs.value("v2"), ours.infoHashV2().orElseThrow().hex(), where);
                assertEquals(theirs.files(), files(ours), where);
                CliRunner inspect = CliRunner.run("torrent", "inspect", out.toString());
                assertEquals(theirs.value("v2"), inspect.value("info_hash_v2"), where);
                assertEquals("2", inspect.value("meta_version"), where);
                assertNull(inspect.value("info_hash"), inspect.out());
                // and libtorrent reads ours as we do
                LibtorrentView loaded = libtorrent("load", out.toString());
                assertEquals(theirs.value("v2"), loaded.value("v2"), where);
                assertEquals(theirs.files(), loaded.files(), where);
                assertEquals(loaded.value("magnet"), MagnetLink.of(ours).format(), where);
            }
        }
    }

    @Test
    void libtorrentLoadsOurHybridTorrentsWithBothOfOurInfoHashes() throws IOException {
        int n = 0;
        for (Path content : generateContent()) {
            for (int pieceLength : PIECE_LENGTHS) {
                Path out = dir.resolve("hybrid-" + n++ + ".torrent");
                Torrent ours = create(content, pieceLength, "--hybrid", out);
                String where = content.getFileName() + " in pieces of " + pieceLength;
                LibtorrentView loaded = libtorrent("load", out.toString());
                assertEquals(ours.infoHashV1().orElseThrow().hex(), loaded.value("v1"), where);
                assertEquals(ours.infoHashV2().orElseThrow().hex(), loaded.value("v2"), where);
                assertEquals(loaded.files(), files(ours), where);
                assertEquals(loaded.value("magnet"), MagnetLink.of(ours).format(), where);
                MagnetLink parsed = MagnetLink.parse(loaded.value("magnet"));
                assertEquals(ours.infoHashV1(), parsed.infoHashV1(), where);
                assertEquals(ours.infoHashV2(), parsed.infoHashV2(), where);
                CliRunner inspect = CliRunner.run("torrent", "inspect", out.toString());
                assertEquals(loaded.value("v1"), inspect.value("info_hash"), where);
                assertEquals(loaded.value("v2"), inspect.value("info_hash_v2"), where);
                assertEquals("hybrid", inspect.value("meta_version"), where);
                // the same pad files as libtorrent's own hybrid torrent: the same info dictionary
                LibtorrentView theirs = libtorrent("create", content.toString(), Integer.toString(pieceLength),
                        "hybrid");
                assertEquals(theirs.value("v1"), loaded.value("v1"), where);
                assertEquals(theirs.value("v2"), loaded.value("v2"), where);
                assertFalse(ours.files().isEmpty());
            }
        }
    }
}
