package org.swarmsim.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        NbConvert.assumeInstalled("notebooks");
        Path results = QuickRuns.get(name).dir();
        NbConvert.Execution run = NbConvert.execute(NOTEBOOKS.resolve(name + ".ipynb"), tmp, null,
                Map.of("SWARMSIM_RESULTS", results.toAbsolutePath().toString()));
        assertEquals(0, run.exitCode(), "notebook " + name + " failed:\n" + run.log());
        assertTrue(Files.size(results.resolve("paper-figure.png")) > 0, "no figure written");
        String executed = run.executedText();
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
        NbConvert.Execution run = nbconvert("kumar-ross", tmp, caller, "kr");
        assertEquals(0, run.exitCode(), run.log());
        assertTrue(Files.size(copy.resolve("paper-figure.png")) > 0, "the figure went into caller/kr");
        assertFalse(Files.exists(NOTEBOOKS.resolve("kr")), "nothing was read from or written to notebooks/kr");
    }

    @Test
    void aResultsFolderThatDoesNotExistFailsWithOneClearLine(@TempDir Path tmp) throws Exception {
        assumeTools();
        NbConvert.Execution run = nbconvert("kumar-ross", tmp, tmp, "no-such-run");
        assertNotEquals(0, run.exitCode());
        String expected = "SystemExit: SWARMSIM_RESULTS: no folder " + tmp.toRealPath().resolve("no-such-run")
                + " (given: no-such-run)";
        assertTrue(run.log().lines().anyMatch(expected::equals), expected + " in\n" + run.log());
    }

    /** nbconvert of notebook {@code name} started in {@code caller} (as its $PWD too) with SWARMSIM_RESULTS=results. */
    private static NbConvert.Execution nbconvert(String name, Path tmp, Path caller, String results) throws Exception {
        return NbConvert.execute(NOTEBOOKS.resolve(name + ".ipynb"), tmp.resolve("executed"), caller,
                Map.of("SWARMSIM_RESULTS", results));
    }

    private static void assumeTools() {
        NbConvert.assumeInstalled("notebooks");
    }
}
