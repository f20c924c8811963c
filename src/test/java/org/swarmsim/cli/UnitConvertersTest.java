package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Size, duration and rate options read the units of scenario files; a bad value is exit code 2. */
class UnitConvertersTest {
    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Option(names = "--size", converter = ByteSizeConverter.class)
        long bytes;

        @Option(names = "--after", converter = DurationConverter.class)
        long nanos;

        @Option(names = "--rate", converter = DataRateConverter.class)
        long bytesPerSecond;

        @Override
        public void run() {
        }
    }

    private record Parsed(int exit, Probe probe, String err) {
    }

    private static Parsed parse(String... args) {
        Probe probe = new Probe();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(probe).setErr(new PrintWriter(err, true)).execute(args);
        return new Parsed(exit, probe, err.toString());
    }

    @Test
    void sizesDurationsAndRatesAreReadAsInScenarioFiles() {
        Parsed p = parse("--size", "256KiB", "--after", "1.5min", "--rate", "8Mbit/s");
        assertEquals(0, p.exit(), p.err());
        assertEquals(262_144, p.probe().bytes);
        assertEquals(90_000_000_000L, p.probe().nanos);
        assertEquals(1_000_000, p.probe().bytesPerSecond);
    }

    @Test
    void aBadValueIsAUsageErrorWithTheAllowedUnitsAndTheNearestSpelling() {
        Parsed size = parse("--size", "256K");
        assertEquals(2, size.exit());
        assertTrue(size.err().startsWith("Invalid value for option '--size': unknown byte size unit 'K' (given 256K; "
                + "allowed units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB (a plain integer means bytes); "
                + "did you mean '256KiB'?)"), size.err());
        Parsed duration = parse("--after", "90m");
        assertEquals(2, duration.exit());
        assertTrue(duration.err().contains("did you mean '90min'?"), duration.err());
        Parsed bare = parse("--after", "30");
        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("duration '30' has no unit: add a unit"), bare.err());
        Parsed rate = parse("--rate", "1Mb/s");
        assertEquals(2, rate.exit());
        assertTrue(rate.err().contains("did you mean '1Mbit/s' or '1MB/s'?"), rate.err());
    }
}
