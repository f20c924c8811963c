package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepDirectoryTest {
    private static final String YAML = "name: a\nseed: 1\n";

    @Test
    void anAbsentFolderIsCreatedWithItsParentsAndMarked(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("results/a/sweep");
        SweepDirectory claimed = SweepDirectory.claim(dir, YAML);
        assertFalse(claimed.resumed());
        assertEquals(YAML, Files.readString(dir.resolve(SweepDirectory.MARKER)));
        assertEquals(List.of(dir.resolve(SweepDirectory.MARKER)), list(dir));
    }

    @Test
    void anEmptyFolderIsClaimedAndMarked(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        assertFalse(SweepDirectory.claim(dir, YAML).resumed());
        assertEquals(YAML, Files.readString(dir.resolve(SweepDirectory.MARKER)));
    }

    @Test
    void theSweepsOwnFolderIsResumedWithoutRewritingItsMarker(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("sweep");
        SweepDirectory.claim(dir, YAML);
        Files.createDirectories(dir.resolve("point-00/rep-000"));
        FileTime markerTime = Files.getLastModifiedTime(dir.resolve(SweepDirectory.MARKER));
        assertTrue(SweepDirectory.claim(dir, YAML).resumed());
        assertEquals(markerTime, Files.getLastModifiedTime(dir.resolve(SweepDirectory.MARKER)));
        assertTrue(Files.isDirectory(dir.resolve("point-00/rep-000")));
    }

    @Test
    void aSweepOfAnotherScenarioIsRefusedNamingTheFolderAndLeftAsItWas(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("sweep");
        SweepDirectory.claim(dir, YAML);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepDirectory.claim(dir, "name: b\n"));
        assertTrue(e.getMessage().contains("sweep folder " + dir + " holds a sweep of a different scenario"), e.getMessage());
        assertEquals(YAML, Files.readString(dir.resolve(SweepDirectory.MARKER)));
        assertEquals(List.of(dir.resolve(SweepDirectory.MARKER)), list(dir));
    }

    @Test
    void aFolderWithFilesButNoMarkerIsRefusedAndNotMarked(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("run-001"));
        Files.writeString(dir.resolve("index.html"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepDirectory.claim(dir, YAML));
        assertTrue(e.getMessage().contains(dir + " is not empty and is not a sweep folder"), e.getMessage());
        assertEquals(List.of(dir.resolve("index.html")), list(dir));
    }

    @Test
    void aFileIsRefused(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("sweep"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepDirectory.claim(file, YAML));
        assertTrue(e.getMessage().contains("exists and is not a folder"), e.getMessage());
        assertEquals("mine", Files.readString(file));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
