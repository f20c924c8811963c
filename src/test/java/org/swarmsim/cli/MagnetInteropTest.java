package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Magnet links and private torrents against libtorrent's Python binding
 * ({@code python3-libtorrent}): libtorrent reads the links {@code swarmsim torrent magnet} prints,
 * {@link MagnetLink#parse} reads the links libtorrent writes, and libtorrent sees the private flag
 * of {@code swarmsim torrent create --private}. Skipped, with the reason, when no python3 can
 * import libtorrent.
 */
class MagnetInteropTest {
    private static final List<String> TRACKERS = List.of("http://tracker.example:6969/announce?key=a b&x=1",
            "udp://udp.example:80", "https://t.example/ann");
    /** Prints key=value lines: info_hash, name, private, then one tracker line per tracker. */
    private static final String LIBTORRENT_SCRIPT = String.join("\n",
            "import sys, libtorrent as lt",
            "def v1(x): return str(x.info_hashes().v1 if hasattr(x, 'info_hashes') else x.info_hash())",
            "mode, arg = sys.argv[1], sys.argv[2]",
            "if mode == 'parse':",
            "    p = lt.parse_magnet_uri(arg)",
            "    print('info_hash=' + str(p.info_hashes.v1 if hasattr(p, 'info_hashes') else p.info_hash))",
            "    print('name=' + p.name)",
            "    for t in p.trackers: print('tracker=' + t)",
            "else:",
            "    ti = lt.torrent_info(arg)",
            "    print('info_hash=' + v1(ti))",
            "    print('private=' + str(ti.priv()).lower())",
            "    print('magnet=' + lt.make_magnet_uri(ti))",
            "    for t in ti.trackers(): print('tracker=' + t.url)");

    private static String python;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPythonWithLibtorrent() {
        python = ExternalTools.pythonThatRuns("import libtorrent");
    }

    @BeforeEach
    void assumeLibtorrent() {
        Assumptions.assumeTrue(python != null,
                "no python3 can import libtorrent (Debian package 'python3-libtorrent'; .ci/run installs it)");
    }

    /** What libtorrent says, as key=value lines (tracker repeated). */
    private record LibtorrentView(String output) {
        String value(String key) {
            return ExternalTools.value(output, key);
        }

        List<String> trackers() {
            return ExternalTools.values(output, "tracker");
        }
    }

    private static LibtorrentView libtorrent(String mode, String arg) throws IOException {
        ExternalTools.Result r = ExternalTools.exec(List.of(python, "-c", LIBTORRENT_SCRIPT, mode, arg));
        assertEquals(0, r.exitCode(), "libtorrent failed: " + r.output());
        return new LibtorrentView(r.output());
    }

    /** Single-file and multi-file torrents with awkward names, made by {@code torrent create}. */
    private List<Path> createTorrents(String... extraArgs) throws IOException {
        Path single = dir.resolve("content/Ünïcode file (1) & co.bin");
        Files.createDirectories(single.getParent());
        Files.write(single, new byte[123_457]);
        Path folder = dir.resolve("content/album #2");
        Files.createDirectories(folder.resolve("disc 2"));
        Files.write(folder.resolve("a.flac"), new byte[70_001]);
        Files.write(folder.resolve("disc 2/b.flac"), new byte[3]);
        List<Path> out = new ArrayList<>();
        int i = 0;
        for (Path content : List.of(single, folder)) {
            Path torrent = dir.resolve("t" + i++ + ".torrent");
            List<String> args = new ArrayList<>(List.of("torrent", "create", content.toString(), "-o",
                    torrent.toString()));
            for (String tr : TRACKERS) {
                args.add("--announce");
                args.add(tr);
            }
            args.addAll(List.of(extraArgs));
            CliRunner create = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, create.exitCode(), create.err());
            out.add(torrent);
        }
        return out;
    }

    @Test
    void libtorrentReadsOurMagnetLinksToTheSameInfoHashNameAndTrackers() throws IOException {
        for (Path torrent : createTorrents()) {
            Torrent t = Torrent.read(torrent);
            CliRunner magnet = CliRunner.run("torrent", "magnet", torrent.toString());
            assertEquals(0, magnet.exitCode(), magnet.err());
            LibtorrentView lt = libtorrent("parse", magnet.out().trim());
            assertEquals(t.infoHash().hex(), lt.value("info_hash"), magnet.out());
            assertEquals(t.name(), lt.value("name"), magnet.out());
            assertEquals(TRACKERS, lt.trackers(), magnet.out());
        }
    }

    @Test
    void weReadLibtorrentsMagnetLinksToTheSameInfoHashNameAndTrackers() throws IOException {
        for (Path torrent : createTorrents()) {
            Torrent t = Torrent.read(torrent);
            LibtorrentView lt = libtorrent("torrent", torrent.toString());
            MagnetLink link = MagnetLink.parse(lt.value("magnet"));
            assertEquals(t.infoHash(), link.infoHash(), lt.output());
            assertEquals(lt.value("info_hash"), link.infoHash().hex());
            assertEquals("false", lt.value("private"));
            assertEquals(t.name(), link.displayName().orElseThrow());
            assertEquals(TRACKERS, link.trackers(), lt.output());
            assertEquals(lt.trackers(), link.trackers());
            // libtorrent writes exactly the canonical link
            assertEquals(lt.value("magnet"), MagnetLink.of(t).format());
        }
    }

    @Test
    void libtorrentSeesThePrivateFlagAndOurInfoHash() throws IOException {
        for (Path torrent : createTorrents("--private")) {
            Torrent t = Torrent.read(torrent);
            LibtorrentView lt = libtorrent("torrent", torrent.toString());
            assertEquals("true", lt.value("private"), lt.output());
            assertEquals(t.infoHash().hex(), lt.value("info_hash"));
            assertTrue(t.isPrivate());
        }
    }
}
