package org.swarmsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.swarmsim.metrics.RunOutput;

/**
 * What {@code org.swarmsim.metrics} wrote for one run, read back from its directory: the time
 * series, the peer table and the summary. The report is built from this alone.
 *
 * @param directory  the run directory
 * @param timeSeries {@code timeseries.csv}
 * @param peers      {@code peers.csv}
 * @param summary    {@code summary.json}, keys in file order
 */
public record RunData(Path directory, CsvTable timeSeries, CsvTable peers, Map<String, Object> summary) {

    /** Reads the three files; fails naming the missing file. */
    public static RunData read(Path runDir) {
        Path summaryFile = runDir.resolve(RunOutput.SUMMARY_FILE);
        String json;
        try {
            json = Files.readString(summaryFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summaryFile + " (is " + runDir + " a finished run directory?)", e);
        }
        return new RunData(runDir,
                CsvTable.read(runDir.resolve(RunOutput.TIMESERIES_FILE)),
                CsvTable.read(runDir.resolve(RunOutput.PEERS_FILE)),
                JsonReader.parseObject(summaryFile.toString(), json));
    }
}
