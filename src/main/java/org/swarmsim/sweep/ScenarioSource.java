package org.swarmsim.sweep;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * Where a sweep's points come from: the scenario file and the {@code --set} overrides applied
 * before each point's settings. Serializable, so a remote engine can load the point where it runs
 * the replication (the file must be readable there at the same path).
 *
 * @param file the scenario file, absolute
 * @param sets the {@code path=value} overrides, in command-line order
 */
public record ScenarioSource(String file, List<String> sets) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the overrides into a serializable list. */
    public ScenarioSource {
        sets = List.copyOf(sets);
    }

    /** The source of {@code file} (made absolute) with {@code sets}. */
    public static ScenarioSource of(Path file, List<String> sets) {
        return new ScenarioSource(file.toAbsolutePath().toString(), sets);
    }

    /** The scenario of one grid point. */
    public Scenario point(Map<String, String> values) {
        return Scenarios.loadPoint(Path.of(file), sets, new LinkedHashMap<>(values));
    }
}
