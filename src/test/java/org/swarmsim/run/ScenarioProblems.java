package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.swarmsim.scenario.ScenarioException;

/**
 * Loads broken variants of a kind's base scenario in a folder and asserts the one located problem
 * each must give: the scenario-error tests of the kinds share it.
 */
public final class ScenarioProblems {
    private final Path dir;
    private final String base;

    public ScenarioProblems(Path dir, String base) {
        this.dir = dir;
        this.base = base;
    }

    /** Writes {@code text} as {@code name} in the folder. */
    public Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Loads the base with {@code from} replaced by {@code to}; the load must fail with exactly one problem. */
    public ScenarioException.Problem onlyProblem(String file, String from, String to) throws IOException {
        assertTrue(base.contains(from), from);
        return onlyProblem(file, base.replace(from, to));
    }

    /** Loads {@code text}; the load must fail with exactly one problem, at a line of {@code file}. */
    public ScenarioException.Problem onlyProblem(String file, String text) throws IOException {
        Path f = write(file, text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(f));
        assertEquals(1, e.problems().size(), e.getMessage());
        ScenarioException.Problem p = e.problems().get(0);
        assertTrue(p.source().endsWith(file), p.source());
        assertTrue(e.getMessage().contains(file + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": "),
                e.getMessage());
        return p;
    }

    /** The problem is at {@code line}, {@code column}, field {@code path}, and its message has every part. */
    public static void assertProblem(ScenarioException.Problem p, int line, int column, String path, String... parts) {
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertEquals(path, p.path(), p.toString());
        for (String part : parts) {
            assertTrue(p.message().contains(part), "'" + part + "' in " + p);
        }
    }
}
