package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command writes into, overwrites or deletes from a folder that is not its own: each is pointed
 * at a folder of foreign files (an earlier run, a user's page) and must refuse with exit code 2,
 * naming the folder, leaving every file there byte for byte as it was.
 */
class ForeignFoldersTest {
    @Test
    void sweepIntoAForeignFolderIsRefusedAndTouchesNothing(@TempDir Path tmp) {
        ForeignFolder foreign = ForeignFolder.create(tmp.resolve("run-001"));
        MainRun r = MainRun.of("sweep", "scenarios/rarest-vs-random.yaml", "--out", foreign.path().toString(),
                "--replications", "1", "--threads", "1");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("sweep folder " + foreign.path() + " is not empty and is not a sweep folder"), r.err());
        foreign.assertUntouched();
    }

    @Test
    void sweepWhoseDefaultFolderIsForeignIsRefusedAndTouchesNothing(@TempDir Path tmp) {
        ForeignFolder foreign = ForeignFolder.create(tmp.resolve("rarest-vs-random").resolve("sweep"));
        MainRun r = MainRun.of("sweep", "scenarios/rarest-vs-random.yaml", "--results", tmp.toString(),
                "--replications", "1", "--threads", "1");
        assertEquals(2, r.exit(), r.out() + r.err());
        foreign.assertUntouched();
    }

    @Test
    void runIntoAForeignFolderIsRefusedAndTouchesNothing(@TempDir Path tmp) {
        ForeignFolder foreign = ForeignFolder.create(tmp.resolve("mine"));
        MainRun r = MainRun.of("run", "scenarios/quickstart.yaml", "--out", foreign.path().toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--out " + foreign.path() + " is not empty"), r.err());
        foreign.assertUntouched();
    }

    @Test
    void runUnderAResultsTreeWithForeignFilesAddsOnlyANewRunFolder(@TempDir Path tmp) throws IOException {
        Path scenarioDir = tmp.resolve("quickstart");
        ForeignFolder earlier = ForeignFolder.create(scenarioDir.resolve("run-001"));
        Files.writeString(scenarioDir.resolve("index.html"), "mine");
        MainRun r = MainRun.of("run", "scenarios/quickstart.yaml", "--results", tmp.toString(), "--no-report");
        assertEquals(0, r.exit(), r.out() + r.err());
        earlier.assertUntouched();
        assertEquals("mine", Files.readString(scenarioDir.resolve("index.html")));
        assertTrue(Files.isRegularFile(scenarioDir.resolve("run-002/summary.json")));
    }

    @Test
    void reproduceIntoAForeignFolderIsRefusedAndTouchesNothing(@TempDir Path tmp) {
        ForeignFolder foreign = ForeignFolder.create(tmp.resolve("mine"));
        MainRun r = MainRun.of("reproduce", "kumar-ross", "--quick", "--out", foreign.path().toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--out " + foreign.path() + " is not empty"), r.err());
        foreign.assertUntouched();
    }

    @Test
    void reproduceOfAnInvalidScenarioLeavesNoFolderBehind(@TempDir Path tmp) throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("papers"));
        try (var files = Files.list(Path.of("scenarios", "papers"))) {
            for (Path f : files.toList()) {
                Files.copy(f, scenarios.resolve(f.getFileName()));
            }
        }
        Files.writeString(scenarios.resolve("kumar-ross.yaml"), "\nbogus_key: 1\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = tmp.resolve("kr");
        MainRun given = MainRun.of("reproduce", "kumar-ross", "--quick", "--scenarios", scenarios.toString(),
                "--out", out.toString());
        assertEquals(1, given.exit(), given.out() + given.err());
        assertTrue(given.err().contains("bogus_key"), given.err());
        assertFalse(Files.exists(out), "an empty --out folder was left behind");
        Path results = tmp.resolve("results");
        MainRun defaulted = MainRun.of("reproduce", "kumar-ross", "--quick", "--scenarios", scenarios.toString(),
                "--results", results.toString());
        assertEquals(1, defaulted.exit(), defaulted.out() + defaulted.err());
        assertFalse(Files.exists(results), "an empty results folder was left behind");
    }

    @Test
    void torrentCreateIntoAFolderIsRefusedEvenWithForceAndTouchesNothing(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("a.txt"), "hello");
        ForeignFolder foreign = ForeignFolder.create(tmp.resolve("mine"));
        for (String[] extra : new String[][] {{}, {"--force"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("torrent", "create", data.toString(),
                    "-o", foreign.path().toString()));
            args.addAll(java.util.List.of(extra));
            MainRun r = MainRun.of(args.toArray(String[]::new));
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("-o " + foreign.path() + " is a folder"), r.err());
            foreign.assertUntouched();
        }
    }

    @Test
    void torrentCreateOverAnExistingFileIsRefusedAndLeavesNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("a.txt"), "hello");
        ForeignFolder foreign = ForeignFolder.create(tmp.resolve("mine"));
        MainRun r = MainRun.of("torrent", "create", data.toString(), "-o", foreign.path().resolve("index.html").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("already exists; use --force"), r.err());
        foreign.assertUntouched();
    }

    @Test
    void torrentCreateWritesANewFileBesideForeignFilesAndNothingElse(@TempDir Path tmp) throws IOException {
        Path data = Files.writeString(tmp.resolve("a.txt"), "hello");
        Path dir = tmp.resolve("mine");
        ForeignFolder foreign = ForeignFolder.create(dir);
        MainRun r = MainRun.of("torrent", "create", data.toString(), "-o", dir.resolve("a.torrent").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        Files.delete(dir.resolve("a.torrent"));
        foreign.assertUntouched();
    }
}
