package org.swarmsim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.swarmsim.metrics.AtomicFiles;

/**
 * {@code shard.txt}, which marks a sweep folder as one shard of a sweep:
 *
 * <pre>
 * shard: 2/3
 * tasks: 12
 * replications: 3
 * </pre>
 *
 * <p>{@code tasks} is the whole sweep's (point, replication) count, of which this shard holds
 * those with {@code (index mod N) + 1 == K} ({@link Shard}).
 *
 * @param shard        which slice
 * @param tasks        tasks in the whole sweep
 * @param replications replications per point
 */
public record ShardFile(Shard shard, int tasks, int replications) {
    /** The file's name in a shard folder. */
    public static final String FILE = "shard.txt";

    /** The file's text. */
    public String text() {
        return "shard: " + shard + "\ntasks: " + tasks + "\nreplications: " + replications + "\n";
    }

    /** Writes it into {@code dir}, or checks that the one there says the same (a resumed shard). */
    public void writeOrCheck(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (Files.exists(f)) {
            ShardFile old = read(dir);
            if (!old.equals(this)) {
                throw new IllegalArgumentException("sweep folder " + dir + " holds shard " + old.shard() + " of "
                        + old.tasks() + " tasks x " + old.replications() + " replications, not shard " + shard + " of "
                        + tasks + " x " + replications + "; nothing was written: give another --out");
            }
            return;
        }
        AtomicFiles.write(f, text());
    }

    /** True if {@code dir} is a shard folder. */
    public static boolean isIn(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /**
     * Reads {@code dir/shard.txt}.
     *
     * @throws IllegalArgumentException naming the file and line if it is missing or malformed
     */
    public static ShardFile read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(dir + " is not a shard folder (it has no " + FILE
                    + "; shard folders are written by swarmsim sweep FILE --shard K/N)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int line = 0;
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            line++;
            int colon = l.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(f + " line " + line + ": expected 'key: value', got '" + l + "'");
            }
            fields.put(l.substring(0, colon).trim(), l.substring(colon + 1).trim());
        }
        try {
            return new ShardFile(Shard.parse(require(fields, "shard", f)), Integer.parseInt(require(fields, "tasks", f)),
                    Integer.parseInt(require(fields, "replications", f)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(f + ": tasks and replications must be whole numbers (" + e.getMessage() + ")");
        }
    }

    private static String require(Map<String, String> fields, String key, Path f) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalArgumentException(f + ": no '" + key + ":' line (expected shard, tasks, replications)");
        }
        return v;
    }
}
