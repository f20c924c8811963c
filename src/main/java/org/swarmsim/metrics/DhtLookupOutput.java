package org.swarmsim.metrics;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files of a DHT lookup run: {@code scenario.yaml}, {@code timeseries.csv},
 * {@code lookups.csv} and {@code summary.json}, each written atomically.
 */
public record DhtLookupOutput(String scenarioYaml, DhtTimeSeries timeSeries, LookupTable lookups,
                              DhtLookupSummary summary) {
    public static final String LOOKUPS_FILE = "lookups.csv";

    /** Requires every part. */
    public DhtLookupOutput {
        Objects.requireNonNull(scenarioYaml, "scenarioYaml");
        Objects.requireNonNull(timeSeries, "timeSeries");
        Objects.requireNonNull(lookups, "lookups");
        Objects.requireNonNull(summary, "summary");
    }

    /** Writes the four files into {@code dir}; returns their paths in writing order. */
    public List<Path> writeTo(ResultsDirectory dir) {
        StringBuilder csv = new StringBuilder(64 + lookups.size() * 96);
        lookups.writeCsv(csv);
        return List.of(dir.write(RunOutput.SCENARIO_FILE, scenarioYaml),
                dir.write(RunOutput.TIMESERIES_FILE, timeSeries.toCsv()),
                dir.write(LOOKUPS_FILE, csv.toString()),
                dir.write(RunOutput.SUMMARY_FILE, summary.toJson()));
    }
}
