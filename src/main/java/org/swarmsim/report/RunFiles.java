package org.swarmsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a run wrote, read back from its directory on demand: {@code summary.json} and any of its CSV
 * files by name (each parsed once). Reports are built from this alone, never from simulator
 * objects.
 */
public final class RunFiles {
    private final Path directory;
    private final Map<String, Object> summary;
    private final Map<String, CsvTable> tables = new HashMap<>();   // lookups only, never iterated

    private RunFiles(Path directory, Map<String, Object> summary) {
        this.directory = directory;
        this.summary = summary;
    }

    /** Opens a finished run directory (one with {@code summary.json}); fails naming the file. */
    public static RunFiles open(Path runDir) {
        Path summaryFile = runDir.resolve("summary.json");
        String json;
        try {
            json = Files.readString(summaryFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summaryFile + " (is " + runDir + " a finished run directory?)", e);
        }
        return new RunFiles(runDir, JsonReader.parseObject(summaryFile.toString(), json));
    }

    public Path directory() {
        return directory;
    }

    /** {@code summary.json}, keys in file order. */
    public Map<String, Object> summary() {
        return summary;
    }

    /** The CSV file {@code name} of the run. */
    public CsvTable table(String name) {
        return tables.computeIfAbsent(name, n -> CsvTable.read(directory.resolve(n)));
    }
}
