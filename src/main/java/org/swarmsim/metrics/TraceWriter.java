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
 * Streams {@code trace.jsonl}: one JSON object per line. A message line is
 * {@code {"t":12.5,"from":3,"to":7,"type":"piece","size":16397,"piece":4,"begin":0,"length":16384}}:
 * {@code t} is the exact simulated time in seconds (see {@link NumberText#secondsFromNanos(long)}),
 * {@code size} the wire size in bytes, then the message's protocol fields in the order given. A
 * state line (a change that is no message: a choke decision, a verified piece, a lookup's end)
 * is {@code {"t":..,"peer":3,"remote":7,"type":"unchoke_decision","reason":"optimistic"}}
 * ({@code remote} only when the change concerns one). A {@link TraceFilter} decides which
 * lines are written. Lines go through a 64 KiB buffer to a hidden temporary file;
 * {@link #close()} moves it into place atomically, {@link #abort()} deletes it, so a crashed run
 * leaves no half-written trace under the final name. Not thread-safe.
 *
 * <p>Use: {@code trace.message(t, from, to, "request", 17).field("piece", 4).end()}; a line the
 * filter rejects ignores its fields and {@link Line#end()}.
 */
public final class TraceWriter implements Closeable {
    private final Path target;
    private final Path temp;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);
    private final Line kept = new Line(true);
    private final Line dropped = new Line(false);
    private TraceFilter filter = TraceFilter.ALL;
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

    /** Keeps only the lines {@code filter} passes from now on (default: every line). */
    public TraceWriter filter(TraceFilter f) {
        this.filter = java.util.Objects.requireNonNull(f, "filter");
        return this;
    }

    /** The filter in force. */
    public TraceFilter filter() {
        return filter;
    }

    /** Starts a message line between numbered nodes; add fields, then {@link Line#end()}. */
    public Line message(long timeNanos, long from, long to, String type, int sizeBytes) {
        check(timeNanos, sizeBytes);
        if (!filter.passesTimeAndType(timeNanos, type) || !(filter.hasPeer(from) || filter.hasPeer(to))) {
            return dropped;
        }
        beginLine(timeNanos);
        line.append(",\"from\":").append(from).append(",\"to\":").append(to);
        return typeAndSize(type, sizeBytes);
    }

    /** Starts a message from a numbered node to a named one (a peer's announce to {@code "tracker"}). */
    public Line message(long timeNanos, long from, String to, String type, int sizeBytes) {
        check(timeNanos, sizeBytes);
        if (!filter.passesTimeAndType(timeNanos, type) || !filter.hasPeer(from)) {
            return dropped;
        }
        beginLine(timeNanos);
        line.append(",\"from\":").append(from).append(",\"to\":");
        JsonText.appendString(line, to);
        return typeAndSize(type, sizeBytes);
    }

    /** Starts a message from a named node to a numbered one (a tracker's response to a peer). */
    public Line message(long timeNanos, String from, long to, String type, int sizeBytes) {
        check(timeNanos, sizeBytes);
        if (!filter.passesTimeAndType(timeNanos, type) || !filter.hasPeer(to)) {
            return dropped;
        }
        beginLine(timeNanos);
        line.append(",\"from\":");
        JsonText.appendString(line, from);
        line.append(",\"to\":").append(to);
        return typeAndSize(type, sizeBytes);
    }

    /**
     * Starts a state line of {@code peer} about {@code remote} (negative: none, the field is
     * left out); add fields, then {@link Line#end()}.
     */
    public Line state(long timeNanos, long peer, long remote, String type) {
        check(timeNanos, 0);
        if (!filter.passesTimeAndType(timeNanos, type) || !(filter.hasPeer(peer) || filter.hasPeer(remote))) {
            return dropped;
        }
        beginLine(timeNanos);
        line.append(",\"peer\":").append(peer);
        if (remote >= 0) {
            line.append(",\"remote\":").append(remote);
        }
        line.append(",\"type\":");
        JsonText.appendString(line, type);
        return kept;
    }

    /** Records one message between numbered nodes. */
    public void record(long timeNanos, long from, long to, String type, int sizeBytes) {
        message(timeNanos, from, to, type, sizeBytes).end();
    }

    /**
     * Records one message between numbered nodes with protocol fields after {@code size}, in the
     * map's order: {@code {"t":..,"from":3,"to":7,"type":"ut_pex","size":70,"added":5,"dropped":0}}.
     */
    public void record(long timeNanos, long from, long to, String type, int sizeBytes,
                       java.util.SortedMap<String, Long> fields) {
        Line l = message(timeNanos, from, to, type, sizeBytes);
        for (java.util.Map.Entry<String, Long> e : fields.entrySet()) {
            l.field(e.getKey(), e.getValue());
        }
        l.end();
    }

    /** Records one message between named nodes (trackers, DHT nodes, ...); kept only without a peer filter. */
    public void record(long timeNanos, String from, String to, String type, int sizeBytes) {
        check(timeNanos, sizeBytes);
        if (!filter.passesTimeAndType(timeNanos, type) || filter.hasPeerSet()) {
            return;
        }
        beginLine(timeNanos);
        line.append(",\"from\":");
        JsonText.appendString(line, from);
        line.append(",\"to\":");
        JsonText.appendString(line, to);
        typeAndSize(type, sizeBytes).end();
    }

    /**
     * One line being written: its protocol fields in order, then {@link #end()}. The writer
     * reuses its two lines (kept and dropped), so a line is valid only until the next is started.
     */
    public final class Line {
        private final boolean keep;

        private Line(boolean keep) {
            this.keep = keep;
        }

        /** Whether the filter keeps this line (false: fields and end do nothing). */
        public boolean kept() {
            return keep;
        }

        public Line field(String name, long value) {
            if (keep) {
                key(name).append(value);
            }
            return this;
        }

        public Line field(String name, boolean value) {
            if (keep) {
                key(name).append(value);
            }
            return this;
        }

        public Line field(String name, String value) {
            if (keep) {
                JsonText.appendString(key(name), value);
            }
            return this;
        }

        /** A JSON array of strings (returned node ids, ...). */
        public Line field(String name, java.util.List<String> values) {
            if (keep) {
                key(name).append('[');
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    JsonText.appendString(line, values.get(i));
                }
                line.append(']');
            }
            return this;
        }

        /** Appends {@code ,"name":} and returns the line's text, for the value. */
        private StringBuilder key(String name) {
            line.append(',');
            JsonText.appendString(line, name);
            return line.append(':');
        }

        /** Writes the line (if kept). */
        public void end() {
            if (keep) {
                finishLine();
            }
        }
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

    private void check(long timeNanos, int sizeBytes) {
        if (finished) {
            throw new IllegalStateException("trace " + target + " is already closed");
        }
        if (timeNanos < 0) {
            throw new IllegalArgumentException("trace time must be >= 0 ns, got " + timeNanos);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("message size must be >= 0 bytes, got " + sizeBytes);
        }
    }

    private void beginLine(long timeNanos) {
        line.setLength(0);
        line.append("{\"t\":");
        NumberText.appendSecondsFromNanos(line, timeNanos);
    }

    private Line typeAndSize(String type, int sizeBytes) {
        line.append(",\"type\":");
        JsonText.appendString(line, type);
        line.append(",\"size\":").append(sizeBytes);
        return kept;
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
