package org.swarmsim.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.scenario.ScenarioLoader;

/**
 * Loads scenario files with every registered simulation kind: the one entry point that
 * {@code run}, {@code validate}, {@code sweep}, {@code reproduce} and the tests use.
 *
 * <pre>{@code
 * Scenario s = Scenarios.load(Path.of("scenarios/flash-crowd.yaml"), List.of("protocol.picker=random"));
 * }</pre>
 */
public final class Scenarios {
    private static final ScenarioLoader LOADER = new ScenarioLoader(Kinds.all());

    private Scenarios() {
    }

    /**
     * Reads, overrides ({@code --set path=value}) and validates a scenario file.
     *
     * @throws ScenarioException with every problem found (file, line, column, field, what is allowed)
     */
    public static Scenario load(Path file, List<String> sets) {
        return LOADER.read(file, sets);
    }

    /** Loads without overrides. */
    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    /** One point of the file's sweep: {@code sets} first, then the point's {@code path=value} settings. */
    public static Scenario loadPoint(Path file, List<String> sets, Map<String, String> point) {
        return LOADER.readPoint(file, sets, point);
    }

    /** Validates YAML text; {@code baseDir} resolves relative file paths. */
    public static Scenario parse(String text, String source, Path baseDir, List<String> sets) {
        return LOADER.parse(text, source, baseDir, sets);
    }
}
