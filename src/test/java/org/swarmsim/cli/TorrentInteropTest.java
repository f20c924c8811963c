package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/**
 * Proof against software nobody here wrote: Debian's {@code mktorrent} and libtorrent's Python
 * binding ({@code python3-libtorrent}). Torrents made by mktorrent must be read by
 * {@code swarmsim torrent inspect} exactly as libtorrent reads them; torrents made by
 * {@code swarmsim torrent create} must load in libtorrent with the same info-hash, and equal
 * mktorrent's for the same content and piece length. Skipped, with the reason, only when the
 * tools are not installed ({@code .ci/run} installs them).
 */
class TorrentInteropTest {
    private static final int[] PIECE_LENGTH_EXPONENTS = {15, 16, 18};
    private static final String ANNOUNCE = "http://tracker.example:6969/announce";
    private static final String LIBTORRENT_SCRIPT = String.join("\n",
            "import sys, libtorrent as lt",
            "for path in sys.argv[1:]:",
            "    ti = lt.torrent_info(path)",
            "    h = ti.info_hashes().v1 if hasattr(ti, 'info_hashes') else ti.info_hash()",
            "    print(path, str(h), ti.num_pieces(), ti.total_size(), ti.piece_length(), ti.num_files())");

    private static String python;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPythonWithLibtorrent() {
        python = ExternalTools.pythonThatRuns("import libtorrent");
    }

    private static boolean mktorrentAvailable() {
        try {
            return ExternalTools.exec(List.of("mktorrent", "-h"), null).output().contains("mktorrent");
        } catch (IOException e) {
            return false;
        }
    }

    private void assumeTools() {
        Assumptions.assumeTrue(mktorrentAvailable(),
                "mktorrent is not installed (Debian package 'mktorrent'; .ci/run installs it)");
        Assumptions.assumeTrue(python != null,
                "no python3 can import libtorrent (Debian package 'python3-libtorrent'; .ci/run installs it)");
    }

    /** What libtorrent says about a torrent. */
    private record LibtorrentView(String infoHash, int pieces, long totalBytes, int pieceLength, int files) {
    }

