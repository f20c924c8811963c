package org.swarmsim.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication's folder of a reproduction, {@code point-NN/rep-RRR/}: the run's files and
 * {@value #MEASURES}, the experiment's measurements of that run, which is what a resumed
 * reproduction reads back instead of running it again. A replication is written into
 * {@code rep-RRR.partial} and renamed into place once complete, so a folder without the suffix is
 * always whole.
 */
final class ReplicationMeasures {
    /** The measurements of one run: {@code measure,value}, values as Java writes doubles (exact). */
    static final String MEASURES = "measures.csv";

    private final Path dir;

    ReplicationMeasures(Path dir) {
        this.dir = dir;
    }

    /** Whether this replication was completed by an earlier (interrupted) reproduction. */
    boolean done() {
        return Files.isRegularFile(dir.resolve(MEASURES));
    }

    /** The measurements written by {@link #write}, in their order, bit for bit. */
    Map<String, Double> readMeasures() {
        Map<String, Double> m = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(dir.resolve(MEASURES), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.lastIndexOf(',');
                m.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + dir.resolve(MEASURES) + " (" + e.getMessage()
                    + "); delete that replication's folder and run again to redo it", e);
        }
        return m;
    }

    /** Writes a computed replication into {@code rep-RRR.partial}, then renames it. */
    void write(ReplicationJob.Result result) {
        try {
            result.files().writeInto(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
    }
}
