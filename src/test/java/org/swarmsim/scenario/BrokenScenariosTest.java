package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swarmsim.cli.Main;

/**
 * The table of malformed scenarios: each file (or {@code --set}) must make {@code swarmsim validate}
 * exit 1 and print the intended message at the intended line and column.
 */
class BrokenScenariosTest {
    private static final Path BROKEN = Path.of("src/test/resources/scenarios/broken");
    private static final Path VALID = Path.of("src/test/resources/scenarios/valid-base.yaml");

    /** Runs {@code swarmsim validate args...}; returns exit code and everything printed. */
    static Result validate(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code;
        try {
            System.setOut(capture);
            System.setErr(capture);
            List<String> all = new ArrayList<>(List.of("validate"));
            all.addAll(List.of(args));
            code = Main.execute(all.toArray(new String[0]));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("unknown-key.yaml", 2, 1, "duraton: unknown key 'duraton'", "did you mean 'duration'?"),
                Arguments.of("wrong-byte-unit.yaml", 4, 9, "torrent.size: unknown byte size unit 'MiBs'", "KiB"),
                Arguments.of("duration-without-unit.yaml", 2, 11, "duration: duration '3600' has no unit: add a unit",
                        "allowed units: ns, us, ms, s, min, h, d"),
                Arguments.of("duration-in-m.yaml", 2, 11, "duration: unknown duration unit 'm'", "did you mean '90min'?"),
                Arguments.of("duration-in-hours.yaml", 5, 13, "tracker.interval: unknown duration unit 'hour'",
                        "did you mean '1h'?"),
                Arguments.of("rate-in-mb.yaml", 5, 37, "network.classes.0.upload: unknown data rate unit 'Mb/s'",
                        "did you mean '1Mbit/s' or '1MB/s'?"),
                Arguments.of("rate-without-unit.yaml", 5, 37, "network.classes.0.upload: data rate '1000' has no unit",
                        "Mbit/s"),
                Arguments.of("shares-not-summing.yaml", 5, 5, "network.classes: shares must sum to 1",
                        "given 50% + 40% = 0.9"),
                Arguments.of("negative-count.yaml", 6, 12, "population.leechers.count: out of range", "given -5"),
                Arguments.of("missing-size.yaml", 4, 3, "torrent.size: missing required field 'size'", "256KiB"),
                Arguments.of("missing-leechers.yaml", 5, 3, "missing required field 'leechers'", "flash_crowd"),
                Arguments.of("bad-distribution-name.yaml", 7, 23, "unknown distribution 'gaussian'",
                        "allowed: constant, exponential"),
                Arguments.of("bad-yaml-syntax.yaml", 4, 11, "bad YAML syntax", "flow mapping"),
                Arguments.of("trace-file-missing.yaml", 7, 11, "population.leechers.file: file not found",
                        "no-such-arrivals.txt"),
                Arguments.of("unknown-picker.yaml", 7, 11, "unknown picker 'rarest'", "did you mean 'rarest_first'?"),
                Arguments.of("key-of-another-arrival.yaml", 8, 5, "'count' belongs to arrival: flash_crowd, not poisson",
                        "keys for poisson: rate, start, duration"),
                Arguments.of("duplicate-key.yaml", 4, 1, "duplicate key 'name'", "first written at"),
                Arguments.of("unknown-behaviour.yaml", 7, 34, "unknown key 'free_riders'", "did you mean 'free_rider'?"),
                Arguments.of("piece-not-whole-blocks.yaml", 5, 17, "must be a multiple of protocol.block_size",
                        "given 100KB"),
                Arguments.of("seed-class-unknown.yaml", 9, 28, "unknown capacity class 'cabel'",
                        "did you mean 'cable'?"),
                Arguments.of("initiated-above-limit.yaml", 8, 18, "must not exceed max_connections", "0 to 50"),
                Arguments.of("uniform-max-below-min.yaml", 4, 66, "network.latency.max: max must be >= min",
                        "min 100ms, max 10ms"),
                Arguments.of("empty.yaml", 1, 1, "a scenario must be a map of keys", "given an empty file"),
                Arguments.of("section-not-a-map.yaml", 6, 11, "protocol: expected a map of keys", "given random"),
                Arguments.of("not-a-boolean.yaml", 7, 13, "protocol.end_game: expected true or false", "given maybe"),
                Arguments.of("bad-arrival-rate.yaml", 7, 11, "expected a positive arrival rate", "30/min"),
                Arguments.of("dht-with-torrent.yaml", 4, 1, "torrent: not allowed with kind: dht_lookups",
                        "allowed: name, seed, kind, network, dht, metrics, sweep"),
                Arguments.of("dht-section-missing.yaml", 1, 1, "dht: missing required field 'dht'",
                        "join_interval, lookups_per_second"),
                Arguments.of("dht-unknown-termination.yaml", 5, 16, "dht.termination: unknown termination 'k_closest'",
                        "did you mean 'k_closest_answered'?"),
                Arguments.of("dht-churn-never.yaml", 5, 20, "dht.churn.session: 'never' is not allowed here",
                        "a duration or a {dist: ...} map"),
                Arguments.of("unknown-kind.yaml", 2, 7, "kind: unknown scenario kind 'dht_lookup'",
                        "did you mean 'dht_lookups'?"),
                Arguments.of("dht-in-a-swarm.yaml", 6, 1, "dht: only with kind: dht_lookups", "set under discovery"),
                Arguments.of("dht-bad-lookup-rate.yaml", 5, 23, "dht.lookups_per_second: expected a positive rate",
                        "30/min"),
                Arguments.of("optimistic-not-a-multiple.yaml", 7, 56,
                        "protocol.choker.optimistic_interval: optimistic_interval must be a whole multiple of rechoke_interval",
                        "given 25s and 10s"),
                Arguments.of("coordinates-in-3d.yaml", 4, 45, "network.latency.dimensions: the coordinates model is "
                        + "two-dimensional", "given 3; allowed: 2"),
                Arguments.of("no-upload-slots.yaml", 9, 23, "protocol.choker.optimistic_slots: a peer needs at least one "
                        + "upload slot", "regular_slots 0 and optimistic_slots 0"),
                Arguments.of("torrent-file-unreadable.yaml", 4, 9, "torrent.file: not a readable .torrent file",
                        "expected a dictionary"),
                Arguments.of("seed-class-does-not-upload.yaml", 9, 28, "population.seeds.class: initial seeds must upload",
                        "'watcher' with upload 0"),
                Arguments.of("block-size-not-dividing-piece.yaml", 3, 10, "torrent.piece_length: must be a multiple of "
                        + "protocol.block_size", "256KiB, the default; block_size is 100KiB"),
                Arguments.of("unknown-discovery-source.yaml", 5, 22, "discovery.sources.1: unknown discovery source 'dhtt'",
                        "allowed: tracker, dht, finders, pex, tex; did you mean 'dht'?"),
                Arguments.of("unknown-sweep-metric.yaml", 8, 35, "sweep.metrics.1: unknown metric 'download_time_mean' "
                        + "for kind swarm", "behaviour_download_time_mean_s; did you mean 'download_time_mean_s'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileFailsWithItsMessageAtItsLineAndColumn(String file, int line, int column, String message,
            String detail) {
        Path path = BROKEN.resolve(file);
        Result r = validate(path.toString());
        assertEquals(1, r.exitCode(), r.output());
        String located = path + ":" + line + ":" + column + ": ";
        String problem = r.output().lines().filter(l -> l.contains(located)).findFirst().orElse("");
        assertTrue(problem.contains(message), "expected '" + located + "... " + message + "' in:\n" + r.output());
        assertTrue(problem.contains(detail), "expected '" + detail + "' in:\n" + problem);
        assertTrue(!r.output().contains("OK " + path), r.output());
    }

    @Test
    void theTableCoversEveryBrokenFile() throws Exception {
        try (Stream<Path> files = Files.list(BROKEN)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> inTable = brokenFiles().map(a -> (String) a.get()[0]).sorted().toList();
            assertEquals(onDisk, inTable);
            assertTrue(inTable.size() >= 15);
        }
    }

    @Test
    void sharesThatDoNotSumAreReportedInTheSamePassAsABadFieldOfTheirClass(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("two-problems.yaml");
        Files.writeString(file, """
                name: two-problems
                duration: 1h
                network:
                  classes:
                    - {name: dsl, share: 50%, upload: 1Mb/s, download: 8Mbit/s}
                    - {name: cable, share: 40%, upload: 5Mbit/s, download: 50Mbit/s}
                torrent: {size: 10MiB}
                population:
                  leechers: {count: 20}
                """);
        Result r = validate(file.toString());
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("INVALID " + file + " (2 problems)"), r.output());
        assertTrue(r.output().contains(file + ":5:39: network.classes.0.upload: unknown data rate unit 'Mb/s'"), r.output());
        assertTrue(r.output().contains(file + ":5:5: network.classes: shares must sum to 1 (given 50% + 40% = 0.9"),
                r.output());
    }

    @Test
    void behaviourSharesThatDoNotSumAreReportedWithAMisspeltBehaviourAndOtherBadFields(@TempDir Path tmp)
            throws Exception {
        Path file = tmp.resolve("three-problems.yaml");
        Files.writeString(file, """
                name: three-problems
                duration: 1h
                torrent: {size: 10MiB}
                population:
                  leechers:
                    count: -3
                    behaviours: {compliant: 50%, freerider: 20%}
                """);
        Result r = validate(file.toString());
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("INVALID " + file + " (3 problems)"), r.output());
        assertTrue(r.output().contains(file + ":6:12: population.leechers.count: out of range"), r.output());
        assertTrue(r.output().contains("population.leechers.behaviours.freerider: unknown key 'freerider'"), r.output());
        assertTrue(r.output().contains(file + ":7:17: population.leechers.behaviours: shares must sum to 1 "
                + "(given 50% + 20% = 0.7"), r.output());
    }

