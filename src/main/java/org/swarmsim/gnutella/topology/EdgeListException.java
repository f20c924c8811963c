package org.swarmsim.gnutella.topology;

import java.nio.file.Path;

/**
 * An edge-list file that cannot be read as one: the message names the file, the 1-based line and
 * what was expected there ({@code topologies/x.txt:17: expected two non-negative integer node ids
 * "u v", found "12 abc"}). Problems with the whole file (it has no edges) have line 0 and no line
 * number in the message.
 */
public final class EdgeListException extends IllegalArgumentException {
    private final transient Path file;
    private final int line;

    /** A problem at {@code line} of {@code file} (0: the whole file), said as what was expected and found. */
    public EdgeListException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file, as it was given to the reader. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 if it concerns the whole file. */
    public int line() {
        return line;
    }
}
