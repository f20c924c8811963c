package org.swarmsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.metainfo.BencodeException;
import org.swarmsim.bittorrent.metainfo.MagnetLink;
import org.swarmsim.bittorrent.metainfo.MetaVersion;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.metainfo.TorrentFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim torrent inspect FILE.torrent}: prints a torrent's fields as {@code key=value}
 * lines (name, total_bytes, piece_length, pieces, files, announce, private, info_hash), and for
 * BEP 52 torrents meta_version (2 or hybrid) and info_hash_v2 (a v2-only torrent has no
 * info_hash). Given a magnet link instead, prints what the link holds: name (if dn), one tracker
 * line per tr, info_hash (if urn:btih), info_hash_v2 (if urn:btmh).
 */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Print a .torrent file's name, size, pieces, trackers and info-hash, "
                + "or what a magnet link holds.")
public final class TorrentInspectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.torrent|MAGNET",
            description = "The torrent to read, or a magnet:? link (quote it in the shell).")
    String source;

    @Option(names = "--files", description = "Also list every file with its length.")
    boolean listFiles;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (source.regionMatches(true, 0, "magnet:", 0, "magnet:".length())) {
            return inspectMagnet(out, err);
        }
        Path file;
        try {
            file = Path.of(source);
        } catch (InvalidPathException e) {
            err.println("torrent inspect: " + source + " is neither a magnet link nor a file name: "
                    + e.getMessage());
            return 2;
        }
        Torrent t;
        try {
            t = Torrent.read(file);
        } catch (BencodeException e) {
            err.println("torrent inspect: " + file + " is not a valid torrent: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("torrent inspect: cannot read " + file + ": " + e);
            return 2;
        }
        print(t, out);
        if (listFiles) {
            for (TorrentFile f : t.files()) {
                out.println("file=" + f.lengthBytes() + " " + f.pathString());
            }
        }
        out.flush();
        return 0;
    }

    private int inspectMagnet(PrintWriter out, PrintWriter err) {
        if (listFiles) {
            err.println("torrent inspect: --files needs a .torrent file: a magnet link lists no files");
            return 2;
        }
        MagnetLink link;
        try {
            link = MagnetLink.parse(source);
        } catch (IllegalArgumentException e) {
            err.println("torrent inspect: not a valid magnet link: " + e.getMessage());
            return 2;
        }
        link.displayName().ifPresent(n -> out.println("name=" + n));
        for (String url : link.trackers()) {
            out.println("tracker=" + url);
        }
        link.infoHashV1().ifPresent(h -> out.println("info_hash=" + h.hex()));
        link.infoHashV2().ifPresent(h -> out.println("info_hash_v2=" + h.hex()));
        out.flush();
        return 0;
    }

    static void print(Torrent t, PrintWriter out) {
        out.println("name=" + t.name());
        out.println("total_bytes=" + t.totalBytes());
        out.println("piece_length=" + t.pieceLengthBytes());
        out.println("pieces=" + t.pieceCount());
        out.println("files=" + t.files().size() + (t.isSingleFile() ? " (single-file)" : " (multi-file)"));
        for (String url : t.announceUrls()) {
            out.println("announce=" + url);
        }
        out.println("private=" + t.isPrivate());
        t.infoHashV1().ifPresent(h -> out.println("info_hash=" + h.hex()));
        if (t.version() != MetaVersion.V1) {
            out.println("meta_version=" + t.version().label());
            out.println("info_hash_v2=" + t.infoHashV2().orElseThrow().hex());
        }
    }
}
