package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: a simulation that exhausts the heap ends with one clear message and exit code 4, and
 * leaves no half-written results. Each case runs the command line in a child JVM with a heap far
 * too small for the 1,000-leecher flash crowd.
 */
class OutOfMemoryEndTest {
    @TempDir
    Path tmp;

    private record Child(int exitCode, String err) {
    }

    private static Child swarmsim(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Child(p.waitFor(), err);
    }

    private static void assertOneClearMessage(Child c) {
        assertEquals(Main.EXIT_OUT_OF_MEMORY, c.exitCode(), c.err());
        List<String> errors = c.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errors.size(), c.err());
        String m = errors.get(0);
        assertTrue(m.startsWith("error: out of memory simulating scenarios/flash-crowd.yaml (kind swarm)"), m);
        assertTrue(m.contains("it reached ") || m.contains("while setting up"), "how far it got: " + m);
        assertTrue(m.contains("peak population"), m);
        assertTrue(m.contains("Try -Xmx128m"), "twice the heap, rounded up: " + m);
        assertFalse(c.err().contains("\tat ") || c.err().contains("Exception in thread"), "no stack trace:\n" + c.err());
    }

    @Test
    void aRunOutOfMemoryExitsWithFourAndRemovesItsRunDirectory() throws Exception {
        Path results = tmp.resolve("results");
        Child c = swarmsim("run", "scenarios/flash-crowd.yaml", "--results", results.toString());
        assertOneClearMessage(c);
        assertTrue(c.err().startsWith("warning: this scenario needs about "), "the estimate warned before the run:\n" + c.err());
        assertTrue(c.err().contains("but this JVM's maximum heap is ") && c.err().contains("it may run out of memory (exit 4)"), c.err());
        assertTrue(c.err().contains("run-001 removed"), c.err());
        try (Stream<Path> left = Files.walk(results)) {
            assertEquals(List.of(results, results.resolve("flash-crowd")), left.sorted().toList(), "no run directory left");
        }
    }

    @Test
    void aRunIntoAGivenEmptyDirectoryLeavesOnlyAFailedNoteThere() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("given"));
        Child c = swarmsim("run", "scenarios/flash-crowd.yaml", "--out", out.toString(), "--trace");
        assertOneClearMessage(c);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(out.resolve("FAILED")), left.toList());
        }
        assertTrue(Files.readString(out.resolve("FAILED")).startsWith("out of memory"));
    }

    @Test
    void aSweepReplicationOutOfMemoryLeavesNoReplicationDirectory() throws Exception {
        Path sweep = tmp.resolve("sweep");
        Child c = swarmsim("sweep", "scenarios/flash-crowd.yaml", "--out", sweep.toString(), "--threads", "1",
                "--no-report");
        assertOneClearMessage(c);
        assertTrue(c.err().contains("point-00 (base) replication 0: "), c.err());
        try (Stream<Path> left = Files.walk(sweep)) {
            List<String> names = left.map(p -> p.getFileName().toString()).toList();
            assertFalse(names.stream().anyMatch(n -> n.startsWith("rep-") || n.endsWith(".csv") && !n.equals("points.csv")),
                    names.toString());
        }
    }
}
