package org.swarmsim.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run writes besides the streaming trace, written in one call: {@value #SCENARIO_FILE}
 * (the resolved scenario), the run's tables in order, and {@value Summary#FILE} last, so that its
 * presence marks a complete run. Each file is written atomically and never replaces an existing
 * one.
 *
 * @param scenarioYaml the resolved scenario as YAML text
 * @param tables       the CSV files (time series first, then per-peer or per-lookup tables)
 * @param summary      the headline numbers
 */
public record RunOutput(String scenarioYaml, List<OutputFile> tables, Summary summary) {
    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String TRACE_FILE = "trace.jsonl";

    /** Requires every part. */
    public RunOutput {
        Objects.requireNonNull(scenarioYaml, "scenarioYaml");
        tables = List.copyOf(tables);
        Objects.requireNonNull(summary, "summary");
    }

    /** Writes the files into {@code dir}; returns their paths in writing order. */
    public List<Path> writeTo(ResultsDirectory dir) {
        List<Path> written = new ArrayList<>();
        written.add(dir.write(SCENARIO_FILE, scenarioYaml));
        for (OutputFile f : tables) {
            written.add(dir.write(f.name(), f.text()));
        }
        written.add(dir.write(Summary.FILE, summary.toJson()));
        return written;
    }
}
