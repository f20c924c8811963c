package org.swarmsim.metrics;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run writes besides the streaming trace, written in one call:
 * {@value #SCENARIO_FILE} (the resolved scenario text as given), {@value #TIMESERIES_FILE},
 * {@value #PEERS_FILE} and {@value #SUMMARY_FILE} ({@value #SUMMARY_FILE} last, so its presence
 * marks a complete run). Each file is written atomically and never replaces an existing one.
 *
 * @param scenarioYaml the resolved scenario as YAML text
 * @param timeSeries   samples on simulated time
 * @param peers        one record per peer
 * @param summary      the headline numbers, normally built from {@code peers}
 */
public record RunOutput(String scenarioYaml, TimeSeries timeSeries, PeerTable peers, RunSummary summary) {
    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String TIMESERIES_FILE = "timeseries.csv";
    public static final String PEERS_FILE = "peers.csv";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String TRACE_FILE = "trace.jsonl";

    /** Requires every part. */
    public RunOutput {
        Objects.requireNonNull(scenarioYaml, "scenarioYaml");
        Objects.requireNonNull(timeSeries, "timeSeries");
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(summary, "summary");
    }

    /** Writes the four files into {@code dir}; returns their paths in writing order. */
    public List<Path> writeTo(ResultsDirectory dir) {
        Path scenario = dir.write(SCENARIO_FILE, scenarioYaml);
        Path series = dir.write(TIMESERIES_FILE, timeSeries.toCsv());
        Path peerFile = dir.write(PEERS_FILE, peers.toCsv());
        Path summaryFile = dir.write(SUMMARY_FILE, summary.toJson());
        return List.of(scenario, series, peerFile, summaryFile);
    }
}
