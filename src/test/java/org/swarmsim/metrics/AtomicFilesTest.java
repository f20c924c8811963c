package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        AtomicFiles.write(dir.resolve("a.txt"), "hello\n");
        AtomicFiles.write(dir.resolve("b.bin"), new byte[] {1, 2, 3});
        AtomicFiles.writeText(dir.resolve("c.txt"), w -> w.write("ünïcode"));
        assertEquals("hello\n", Files.readString(dir.resolve("a.txt")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("b.bin")));
        assertEquals("ünïcode", Files.readString(dir.resolve("c.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of("a.txt", "b.bin", "c.txt"), names());
    }

    @Test
    void refusesToReplaceAnExistingFileAndKeepsItsContent() throws IOException {
        Path target = dir.resolve("summary.json");
        AtomicFiles.write(target, "first");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, "second"));
        assertTrue(e.getCause() instanceof FileAlreadyExistsException, e.toString());
        assertTrue(e.getMessage().contains("refusing to overwrite"), e.getMessage());
        assertEquals("first", Files.readString(target));
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void aFailingWriterLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = dir.resolve("peers.csv");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
