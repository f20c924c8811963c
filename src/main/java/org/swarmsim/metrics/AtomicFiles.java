package org.swarmsim.metrics;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees a half-written file and an existing file is never
 * replaced: the content goes to a hidden temporary file in the same directory, which is then
 * renamed into place with {@link StandardCopyOption#ATOMIC_MOVE}. If anything fails the temporary
 * file is deleted and the target does not appear.
 *
 * <p>The existence check before the rename is not atomic with it; results directories are fresh
 * and owned by one run, so no other writer races on the same name.
 */
public final class AtomicFiles {
    /** Binary content written to a stream; the stream is buffered and closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Text content written to a UTF-8 writer; the writer is buffered and closed by the caller. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to a new file {@code target}. */
    public static Path write(Path target, byte[] bytes) {
        return write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8 to a new file {@code target}. */
    public static Path write(Path target, String text) {
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes UTF-8 text produced by {@code content} to a new file {@code target}. */
    public static Path writeText(Path target, TextContent content) {
        return write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes the bytes produced by {@code content} to a new file {@code target}.
     *
     * @throws UncheckedIOException wrapping {@link FileAlreadyExistsException} if {@code target}
     *     exists, or any I/O error; in every failure case no temporary file is left behind
     */
    public static Path write(Path target, Content content) {
        Path temp = createTempSibling(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Creates an empty hidden temporary file {@code .<name>.<k>.tmp} next to {@code target} (same
     * directory, so the final rename is atomic), with the first free k. It is created like any new
     * file, so it gets the usual permissions (umask) rather than a private temp file's 0600.
     * Fails early if {@code target} already exists.
     */
    public static Path createTempSibling(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        refuseExisting(absolute);
        String prefix = "." + absolute.getFileName() + ".";
        for (int k = 0; ; k++) {
            Path temp = dir.resolve(prefix + k + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                if (k >= 10_000) {
                    throw new UncheckedIOException("too many leftover temporary files " + prefix + "*.tmp in " + dir, taken);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file for " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Renames a finished temporary file onto {@code target} atomically, refusing to replace an
     * existing file. On failure the temporary file is deleted.
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            refuseExisting(target.toAbsolutePath());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, replacing it atomically if it exists: only
     * for a file this program derives again from results it owns (a label it completes).
     */
    public static Path replace(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path temp;
        try {
            temp = absolute.resolveSibling("." + absolute.getFileName() + ".replace.tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for " + target + ": " + e.getMessage(), e);
        }
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes {@code path} if it exists, ignoring errors (used only to clean up temporary files). */
    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the original failure is more useful to the caller
        }
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UncheckedIOException("refusing to overwrite existing file " + target
                    + " (results are never replaced; write to a new run directory)",
                    new FileAlreadyExistsException(target.toString()));
        }
    }
}
