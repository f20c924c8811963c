package org.swarmsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmsim.bittorrent.metainfo.MetaVersion;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.bittorrent.metainfo.TorrentCreator;
import org.swarmsim.metrics.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code swarmsim torrent create PATH -o OUT.torrent}: hash a file or folder into a .torrent file. */
@Command(name = "create",
        mixinStandardHelpOptions = true,
        description = "Make a .torrent of a file or a folder (multi-file), hashing every piece.")
public final class TorrentCreateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "File or folder to share.")
    Path path;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.torrent",
            description = "Where to write the torrent: a file name, not a folder (never overwritten unless --force).")
    Path output;

    @Option(names = "--piece-length", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "Piece length, a power of two >= 16KiB, such as 256KiB or 262144 (bytes); "
                    + "default: chosen for about 2000 pieces.")
    long pieceLengthBytes;

    @Option(names = {"-a", "--announce"}, paramLabel = "URL",
            description = "Tracker URL; repeat for more (each becomes an announce-list tier).")
    List<String> announceUrls = new ArrayList<>();

    @Option(names = {"-c", "--comment"}, description = "Comment to store in the torrent.")
    String comment;

    @Option(names = {"-p", "--private"}, description = "Set the private flag (BEP 27).")
    boolean privateFlag;

    @Option(names = "--creation-date", paramLabel = "SECONDS",
            description = "Creation date in Unix seconds (default: now).")
    Long creationDateSeconds;

    @Option(names = "--no-creation-date", description = "Leave the creation date out (reproducible files).")
    boolean noCreationDate;

    @Option(names = "--force", description = "Overwrite OUT.torrent if it exists.")
    boolean force;

    @Option(names = "--v2", description = "Make a BitTorrent v2 torrent (BEP 52: per-file SHA-256 "
            + "merkle trees; no v1 info-hash).")
    boolean v2;

    @Option(names = "--hybrid", description = "Make a hybrid v1 + v2 torrent (BEP 52), with pad files "
            + "aligning the v1 pieces to files, as libtorrent does.")
    boolean hybrid;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (!Files.exists(path)) {
                return fail(err, "no such file or folder: " + path);
            }
            if (Files.isDirectory(output)) {
                return fail(err, "-o " + output + " is a folder; give the torrent's file name, such as "
                        + output.resolve(path.getFileName() + ".torrent"));
            }
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
                return fail(err, output + " already exists; use --force to overwrite it");
            }
            if (v2 && hybrid) {
                return fail(err, "choose one of --v2 and --hybrid (a hybrid torrent is already v2)");
            }
            MetaVersion metaVersion = v2 ? MetaVersion.V2 : hybrid ? MetaVersion.HYBRID : MetaVersion.V1;
            Long date = noCreationDate ? null
                    : creationDateSeconds != null ? creationDateSeconds : System.currentTimeMillis() / 1000;
            String version = new VersionProvider().getVersion()[0];
            if (pieceLengthBytes < 0 || pieceLengthBytes > 1L << 30) {
                return fail(err, "piece length must be a power of two from 16KiB to 1GiB, got " + pieceLengthBytes);
            }
            TorrentCreator.Options options = new TorrentCreator.Options((int) pieceLengthBytes, announceUrls, comment,
                    version, date, privateFlag, metaVersion);
            Torrent t = TorrentCreator.fromPath(path, options);
            write(t);
            out.println("wrote " + output);
            TorrentInspectCommand.print(t, out);
            out.flush();
            return 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
    }

    /**
     * Writes the torrent into a hidden temporary file next to {@code output} and renames it into
     * place, so that no half-written torrent ever appears; an existing file is replaced only with
     * {@code --force}.
     */
    private void write(Torrent t) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (!force) {
            AtomicFiles.write(output, t.toBytes());
            return;
        }
        Path tmp = Files.createTempFile(parent, "." + output.getFileName() + ".", ".tmp");
        try {
            t.write(tmp);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Bad input or an I/O error: one line and exit code 2, as every command does. */
    private static int fail(PrintWriter err, String message) {
        err.println("torrent create: " + message);
        err.flush();
        return 2;
    }
}
