package org.swarmsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.metainfo.MagnetLink;
import org.swarmsim.bittorrent.metainfo.Torrent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code swarmsim torrent magnet FILE.torrent}: prints the torrent's magnet link (BEP 9). */
@Command(name = "magnet",
        mixinStandardHelpOptions = true,
        description = "Print a .torrent file's magnet link (info-hash, name and trackers).")
public final class TorrentMagnetCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.torrent", description = "The torrent to read.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Torrent t;
        try {
            t = Torrent.read(file);
        } catch (IllegalArgumentException e) {
            err.println("torrent magnet: " + file + " is not a valid torrent: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("torrent magnet: cannot read " + file + ": " + e);
            return 2;
        }
        out.println(MagnetLink.of(t).format());
        out.flush();
        return 0;
    }
}
