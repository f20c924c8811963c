package org.swarmsim.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.scenario.Scenario;

/**
 * What a sweep summarises in {@code sweep.csv}: the scenario's {@code sweep.metrics} or else its
 * kind's {@linkplain SimulationKind#defaultSweepMetrics default}; summary keys are read from a
 * replication's {@code summary.json}, derived metrics (per-behaviour download times) from its
 * other files, one row per category.
 *
 * @param names the metrics, in the order of {@code sweep.csv}
 */
public record SweepMetrics(SimulationKind<?> kind, List<String> names) {
    public SweepMetrics {
        names = List.copyOf(names);
    }

    /** The metrics of a sweep of {@code base}. */
    public static SweepMetrics of(Scenario base) {
        SimulationKind<?> kind = Kinds.of(base);
        List<String> chosen = base.sweep().metrics().isEmpty() ? kind.defaultSweepMetrics(base) : base.sweep().metrics();
        return new SweepMetrics(kind, chosen);
    }

    /** Adds one replication (its directory and parsed {@code summary.json}) at {@code gridPoint}. */
    public void add(SweepTable table, String gridPoint, Path runDir, Map<String, Object> summary) {
        List<String> derived = kind.derivedSweepMetrics();
        for (String m : names) {
            if (derived.contains(m)) {
                kind.derivedSweepValues(m, runDir).forEach((name, value) -> table.add(gridPoint, name, value));
            } else {
                Object v = summary.get(m);
                table.add(gridPoint, m, v instanceof Number n ? n.doubleValue() : Double.NaN);
            }
        }
    }
}
