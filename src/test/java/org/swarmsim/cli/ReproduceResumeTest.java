package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.reproduce.ReproductionFolder;

/**
 * {@code reproduce --threads} and resuming: the files do not depend on the thread count or on an
 * interruption, a foreign folder is refused untouched, {@code --resume} continues the newest
 * unfinished reproduction.
 */
class ReproduceResumeTest {
    /** seed-stability --quick: 6 points x 2 replications of small swarms, a few seconds. */
    private static final String NAME = "seed-stability";

    @Test
    void twoThreadsWriteTheSameFilesAsOne(@TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one/repro"); // same folder name: index.html shows it
        Path two = tmp.resolve("two/repro");
        assertEquals(0, MainRun.of("reproduce", NAME, "--quick", "--threads", "1", "--out", one.toString()).exit());
        MainRun r = MainRun.of("reproduce", NAME, "--quick", "--threads", "2", "--out", two.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 threads"), r.out());
        assertSameFiles(files(one), files(two));
        assertTrue(files(one).size() > 20, files(one).keySet().toString());
    }

    @Test
    void anInterruptedReproductionResumesToTheSameFilesRunningOnlyWhatIsMissing(@TempDir Path tmp) throws IOException {
        Path whole = tmp.resolve("whole/repro");
        assertEquals(0, MainRun.of("reproduce", NAME, "--quick", "--out", whole.toString()).exit());
        Path cut = tmp.resolve("cut/repro");
        assertEquals(0, MainRun.of("reproduce", NAME, "--quick", "--out", cut.toString()).exit());
        // As if killed: two replications missing, one half-written, no derived files, no wall time.
        delete(cut.resolve("point-01/rep-001"));
        delete(cut.resolve("point-04/rep-000"));
        Files.createDirectories(cut.resolve("point-04/rep-000.partial"));
        Files.writeString(cut.resolve("point-04/rep-000.partial/timeseries.csv"), "t_s,lea");
        for (String f : new String[] {"comparison.csv", "measures.csv", "points.csv", "comparison.png", "comparison.svg"}) {
            Files.delete(cut.resolve(f));
        }
        Files.writeString(cut.resolve(ReproductionFolder.FILE), "experiment=" + NAME + "\nquick=true\n");

        MainRun r = MainRun.of("reproduce", NAME, "--quick", "--out", cut.toString());
        assertEquals(0, r.exit(), r.err());
        long reused = r.err().lines().filter(l -> l.endsWith("done before")).count();
        long ran = r.err().lines().filter(l -> l.contains(" s wall")).count();
        assertEquals(10, reused, r.err());
        assertEquals(2, ran, r.err());
        assertFalse(Files.exists(cut.resolve("point-04/rep-000.partial")));
        assertSameFiles(files(whole), files(cut));
    }

    @Test
    void aFolderOfAnotherReproductionIsRefusedAndLeftAsItWas(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("kr");
        assertEquals(0, MainRun.of("reproduce", NAME, "--quick", "--out", out.toString()).exit());
        Map<String, String> before = filesWithLabel(out);
        MainRun full = MainRun.of("reproduce", NAME, "--out", out.toString());
        assertEquals(2, full.exit());
        assertTrue(full.err().contains("holds a reproduction of 'seed-stability' --quick, not of 'seed-stability' (full)"),
                full.err());
        MainRun other = MainRun.of("reproduce", "kumar-ross", "--quick", "--out", out.toString());
        assertEquals(2, other.exit());
        assertSameFiles(before, filesWithLabel(out));
    }

    @Test
    void resumeContinuesTheNewestUnfinishedReproductionAndOtherwiseStartsANewOne(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("results");
        assertEquals(0, MainRun.of("reproduce", NAME, "--quick", "--results", root.toString()).exit());
        Path first = root.resolve("reproduce/seed-stability-quick/run-001");
        assertTrue(Files.readString(first.resolve(ReproductionFolder.FILE)).contains("wall_s="));

        MainRun again = MainRun.of("reproduce", NAME, "--quick", "--resume", "--results", root.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("run-002"), again.out());

        delete(first.resolve("point-00/rep-000"));
        Files.writeString(first.resolve(ReproductionFolder.FILE), "experiment=" + NAME + "\nquick=true\n");
        MainRun resumed = MainRun.of("reproduce", NAME, "--quick", "--resume", "--results", root.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("run-001"), resumed.out());
        assertEquals(1, resumed.err().lines().filter(l -> l.contains(" s wall")).count(), resumed.err());
        assertFalse(Files.exists(root.resolve("reproduce/seed-stability-quick/run-003")));
    }

    @Test
    void badThreadCountsAndOutWithResumeAreBadInput() {
        assertEquals(2, MainRun.of("reproduce", NAME, "--quick", "--threads", "0").exit());
        MainRun both = MainRun.of("reproduce", NAME, "--quick", "--resume", "--out", "x");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
    }

    /** Equal file sets and contents; the message names only the files that differ. */
    private static void assertSameFiles(Map<String, String> expected, Map<String, String> actual) {
        java.util.Set<String> differ = new java.util.TreeSet<>();
        expected.forEach((f, h) -> {
            if (!h.equals(actual.get(f))) {
                differ.add(f);
            }
        });
        actual.keySet().stream().filter(f -> !expected.containsKey(f)).forEach(differ::add);
        assertTrue(differ.isEmpty(), "files that differ or are missing/extra: " + differ);
    }

    /** Every file under {@code dir} but the label (which holds the wall time), by relative path. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = filesWithLabel(dir);
        m.remove(ReproductionFolder.FILE);
        return m;
    }

    private static Map<String, String> filesWithLabel(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
