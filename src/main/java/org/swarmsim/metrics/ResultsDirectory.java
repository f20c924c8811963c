package org.swarmsim.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh directory that receives the files of exactly one run. Either
 * {@code <results>/<scenario>/run-NNN} with the next number after the highest existing one
 * ({@link #createRun}), or a directory the user names with {@code --out} ({@link #createAt}).
 * The directory is claimed with {@link Files#createDirectory}, which fails if the name exists, so
 * two runs can never share a directory and an earlier run is never overwritten. Run ids carry no
 * timestamp: the same sequence of runs gives the same names.
 */
public final class ResultsDirectory {
    /** Prefix of generated run ids: {@code run-001}, {@code run-002}, ... */
    public static final String RUN_PREFIX = "run-";

    private static final Pattern RUN_ID = Pattern.compile("run-(\\d{1,9})");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path path;
    private final boolean created;

    private ResultsDirectory(Path path, boolean created) {
        this.path = path;
        this.created = created;
    }

    /**
     * Creates {@code resultsRoot/scenarioName/run-NNN}, where NNN is one more than the highest
     * existing run number (starting at 001), retrying with the next number if another process
     * claims the name first.
     *
     * @param scenarioName letters, digits, '.', '_' and '-', starting with a letter or digit
     */
    public static ResultsDirectory createRun(Path resultsRoot, String scenarioName) {
        requireSafeName("scenario name", scenarioName);
        Path scenarioDir = resultsRoot.resolve(scenarioName);
        try {
            Files.createDirectories(scenarioDir);
            int next = highestRunNumber(scenarioDir) + 1;
            while (true) {
                Path candidate = scenarioDir.resolve(runId(next));
                try {
                    Files.createDirectory(candidate);
                    return new ResultsDirectory(candidate, true);
                } catch (FileAlreadyExistsException taken) {
                    next++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory under " + scenarioDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Uses {@code outDir} (the {@code --out} option): created if missing (with its parents),
     * accepted if it exists and is empty, refused if it exists and holds anything or is not a
     * directory.
     */
    public static ResultsDirectory createAt(Path outDir) {
        try {
            if (Files.exists(outDir)) {
                if (!Files.isDirectory(outDir)) {
                    throw new IllegalArgumentException("--out " + outDir + " exists and is not a directory; give a new or empty directory");
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir)) {
                    if (entries.iterator().hasNext()) {
                        throw new IllegalArgumentException("--out " + outDir
                                + " is not empty; results are never overwritten, give a new or empty directory");
                    }
                }
                return new ResultsDirectory(outDir, false);
            }
            Path parent = outDir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(outDir);
            return new ResultsDirectory(outDir, true);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("--out " + outDir + " was created by someone else meanwhile; give a new directory", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create --out directory " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * An existing directory this program wrote before and now continues (a resumed
     * reproduction); the caller has checked that it is its own.
     */
    public static ResultsDirectory reopen(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        return new ResultsDirectory(dir, false);
    }

    /** The run id for a counter value: {@code run-001} for 1; more digits once past 999. */
    public static String runId(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("run numbers start at 1, got " + number);
        }
        return String.format(java.util.Locale.ROOT, "%s%03d", RUN_PREFIX, number);
    }

    /**
     * After a run that failed before writing anything: removes the directory if this run created
     * it and it is still empty (so a failed run leaves no empty {@code run-NNN} behind); a
     * directory the user gave, or one holding anything, stays.
     */
    public void deleteIfEmpty() {
        if (!created) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            if (entries.iterator().hasNext()) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left in place: it is empty, and the next run takes the next number
        }
    }

    /**
     * After a run that failed part way (out of memory): deletes everything the run wrote into the
     * directory, then the directory itself if this run created it; a directory the user gave
     * ({@code --out}, existing and empty before) keeps only a {@code FAILED} note saying why. So no
     * half-written table is ever left behind.
     *
     * @return what became of the directory, for the message: {@code results/x/run-003 removed}
     */
    public String discard(String why) {
        try {
            if (Files.exists(path)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        if (!p.equals(path)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            if (created) {
                Files.deleteIfExists(path);
                return path + " removed";
            }
            AtomicFiles.write(path.resolve(FAILED_FILE), why + "\n");
            return path + " holds only a " + FAILED_FILE + " note";
        } catch (IOException | UncheckedIOException e) {
            return path + " could not be cleaned up (" + e.getMessage() + "); delete it";
        }
    }

    /** The note a failed run leaves in a directory it did not create. */
    public static final String FAILED_FILE = "FAILED";

    /** The directory itself. */
    public Path path() {
        return path;
    }

    /** The last path element: {@code run-003}, or the name given with {@code --out}. */
    public String runId() {
        return path.getFileName().toString();
    }

    /**
     * The path of a file directly inside this directory.
     *
     * @param fileName a plain file name (letters, digits, '.', '_', '-'); no separators, no "..".
     */
    public Path resolve(String fileName) {
        requireSafeName("file name", fileName);
        return path.resolve(fileName);
    }

    /** Writes a new UTF-8 text file atomically; fails if it exists. */
    public Path write(String fileName, String text) {
        return AtomicFiles.write(resolve(fileName), text);
    }

    /** Writes a new binary file atomically; fails if it exists. */
    public Path write(String fileName, byte[] bytes) {
        return AtomicFiles.write(resolve(fileName), bytes);
    }

    /** Writes a new file from a stream callback atomically; fails if it exists. */
    public Path write(String fileName, AtomicFiles.Content content) {
        return AtomicFiles.write(resolve(fileName), content);
    }

    /** Opens the streaming {@code trace.jsonl} writer for this run. */
    public TraceWriter openTrace() {
        return TraceWriter.open(resolve(RunOutput.TRACE_FILE));
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private static int highestRunNumber(Path scenarioDir) throws IOException {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(scenarioDir)) {
            for (Path entry : entries) {
                Matcher m = RUN_ID.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return highest;
    }

    static void requireSafeName(String what, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException(what + " '" + name
                    + "' is not allowed: use letters, digits, '.', '_' and '-', starting with a letter or digit, no '..'");
        }
    }
}