    private static Map<Path, LibtorrentView> libtorrent(List<Path> torrents) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(python, "-c", LIBTORRENT_SCRIPT));
        torrents.forEach(t -> cmd.add(t.toString()));
        ExternalTools.Result r = ExternalTools.exec(cmd, null);
        assertEquals(0, r.exitCode(), "libtorrent failed: " + r.output());
        Map<Path, LibtorrentView> views = new LinkedHashMap<>();
        for (String line : r.output().split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 6 && f[1].matches("[0-9a-f]{40}")) {
                views.put(Path.of(f[0]), new LibtorrentView(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5])));
            }
        }
        assertEquals(torrents.size(), views.size(), "libtorrent output: " + r.output());
        return views;
    }

    /** A single file and a folder of files (including a subfolder and an empty file). */
    private List<Path> generateContent() throws IOException {
        RandomStream random = new RandomStreams(2026L).stream("interop/content");
        Path single = dir.resolve("content/single.bin");
        Files.createDirectories(single.getParent());
        Files.write(single, bytes(random, 1_234_567));
        Path folder = dir.resolve("content/album");
        Files.createDirectories(folder.resolve("disc 2"));
        Files.write(folder.resolve("01 intro.flac"), bytes(random, 300_001));
        Files.write(folder.resolve("Cover.jpg"), bytes(random, 65_536));
        Files.write(folder.resolve("disc 2/02 outro.flac"), bytes(random, 777_777));
        Files.write(folder.resolve("disc 2/empty.txt"), new byte[0]);
        Files.write(folder.resolve("notes.txt"), bytes(random, 17));
        return List.of(single, folder);
    }

    private static byte[] bytes(RandomStream random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Test
    void inspectReadsMktorrentFilesExactlyAsLibtorrentDoes() throws IOException {
        assumeTools();
        List<Path> torrents = new ArrayList<>();
        for (Path content : generateContent()) {
            for (int exponent : PIECE_LENGTH_EXPONENTS) {
                Path out = dir.resolve("mk-" + content.getFileName() + "-" + exponent + ".torrent");
                ExternalTools.Result r = ExternalTools.exec(List.of("mktorrent", "-l", Integer.toString(exponent), "-a", ANNOUNCE,
                        "-c", "made by mktorrent", "-o", out.toString(), content.toString()), null);
                assertEquals(0, r.exitCode(), "mktorrent failed: " + r.output());
                torrents.add(out);
            }
        }
        Map<Path, LibtorrentView> views = libtorrent(torrents);
        for (Path t : torrents) {
            LibtorrentView lt = views.get(t);
            CliRunner inspect = CliRunner.run("torrent", "inspect", t.toString());
            assertEquals(0, inspect.exitCode(), inspect.err());
            assertEquals(lt.infoHash(), inspect.value("info_hash"), t.toString());
            assertEquals(Integer.toString(lt.pieces()), inspect.value("pieces"), t.toString());
            assertEquals(Long.toString(lt.totalBytes()), inspect.value("total_bytes"), t.toString());
            assertEquals(Integer.toString(lt.pieceLength()), inspect.value("piece_length"), t.toString());
            assertTrue(inspect.value("files").startsWith(lt.files() + " "), inspect.out());
            assertEquals(ANNOUNCE, inspect.value("announce"));
        }
    }

    @Test
    void libtorrentLoadsSwarmsimTorrentsWithTheSameInfoHashAsMktorrents() throws IOException {
        assumeTools();
        List<Path> ours = new ArrayList<>();
        List<Path> theirs = new ArrayList<>();
        for (Path content : generateContent()) {
            for (int exponent : PIECE_LENGTH_EXPONENTS) {
                String stem = content.getFileName() + "-" + exponent;
                Path out = dir.resolve("ss-" + stem + ".torrent");
                CliRunner create = CliRunner.run("torrent", "create", content.toString(), "-o", out.toString(),
                        "--piece-length", Integer.toString(1 << exponent), "--announce", ANNOUNCE);
                assertEquals(0, create.exitCode(), create.err());
                ours.add(out);
                Path mk = dir.resolve("mk-" + stem + ".torrent");
                ExternalTools.Result r = ExternalTools.exec(List.of("mktorrent", "-d", "-l", Integer.toString(exponent), "-a", ANNOUNCE,
                        "-o", mk.toString(), content.toString()), null);
                assertEquals(0, r.exitCode(), "mktorrent failed: " + r.output());
                theirs.add(mk);
            }
        }
        Map<Path, LibtorrentView> oursSeen = libtorrent(ours);
        Map<Path, LibtorrentView> theirsSeen = libtorrent(theirs);
        for (int i = 0; i < ours.size(); i++) {
            CliRunner inspect = CliRunner.run("torrent", "inspect", ours.get(i).toString());
            LibtorrentView lt = oursSeen.get(ours.get(i));
            assertEquals(lt.infoHash(), inspect.value("info_hash"), ours.get(i).toString());
            assertEquals(Integer.toString(lt.pieces()), inspect.value("pieces"));
            assertEquals(Long.toString(lt.totalBytes()), inspect.value("total_bytes"));
            // same content and piece length: the same info dictionary, byte for byte
            assertEquals(theirsSeen.get(theirs.get(i)).infoHash(), lt.infoHash(), ours.get(i).toString());
        }
    }

    @Test
    void libtorrentAcceptsSyntheticSimulationTorrents() throws IOException {
        assumeTools();
        List<Path> files = new ArrayList<>();
        List<Torrent> torrents = List.of(
                Torrent.synthetic("flash-crowd.bin", 400L * 262_144 - 12_345, 262_144, List.of(ANNOUNCE)),
                Torrent.synthetic("large.iso", 100_000L * 16_384, 16_384));
        for (Torrent t : torrents) {
            Path out = dir.resolve(t.name() + ".torrent");
            t.write(out);
            files.add(out);
        }
        Map<Path, LibtorrentView> seen = libtorrent(files);
        for (int i = 0; i < torrents.size(); i++) {
            LibtorrentView lt = seen.get(files.get(i));
            assertEquals(torrents.get(i).infoHash().hex(), lt.infoHash());
            assertEquals(torrents.get(i).pieceCount(), lt.pieces());
            assertEquals(torrents.get(i).totalBytes(), lt.totalBytes());
            assertEquals(torrents.get(i).pieceLengthBytes(), lt.pieceLength());
        }
    }
}
