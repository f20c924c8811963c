package org.swarmsim.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of one sweep, claimed before anything is written into it. A sweep may write only
 * into a folder that is absent (created, with its parents), empty, or its own: one whose
 * {@code sweep.yaml} holds the same resolved scenario, which is how an interrupted sweep resumes.
 * Anything else (a run folder, a sweep of another scenario, a file, any folder with files but no
 * {@code sweep.yaml}) is refused with an {@link IllegalArgumentException} naming the folder and
 * why, before anything in it is touched.
 *
 * <pre>{@code
 * SweepDirectory dir = SweepDirectory.claim(Path.of("results/flash-crowd/sweep"), scenario.toYaml());
 * if (dir.resumed()) { ... skip finished replications ... }
 * }</pre>
 */
public final class SweepDirectory {
    /** The file that marks a sweep folder and holds its resolved base scenario. */
    public static final String MARKER = "sweep.yaml";

    private final Path path;
    private final boolean resumed;

    private SweepDirectory(Path path, boolean resumed) {
        this.path = path;
        this.resumed = resumed;
    }

    /**
     * Claims {@code dir} for the sweep of {@code resolvedYaml}: creates it if absent, writes
     * {@code sweep.yaml} into it if it is empty, accepts it unchanged if its {@code sweep.yaml}
     * equals {@code resolvedYaml}, and refuses it otherwise without touching anything.
     *
     * @throws IllegalArgumentException if the folder belongs to something else
     * @throws UncheckedIOException if it cannot be read or created
     */
    public static SweepDirectory claim(Path dir, String resolvedYaml) {
        try {
            if (!Files.exists(dir)) {
                Path parent = dir.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    throw refused(dir, "was created by someone else meanwhile");
                }
                AtomicFiles.write(dir.resolve(MARKER), resolvedYaml);
                return new SweepDirectory(dir, false);
            }
            if (!Files.isDirectory(dir)) {
                throw refused(dir, "exists and is not a folder");
            }
            Path marker = dir.resolve(MARKER);
            if (Files.isRegularFile(marker)) {
                if (!Files.readString(marker, StandardCharsets.UTF_8).equals(resolvedYaml)) {
                    throw refused(dir, "holds a sweep of a different scenario (its " + MARKER + " differs)");
                }
                return new SweepDirectory(dir, true);
            }
            if (!isEmpty(dir)) {
                throw refused(dir, "is not empty and is not a sweep folder (it has no " + MARKER + ")");
            }
            AtomicFiles.write(marker, resolvedYaml);
            return new SweepDirectory(dir, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use sweep folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** True if the folder already held this sweep (finished replications are kept). */
    public boolean resumed() {
        return resumed;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static IllegalArgumentException refused(Path dir, String why) {
        return new IllegalArgumentException("sweep folder " + dir + " " + why + "; nothing was written: a sweep "
                + "writes only into a new or empty folder or resumes its own, so give another --out");
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
