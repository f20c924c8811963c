package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file that does not exist: "no such file", the nearest .yaml name, exit code 2. */
class ScenarioFileCheckTest {
    @Test
    void anExistingFileHasNoProblem() {
        assertNull(ScenarioFileCheck.problem(Path.of("scenarios", "quickstart.yaml")));
    }

    @Test
    void aMisspeltNameSuggestsTheNearestYamlFileInTheSameFolder(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("flash-crowd-big.yaml"), "name: x\n");
        Files.writeString(tmp.resolve("other.yaml"), "name: y\n");
        Path missing = tmp.resolve("flash-crowd-bgi.yaml");
        assertEquals("no such file: " + missing + "; did you mean '" + tmp.resolve("flash-crowd-big.yaml") + "'?",
                ScenarioFileCheck.problem(missing));
    }

    @Test
    void aNameFromScenariosGivenWithoutItsFolderSuggestsTheShippedFile() {
        assertEquals("no such file: quickstart.yaml; did you mean 'scenarios/quickstart.yaml'?",
                ScenarioFileCheck.problem(Path.of("quickstart.yaml")));
        assertEquals("no such file: flash.yaml; did you mean 'scenarios/flash-crowd.yaml'?",
                ScenarioFileCheck.problem(Path.of("flash.yaml")));
    }

    @Test
    void aNameNothingResemblesGetsNoSuggestion(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("alpha.yaml"), "name: x\n");
        Path missing = tmp.resolve("zzzzzzzz.yaml");
        assertEquals("no such file: " + missing, ScenarioFileCheck.problem(missing));
    }

    @Test
    void aFolderIsNotAScenarioFile(@TempDir Path tmp) {
        assertTrue(ScenarioFileCheck.problem(tmp).startsWith("not a file but a folder: " + tmp), ScenarioFileCheck.problem(tmp));
    }

    @Test
    void validateRunAndSweepOfAMissingFileExitTwoWithTheSuggestion() {
        String expected = "no such file: scenarios/quickstrat.yaml; did you mean 'scenarios/quickstart.yaml'?";
        for (String command : new String[] {"validate", "run", "sweep"}) {
            MainRun r = MainRun.of(command, "scenarios/quickstrat.yaml");
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertEquals("error: " + expected + System.lineSeparator(), r.err(), command);
            assertTrue(!r.err().contains("INVALID"), r.err());
        }
    }

    @Test
    void validateStillChecksTheFilesThatExistAndExitsTwoForTheMissingOne() {
        MainRun r = MainRun.of("validate", "scenarios/quickstart.yaml", "scenarios/nope.yaml");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.out().contains("OK scenarios/quickstart.yaml"), r.out());
        assertTrue(r.err().contains("error: no such file: scenarios/nope.yaml"), r.err());
    }
}
