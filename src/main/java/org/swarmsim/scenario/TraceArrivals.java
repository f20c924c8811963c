package org.swarmsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.sim.SimTime;
import org.swarmsim.sim.random.RandomStream;

/**
 * Arrival times read from a trace file: one time per line, either a duration with a unit
 * ({@code 12.5s}, {@code 3min}) or a bare number of seconds; blank lines and {@code #} comments are
 * skipped. The times need not be sorted. Uses no randomness.
 */
public record TraceArrivals(Path file) implements ArrivalProcess {
    public TraceArrivals {
        if (file == null) {
            throw new IllegalArgumentException("trace arrivals need a file");
        }
    }

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public void writeTo(YamlMap map) {
        map.put("arrival", name());
        map.put("file", file.toString());
    }

    @Override
    public long[] arrivalTimes(RandomStream stream) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and sorts the times of a trace file.
     *
     * @throws IllegalArgumentException naming the line of a bad or negative time
     */
    public static long[] read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long[] times = new long[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            long t;
            try {
                t = line.chars().anyMatch(Character::isLetter) ? Duration.parse(line)
                        : SimTime.seconds(Double.parseDouble(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": '" + line
                        + "' is not a time (allowed: seconds such as 12.5, or a duration such as 3min)");
            }
            if (t < 0) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": negative time '"
                        + line + "'");
            }
            times[n++] = t;
        }
        long[] result = Arrays.copyOf(times, n);
        Arrays.sort(result);
        return result;
    }

    /** The number of times in the file (0 if it cannot be read: the run reports that itself). */
    @Override
    public long arrivalsBound() {
        try {
            return read(file).length;
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }
}
