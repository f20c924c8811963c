package org.swarmsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code swarmsim torrent ...}: make and read real .torrent files. */
@Command(name = "torrent",
        mixinStandardHelpOptions = true,
        description = "Create and inspect BitTorrent .torrent files (BEP 3).",
        subcommands = {TorrentCreateCommand.class, TorrentInspectCommand.class})
public final class TorrentCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
