package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.run.swarm.SyntheticRun;

class ResultsDirectoryTest {
    @TempDir
    Path root;

    @Test
    void numbersRunsOfAScenarioFromOneWithoutReusingAName() {
        ResultsDirectory first = ResultsDirectory.createRun(root, "flash-crowd");
        ResultsDirectory second = ResultsDirectory.createRun(root, "flash-crowd");
        ResultsDirectory other = ResultsDirectory.createRun(root, "quickstart");
        assertEquals(root.resolve("flash-crowd").resolve("run-001"), first.path());
        assertEquals(root.resolve("flash-crowd").resolve("run-002"), second.path());
        assertEquals("run-001", other.runId());
    }

    @Test
    void aFailedRunRemovesOnlyTheEmptyDirectoryItCreated() throws IOException {
        ResultsDirectory failed = ResultsDirectory.createRun(root, "big");
        failed.deleteIfEmpty();
        assertTrue(!Files.exists(failed.path()), "an empty run-001 is gone");
        ResultsDirectory next = ResultsDirectory.createRun(root, "big");
        assertEquals("run-001", next.runId(), "and its number is free again");
        next.write("summary.json", "{}");
        next.deleteIfEmpty();
        assertTrue(Files.exists(next.path().resolve("summary.json")), "a directory holding anything stays");
        Path given = Files.createDirectory(root.resolve("mine"));
        ResultsDirectory.createAt(given).deleteIfEmpty();
        assertTrue(Files.isDirectory(given), "an empty directory the user gave with --out stays");
        ResultsDirectory made = ResultsDirectory.createAt(root.resolve("made-for-me"));
        made.deleteIfEmpty();
        assertTrue(!Files.exists(made.path()), "an --out directory the run created is removed when empty");
    }

    @Test
    void writingTheSameRunTwiceGivesTwoDirectoriesAndKeepsTheFirst() throws IOException {
        ResultsDirectory a = ResultsDirectory.createRun(root, "s");
        SyntheticRun.output(1.0).writeTo(a);
        String firstSummary = Files.readString(a.resolve(Summary.FILE));
        ResultsDirectory b = ResultsDirectory.createRun(root, "s");
        SyntheticRun.output(2.0).writeTo(b);
        assertNotEquals(a.path(), b.path());
        assertEquals(firstSummary, Files.readString(a.resolve(Summary.FILE)));
        assertThrows(RuntimeException.class, () -> SyntheticRun.output(3.0).writeTo(a));
        assertEquals(firstSummary, Files.readString(a.resolve(Summary.FILE)));
    }

    @Test
    void continuesAfterTheHighestExistingRunNumber() throws IOException {
        Files.createDirectories(root.resolve("s").resolve("run-007"));
        Files.createDirectories(root.resolve("s").resolve("notes"));
        assertEquals("run-008", ResultsDirectory.createRun(root, "s").runId());
        assertEquals("run-1000", ResultsDirectory.runId(1000));
    }

    @Test
    void outDirectoryMayBeNewOrEmptyButNotNonEmpty() throws IOException {
        Path fresh = root.resolve("a").resolve("b");
        assertEquals(fresh, ResultsDirectory.createAt(fresh).path());
        assertTrue(Files.isDirectory(fresh));
        assertEquals(fresh, ResultsDirectory.createAt(fresh).path()); // still empty
        Files.writeString(fresh.resolve("old.csv"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsDirectory.createAt(fresh));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        Path file = fresh.resolve("old.csv");
        assertThrows(IllegalArgumentException.class, () -> ResultsDirectory.createAt(file));
    }

    @Test
    void rejectsScenarioAndFileNamesThatCouldEscapeTheDirectory() {
        assertThrows(IllegalArgumentException.class, () -> ResultsDirectory.createRun(root, "../evil"));
        assertThrows(IllegalArgumentException.class, () -> ResultsDirectory.createRun(root, "a/b"));
        assertThrows(IllegalArgumentException.class, () -> ResultsDirectory.createRun(root, ""));
        ResultsDirectory dir = ResultsDirectory.createRun(root, "ok");
        assertThrows(IllegalArgumentException.class, () -> dir.resolve("../x.csv"));
        assertThrows(IllegalArgumentException.class, () -> dir.resolve(".hidden"));
    }
}
