package org.swarmsim.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.swarmsim.metrics.ResultsDirectory;

/** Runs an experiment's quick version into a directory, for the reproduction tests. */
final class QuickRuns {
    private QuickRuns() {
    }

    static ComparisonTable run(String name, Path out) {
        Reproduction r = new Reproduction(Experiments.named(name), Path.of("scenarios", "papers"), true);
        ComparisonTable table = r.run(ResultsDirectory.createAt(out), null);
        System.out.print(table.toText());
        return table;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code column} in {@code line} of the CSV {@code file} (no quoted commas). */
    static double column(Path file, String line, String column) {
        List<String> header = Arrays.asList(lines(file).get(0).split(","));
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(file + " has no column " + column + ": " + header);
        }
        return Double.parseDouble(line.split(",")[i]);
    }
}
