package org.swarmsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code swarmsim torrent ...}: make and read real .torrent files and magnet links. */
@Command(name = "torrent",
        mixinStandardHelpOptions = true,
        description = "Create and inspect BitTorrent .torrent files (BEP 3) and magnet links (BEP 9).",
        subcommands = {TorrentCreateCommand.class, TorrentInspectCommand.class, TorrentMagnetCommand.class})
public final class TorrentCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
