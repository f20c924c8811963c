package org.swarmsim.metrics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams {@code trace.jsonl}: one JSON object per message,
 * {@code {"t":12.5,"from":"3","to":"7","type":"piece","size":16397}}, where {@code t} is the
 * exact simulated time in seconds (see {@link NumberText#secondsFromNanos(long)}) and
 * {@code size} the wire size in bytes. Lines go through a 64 KiB buffer to a hidden temporary
 * file; {@link #close()} moves it into place atomically, {@link #abort()} deletes it, so a
 * crashed run leaves no half-written trace under the final name. Not thread-safe.
 */
public final class TraceWriter implements Closeable {
    private final Path target;
    private final Path temp;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);
    private long records;
    private boolean finished;

    private TraceWriter(Path target, Path temp, Writer out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    /** Opens a trace that will appear as {@code target} on {@link #close()}; fails if it exists. */
    public static TraceWriter open(Path target) {
        Path temp = AtomicFiles.createTempSibling(target);
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
            return new TraceWriter(target, temp, out);
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new UncheckedIOException("cannot open trace " + target + ": " + e.getMessage(), e);
        }
    }

    /** Records one message between numbered nodes. */
    public void record(long timeNanos, long from, long to, String type, int sizeBytes) {
        beginLine(timeNanos);
        line.append(",\"from\":").append(from).append(",\"to\":").append(to);
        endLine(type, sizeBytes);
    }

    /**
     * Records one message between numbered nodes with protocol fields after {@code size}, in the
     * map's order: {@code {"t":..,"from":3,"to":7,"type":"ut_pex","size":70,"added":5,"dropped":0}}.
     */
    public void record(long timeNanos, long from, long to, String type, int sizeBytes,
                       java.util.SortedMap<String, Long> fields) {
        beginLine(timeNanos);
        line.append(",\"from\":").append(from).append(",\"to\":").append(to);
        line.append(",\"type\":");
        JsonText.appendString(line, type);
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("message size must be >= 0 bytes, got " + sizeBytes);
        }
        line.append(",\"size\":").append(sizeBytes);
        for (java.util.Map.Entry<String, Long> e : fields.entrySet()) {
            line.append(',');
            JsonText.appendString(line, e.getKey());
            line.append(':').append(e.getValue());
        }
        finishLine();
    }

    /** Records one message between named nodes (trackers, DHT nodes, ...). */
    public void record(long timeNanos, String from, String to, String type, int sizeBytes) {
        beginLine(timeNanos);
        line.append(",\"from\":");
        JsonText.appendString(line, from);
        line.append(",\"to\":");
        JsonText.appendString(line, to);
        endLine(type, sizeBytes);
    }

    /** Number of records written so far. */
    public long records() {
        return records;
    }

    /** Flushes and moves the trace into place. Calling it again does nothing. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            out.close();
            AtomicFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new UncheckedIOException("cannot finish trace " + target + ": " + e.getMessage(), e);
        }
    }

    /** Discards the trace: closes and deletes the temporary file; the target never appears. */
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is being discarded anyway
        }
        AtomicFiles.deleteQuietly(temp);
    }

    private void beginLine(long timeNanos) {
        if (finished) {
            throw new IllegalStateException("trace " + target + " is already closed");
        }
        if (timeNanos < 0) {
            throw new IllegalArgumentException("trace time must be >= 0 ns, got " + timeNanos);
        }
        line.setLength(0);
        line.append("{\"t\":");
        NumberText.appendSecondsFromNanos(line, timeNanos);
    }

    private void endLine(String type, int sizeBytes) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("message size must be >= 0 bytes, got " + sizeBytes);
        }
        line.append(",\"type\":");
        JsonText.appendString(line, type);
        line.append(",\"size\":").append(sizeBytes);
        finishLine();
    }

    private void finishLine() {
        line.append("}\n");
        try {
            out.append(line);
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("cannot write trace " + target + ": " + e.getMessage(), e);
        }
        records++;
    }
}