    @Test
    void setOfAnUnknownPathFailsWithASuggestion() {
        Result r = validate(VALID.toString(), "--set", "protocol.pickr=random");
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("--set protocol.pickr=random: protocol.pickr: unknown key 'pickr'"), r.output());
        assertTrue(r.output().contains("did you mean 'picker'?"), r.output());
    }

    @Test
    void setOfABadValueFailsNamingTheOption() {
        Result r = validate(VALID.toString(), "--set", "population.leechers.count=-1");
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("--set population.leechers.count=-1: population.leechers.count: out of range"),
                r.output());
    }

    @Test
    void setWithoutAnEqualsSignFails() {
        Result r = validate(VALID.toString(), "--set", "protocol.picker");
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("expected path=value"), r.output());
    }

    @Test
    void aValidFileWithAGoodSetPasses() {
        Result r = validate(VALID.toString(), "--set", "protocol.picker=random");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("OK " + VALID), r.output());
    }

    @Test
    void oneBrokenFileAmongGoodOnesMakesTheExitCodeOne() {
        Result r = validate(VALID.toString(), BROKEN.resolve("unknown-picker.yaml").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.output().contains("OK " + VALID), r.output());
        assertTrue(r.output().contains("INVALID " + BROKEN.resolve("unknown-picker.yaml")), r.output());
    }

    @Test
    void aMissingFileIsReportedNotThrownAsBadInputWithExitCodeTwo() {
        Result r = validate("no/such/scenario.yaml");
        assertEquals(2, r.exitCode());
        assertTrue(r.output().contains("no such file: no/such/scenario.yaml"), r.output());
    }
}
