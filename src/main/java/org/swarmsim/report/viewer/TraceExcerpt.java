package org.swarmsim.report.viewer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swarmsim.report.JsonReader;

/**
 * The lines of a {@code trace.jsonl} that a viewer holds: the first {@code limit} lines, each
 * checked to be a JSON object with a numeric {@code t} and a {@code type}, and how many lines the
 * file has in all. Lines are kept as written (the page parses them again).
 *
 * @param lines      the kept lines, in file order
 * @param totalLines how many lines the file has (more than {@code lines.size()} when it was cut)
 * @param lastTime   the largest {@code t} among the kept lines (0 if none)
 */
record TraceExcerpt(List<String> lines, long totalLines, double lastTime) {
    /** Whether the file had more lines than the viewer holds. */
    boolean cut() {
        return totalLines > lines.size();
    }

    /**
     * Reads {@code file}, keeping at most {@code limit} lines.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not a trace line
     */
    static TraceExcerpt read(Path file, int limit) {
        List<String> kept = new ArrayList<>();
        long total = 0;
        double last = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                total++;
                if (kept.size() < limit) {
                    double t = check(file, total, line);
                    last = Math.max(last, t);
                    kept.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new TraceExcerpt(List.copyOf(kept), total, last);
    }

    private static double check(Path file, long lineNumber, String line) {
        Map<String, Object> object;
        try {
            object = JsonReader.parseObject(file + " line " + lineNumber, line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + lineNumber + ": not a trace line (a JSON object): "
                    + e.getMessage(), e);
        }
        if (!(object.get("t") instanceof Number t) || !(object.get("type") instanceof String)) {
            throw new IllegalArgumentException(file + " line " + lineNumber
                    + ": a trace line needs a number \"t\" and a string \"type\"");
        }
        return t.doubleValue();
    }
}
