package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder that belongs to someone else (an earlier run, a user's notes): a few files, among them
 * an {@code index.html} and a {@code sweep-x.png} that a careless sweep would delete, and a
 * snapshot of every file's bytes to check that a command left it exactly as it was.
 */
record ForeignFolder(Path path, Map<String, byte[]> snapshot) {
    /** Fills {@code dir} (created if needed) with foreign files and takes the snapshot. */
    static ForeignFolder create(Path dir) {
        try {
            Files.createDirectories(dir.resolve("notes"));
            Files.writeString(dir.resolve("index.html"), "<html>my own page</html>\n");
            Files.write(dir.resolve("sweep-x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
            Files.writeString(dir.resolve("summary.json"), "{\"mine\": true}\n");
            Files.writeString(dir.resolve("points.csv"), "point,label\nmine,1\n");
            Files.writeString(dir.resolve("notes").resolve("todo.txt"), "keep me\n");
            return new ForeignFolder(dir, read(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that every file is still there with the same bytes, and that nothing was added. */
    void assertUntouched() {
        Map<String, byte[]> now = read(path);
        assertEquals(snapshot.keySet(), now.keySet(), "files added to or deleted from " + path);
        snapshot.forEach((name, bytes) -> assertArrayEquals(bytes, now.get(name), name + " changed"));
    }

    private static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                files.put(Files.isDirectory(p) ? name + "/" : name,
                        Files.isDirectory(p) ? "dir".getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
