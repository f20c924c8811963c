package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Executes every notebook in {@code notebooks/} on its experiment's {@code --quick} results
 * ({@code SWARMSIM_RESULTS} points there), as CI does: {@code jupyter nbconvert --to notebook
 * --execute}; a failing cell fails the test. Skipped, with the reason, where {@code jupyter
 * nbconvert} does not run ({@code .ci/run} installs it, pandas and matplotlib from Debian).
 */
class NotebooksTest {
    private static final Path NOTEBOOKS = Path.of("notebooks");

    static Stream<String> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb"))
                    .map(n -> n.substring(0, n.length() - ".ipynb".length())).sorted().toList().stream();
        }
    }

    @Test
    void everyExperimentHasANotebookAndEveryNotebookAnExperiment() throws IOException {
        List<String> names = Experiments.all().stream().map(Experiment::name).sorted().toList();
        assertEquals(names, notebooks().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void notebookRunsOnTheQuickResultsAndDrawsItsFigure(String name, @TempDir Path tmp) throws Exception {
        String missing = missingTools();
        Assumptions.assumeTrue(missing == null, "notebooks not executed: " + missing
                + " (install python3-pandas python3-matplotlib jupyter-nbconvert python3-nbformat python3-ipykernel)");
        Path results = QuickRuns.get(name).dir();
        Path log = tmp.resolve("nbconvert.log");
        ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                NOTEBOOKS.resolve(name + ".ipynb").toString(), "--output-dir", tmp.toString(), "--output", name + ".ipynb")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SWARMSIM_RESULTS", results.toAbsolutePath().toString());
        pb.environment().put("MPLBACKEND", "Agg");
        Process p = pb.start();
        // A guard against a hung kernel, not a performance limit.
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "nbconvert did not finish");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "notebook " + name + " failed:\n" + out);
        assertTrue(Files.size(results.resolve("paper-figure.png")) > 0, "no figure written");
        String executed = Files.readString(tmp.resolve(name + ".ipynb"), StandardCharsets.UTF_8);
        assertTrue(executed.contains("Result: "), "the notebook states no result");
    }

    @Test
    void aRelativeResultsFolderIsTakenFromTheDirectoryTheCommandWasTypedIn(@TempDir Path tmp) throws Exception {
        assumeTools();
        Path caller = Files.createDirectory(tmp.resolve("caller"));
        Path copy = Files.createDirectory(caller.resolve("kr"));
        try (Stream<Path> files = Files.list(Path.of("results", "papers", "kumar-ross"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        // As a shell would start it from caller/: the working directory and $PWD, no SWARMSIM_CALLER_DIR.
        Execution run = nbconvert("kumar-ross", tmp, caller, "kr");
        assertEquals(0, run.exitCode(), run.log());
        assertTrue(Files.size(copy.resolve("paper-figure.png")) > 0, "the figure went into caller/kr");
        assertFalse(Files.exists(NOTEBOOKS.resolve("kr")), "nothing was read from or written to notebooks/kr");
    }

    @Test
    void aResultsFolderThatDoesNotExistFailsWithOneClearLine(@TempDir Path tmp) throws Exception {
        assumeTools();
        Execution run = nbconvert("kumar-ross", tmp, tmp, "no-such-run");
        assertNotEquals(0, run.exitCode());
        String expected = "SystemExit: SWARMSIM_RESULTS: no folder " + tmp.toRealPath().resolve("no-such-run")
                + " (given: no-such-run)";
        assertTrue(run.log().lines().anyMatch(expected::equals), expected + " in\n" + run.log());
    }

    private record Execution(int exitCode, String log) {
    }

    /** nbconvert of notebook {@code name} started in {@code caller} (as its $PWD too) with SWARMSIM_RESULTS=results. */
    private static Execution nbconvert(String name, Path tmp, Path caller, String results) throws Exception {
        Path log = tmp.resolve("nbconvert.log");
        Path out = Files.createDirectories(tmp.resolve("executed"));
        ProcessBuilder pb = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                NOTEBOOKS.resolve(name + ".ipynb").toAbsolutePath().toString(), "--output-dir", out.toString(),
                "--output", name + ".ipynb").directory(caller.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SWARMSIM_CALLER_DIR");
        pb.environment().put("PWD", caller.toAbsolutePath().toString());
        pb.environment().put("SWARMSIM_RESULTS", results);
        pb.environment().put("MPLBACKEND", "Agg");
        Process p = pb.start();
        // A guard against a hung kernel, not a performance limit.
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "nbconvert did not finish");
        return new Execution(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void assumeTools() {
        String missing = missingTools();
        Assumptions.assumeTrue(missing == null, "notebooks not executed: " + missing);
    }

    /** Null if jupyter nbconvert, pandas and matplotlib are usable, else what is missing. */
    private static String missingTools() {
        try {
            Process v = new ProcessBuilder("jupyter", "nbconvert", "--version").redirectErrorStream(true).start();
            v.getInputStream().readAllBytes();
            if (!v.waitFor(2, TimeUnit.MINUTES) || v.exitValue() != 0) {
                return "'jupyter nbconvert' does not run";
            }
        } catch (IOException e) {
            return "'jupyter' is not on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }
}
