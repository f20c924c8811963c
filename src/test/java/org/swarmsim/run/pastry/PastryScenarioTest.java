package org.swarmsim.run.pastry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swarmsim.run.ScenarioProblems.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.Summary;
import org.swarmsim.pastry.NeighbourSelection;
import org.swarmsim.pastry.PastryConfig;
import org.swarmsim.pastry.Ring;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.ScenarioProblems;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/**
 * {@code kind: pastry} scenarios: each malformed field of the {@code pastry} section is refused
 * with the file, line, column, field and what is allowed; every key survives the scenario's write
 * and read; a small run is deterministic and its tables hold together.
 */
class PastryScenarioTest {
    private static final long S = 1_000_000_000L;
    /** Line 5 is b, 6 leaf_set, 7 neighbourhood, 8 the workload, 10 the first failure. */
    private static final String BASE = """
            name: errors
            kind: pastry
            pastry:
              nodes: 50
              b: 4
              leaf_set: 16
              neighbourhood: 32
              workload: {lookups_per_second: 1, duration: 10s}
              failures:
                - {at: 5s, fraction: 10%}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return new ScenarioProblems(dir, BASE).write(name, text);
    }

    private ScenarioException.Problem onlyProblem(String file, String from, String to) throws IOException {
        return new ScenarioProblems(dir, BASE).onlyProblem(file, from, to);
    }

    private ScenarioException.Problem onlyProblem(String file, String text) throws IOException {
        return new ScenarioProblems(dir, BASE).onlyProblem(file, text);
    }

    // ---- errors -----------------------------------------------------------------------------

    @Test
    void theBaseScenarioOfTheErrorTestsLoads() throws IOException {
        PastrySpec p = Scenarios.load(write("base.yaml", BASE)).section(PastrySpec.class);
        assertEquals(50, p.nodes());
        assertEquals(List.of(new PastrySpec.Failure(5 * S, 0.1)), p.failures());
    }

    @ParameterizedTest(name = "b: {0}")
    @MethodSource("digitBitsOutOfRange")
    void rejectsBOutsideOneToEightWithItsLine(String b) throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-b.yaml", "b: 4", "b: " + b);
        assertProblem(p, 5, 6, "pastry.b", "out of range (given " + b + "; allowed: an integer from 1 to 8)");
    }

    static Stream<String> digitBitsOutOfRange() {
        return Stream.of("0", "9");
    }

    @Test
    void rejectsAnOddLeafSetWithItsLine() throws IOException {
        ScenarioException.Problem p = onlyProblem("odd-leaf-set.yaml", "leaf_set: 16", "leaf_set: 15");
        assertProblem(p, 6, 13, "pastry.leaf_set", "|L| must be even (given 15; ",
                "allowed: an even integer from 2 to 256");
    }

    @Test
    void rejectsALeafSetBelowTwoWithItsLine() throws IOException {
        ScenarioException.Problem p = onlyProblem("small-leaf-set.yaml", "leaf_set: 16", "leaf_set: 0");
        assertProblem(p, 6, 13, "pastry.leaf_set", "out of range (given 0; allowed: an integer from 2 to 256)");
    }

    @Test
    void rejectsANegativeNeighbourhoodWithItsLine() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-neighbourhood.yaml", "neighbourhood: 32", "neighbourhood: -1");
        assertProblem(p, 7, 18, "pastry.neighbourhood", "out of range (given -1; allowed: an integer from 0 to 1024)");
    }

    static Stream<Arguments> failureFractionsOutOfRange() {
        String alive = "a failure kills a share of the online nodes and leaves some alive (given ";
        String allowed = "; allowed: 0 <= fraction < 1, such as 0.1 or 10%)";
        return Stream.of(
                Arguments.of("1.0", alive + "1.0" + allowed),
                Arguments.of("100%", alive + "100%" + allowed),
                Arguments.of("-0.1", alive + "-0.1" + allowed),
                Arguments.of("1.5", alive + "1.5" + allowed),
                Arguments.of("lots", alive + "lots" + allowed));
    }

    @ParameterizedTest(name = "fraction: {0}")
    @MethodSource("failureFractionsOutOfRange")
    void rejectsAFailureFractionOutsideZeroToOneExcludedAtTheFailuresItem(String fraction, String message)
            throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-fraction.yaml", "fraction: 10%", "fraction: " + fraction);
        assertProblem(p, 10, 26, "pastry.failures.0.fraction", message);
    }

    @Test
    void rejectsAFractionInTheSecondFailureAtItsOwnIndex() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-second.yaml", "- {at: 5s, fraction: 10%}",
                "- {at: 5s, fraction: 10%}\n    - {at: 6s, fraction: 1}");
        assertProblem(p, 11, 26, "pastry.failures.1.fraction", "leaves some alive (given 1;");
    }

    @Test
    void rejectsAScenarioWithoutAPastrySectionListingItsKeys() throws IOException {
        ScenarioException.Problem p = onlyProblem("no-pastry.yaml", "name: errors\nkind: pastry\n");
        assertProblem(p, 1, 1, "pastry", "missing required field 'pastry'",
                "allowed: a map with nodes, b, leaf_set, neighbourhood, proximity", "workload, churn, failures");
    }

    @Test
    void rejectsAnUnknownPastryKeyWithADidYouMean() throws IOException {
        ScenarioException.Problem p = onlyProblem("unknown-key.yaml", "leaf_set: 16", "leaf_set: 16\n  leafset: 8");
        assertProblem(p, 7, 3, "pastry.leafset", "unknown key 'leafset'", "allowed: nodes, b, leaf_set,",
                "did you mean 'leaf_set'?");
    }

    @Test
    void rejectsMoreReplicasThanHalfTheLeafSetPlusOne() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-replicas.yaml", "leaf_set: 16", "leaf_set: 4\n  replicas: 4");
        assertProblem(p, 7, 13, "pastry.replicas", "out of range (given 4; allowed: an integer from 1 to 3)");
        ScenarioException.Problem q = onlyProblem("bad-replicas-16.yaml", "leaf_set: 16",
                "leaf_set: 16\n  replicas: 10");
        assertProblem(q, 7, 13, "pastry.replicas", "out of range (given 10; allowed: an integer from 1 to 9)");
        PastrySpec atTheLimit = Scenarios.load(write("replicas-ok.yaml", BASE.replace("leaf_set: 16",
                "leaf_set: 4\n  replicas: 3"))).section(PastrySpec.class);
        assertEquals(3, atTheLimit.config().replicas());
    }

    // ---- round trips ------------------------------------------------------------------------

    /** Every key of the section, none at its default, with churn and two failures. */
    private static final String RICH = """
            name: rich-pastry
            seed: 5
            kind: pastry
            network:
              latency: {model: coordinates, extent: 100ms, base: 1ms}
              classes:
                - {name: dsl, share: 70%, upload: 1Mbit/s, download: 8Mbit/s}
                - {name: fibre, share: 30%, upload: 20Mbit/s, download: 50Mbit/s}
            pastry:
              nodes: 300
              b: 3
              leaf_set: 8
              neighbourhood: 0
              proximity: random
              hop_timeout: 1500ms
              join_interval: 250ms
              join_timeout: 20s
              settle: 0s
              bootstrap_candidates: 5
              locality_stage: false
              keepalive: 0s
              table_repair: false
              replicas: 5
              workload: {lookups_per_second: 30/min, inserts_per_second: 2, gets_per_second: 0, duration: 90s, value_bytes: 4KiB}
              churn:
                session: {dist: weibull, shape: 0.6, scale: 40min}
                offline: {dist: pareto, scale: 1min, shape: 1.5}
              failures:
                - {at: 10s, fraction: 10%}
                - {at: 1min, fraction: 0.333}
            metrics: {sample_interval: 5s}
            """;

    @Test
    void everyKeyOfARichPastryScenarioIsReadAsWritten() throws IOException {
        Scenario s = Scenarios.load(write("rich.yaml", RICH));
        PastrySpec p = s.section(PastrySpec.class);
        assertEquals(300, p.nodes());
        assertEquals(new PastryConfig(3, 8, 0, NeighbourSelection.RANDOM, 1500_000_000L, 20 * S, 0, false, false, 5,
                PastryConfig.DEFAULT_MAX_HOPS), p.config());
        assertEquals(S / 4, p.joinIntervalNanos());
        assertEquals(0, p.settleNanos());
        assertEquals(5, p.bootstrapCandidates());
        assertEquals(new PastrySpec.Workload(0.5, 2, 0, 90 * S, 4096), p.workload());
        assertEquals("weibull", p.churn().session().dist());
        assertEquals(2400.0, p.churn().session().param("scale"), 0);
        assertEquals("pareto", p.churn().offline().dist());
        assertEquals(60.0, p.churn().offline().param("scale"), 0);
        assertEquals(List.of(new PastrySpec.Failure(10 * S, 0.1), new PastrySpec.Failure(60 * S, 0.333)),
                p.failures());
        assertEquals(299 * S / 4 + 90 * S, s.durationNanos());
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of("rich", RICH),
                Arguments.of("base", BASE),
                Arguments.of("small-run", SMALL),
                Arguments.of("minimal", "name: minimal\nkind: pastry\npastry: {nodes: 10}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrips")
    void aWrittenPastryScenarioReadsBackToAnEqualSectionWithItsFailuresAndChurn(String name, String yaml)
            throws IOException {
        Scenario s = Scenarios.load(write(name + ".yaml", yaml));
        String written = s.toYaml();
        assertTrue(written.contains("\nkind: pastry\n"), written);
        assertTrue(written.lines().noneMatch(l -> l.startsWith("duration:")), "the duration is derived: " + written);
        Scenario again = Scenarios.load(write(name + "-scenario.yaml", written));
        PastrySpec before = s.section(PastrySpec.class);
        PastrySpec after = again.section(PastrySpec.class);
        assertEquals(before, after);
        assertEquals(before.failures(), after.failures());
        assertEquals(before.churn(), after.churn());
        assertEquals(s, again);
        assertEquals(written, again.toYaml(), "writing is a fixed point");
    }

    @Test
    void aMinimalPastrySectionGetsThePapersDefaults() throws IOException {
        Scenario s = Scenarios.load(write("minimal.yaml", "name: minimal\nkind: pastry\npastry: {nodes: 10}\n"));
        PastrySpec p = s.section(PastrySpec.class);
        assertEquals(PastryConfig.paper(), p.config());
        assertEquals(new PastrySpec(10, PastryConfig.paper(), S, 10 * S, 32,
                new PastrySpec.Workload(1.0, 0, 0, 600 * S, 1024), null, List.of()), p);
        assertEquals(9 * S + 10 * S + 600 * S, s.durationNanos());
    }

    // ---- runs -------------------------------------------------------------------------------

    /** About 200 nodes, joins every 100 ms, 20 s of lookups, inserts and gets, 10% failing 10 s in. */
    static final String SMALL = """
            name: small-pastry
            seed: 7
            kind: pastry
            network:
              latency: {model: coordinates, extent: 100ms, base: 1ms}
            pastry:
              nodes: 200
              join_interval: 100ms
              keepalive: 5s
              workload: {lookups_per_second: 20, inserts_per_second: 2, gets_per_second: 4, duration: 20s}
              failures:
                - {at: 10s, fraction: 10%}
            metrics: {sample_interval: 5s}
            """;
    private static final String FAILURES = "  failures:\n    - {at: 10s, fraction: 10%}\n";

    private static final Map<String, RunResult> RUNS = new HashMap<>();

    /** The run of {@code yaml} (memoised: a result is immutable). */
    private static synchronized RunResult run(String yaml) throws IOException {
        RunResult r = RUNS.get(yaml);
        if (r == null) {
            Path f = Files.createTempFile("pastry-run", ".yaml");
            try {
                Files.writeString(f, yaml);
                Scenario s = Scenarios.load(f);
                r = PastryKind.INSTANCE.run(s, RunRequest.of(0));
            } finally {
                Files.delete(f);
            }
            RUNS.put(yaml, r);
        }
        return r;
    }

    private static String withoutFailures() {
        assertTrue(SMALL.contains(FAILURES));
        return SMALL.replace(FAILURES, "");
    }

    private static String table(RunResult r, String name) {
        return r.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().text();
    }

    /** The rows of a CSV table as maps from its header (no field of these tables holds a comma). */
    private static List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        return lines.stream().skip(1).map(l -> {
            String[] cells = l.split(",", -1);
            assertEquals(header.length, cells.length, l);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], cells[i]);
            }
            return m;
        }).toList();
    }

    private static Map<String, Object> withoutWall(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>(s.entries());
        assertTrue(m.containsKey("wall_s"), m.toString());
        m.remove("wall_s");
        return m;
    }

    @Test
    void theSameSeedGivesByteIdenticalTablesAndEqualSummariesApartFromTheWallTime() throws IOException {
        RunResult a = run(SMALL);
        Path f = Files.createTempFile("pastry-again", ".yaml");
        RunResult b;
        try {
            Files.writeString(f, SMALL);
            b = PastryKind.INSTANCE.run(Scenarios.load(f), RunRequest.of(0));
        } finally {
            Files.delete(f);
        }
        List<OutputFile> ta = a.tables();
        List<OutputFile> tb = b.tables();
        assertEquals(List.of("timeseries.csv", "lookups.csv", "nodes.csv"), ta.stream().map(OutputFile::name).toList());
        assertEquals(ta.size(), tb.size());
        for (int i = 0; i < ta.size(); i++) {
            assertEquals(ta.get(i).name(), tb.get(i).name());
            assertEquals(ta.get(i).text(), tb.get(i).text(), ta.get(i).name());
        }
        Summary sa = a.summary(1.5);
        Summary sb = b.summary(2.5);
        assertNotEquals(sa.entries().get("wall_s"), sb.entries().get("wall_s"));
        assertEquals(withoutWall(sa), withoutWall(sb));
        assertEquals(a.summary(0).toJson(), b.summary(0).toJson());
        assertEquals(a.events(), b.events());
        assertEquals(a.endNanos(), b.endNanos());
        assertTrue(sa.number("failed_nodes") > 0, sa.toJson());
    }

    @Test
    void anotherSeedGivesOtherLookups() throws IOException {
        assertTrue(SMALL.contains("seed: 7"));
        String a = table(run(SMALL), "lookups.csv");
        String c = table(run(SMALL.replace("seed: 7", "seed: 8")), "lookups.csv");
        assertNotEquals(a, c);
        assertTrue(rows(a).size() > 100 && rows(c).size() > 100, "both runs route something");
    }

    @Test
    void withoutFailuresEveryLookupReachesItsTrueRootAndEveryGetFindsItsValue() throws IOException {
        RunResult r = run(withoutFailures());
        Summary s = r.summary(0);
        // Poisson, 20/s for 20 s: mean 400, sd 20
        assertTrue(s.number("lookups_total") > 300 && s.number("lookups_total") < 500, s.toJson());
        assertEquals(1.0, s.number("success_rate"), s.toJson());
        assertEquals(0, s.number("lookups_lost"), s.toJson());
        assertEquals(0, s.number("failed_nodes"), s.toJson());
        assertTrue(s.number("gets_total") > 0, s.toJson());
        assertEquals(1.0, s.number("get_found_rate"), s.toJson());
        for (Map<String, String> row : rows(table(r, "lookups.csv"))) {
            if (row.get("operation").equals("get")) {
                // answered by the first node on the route holding a replica, not necessarily the root
                assertEquals("1", row.get("found"), row.toString());
            } else {
                assertEquals("1", row.get("success"), row.toString());
                assertEquals(row.get("root"), row.get("destination"), row.toString());
                assertEquals("-1", row.get("found"), row.toString());
            }
        }
    }

    static Stream<Arguments> smallRuns() {
        return Stream.of(Arguments.of("with a failure", true), Arguments.of("without failures", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallRuns")
    void everyDeliveredRouteTakesAtMostOneHopPerDigitAndItsPathRunsFromTheOriginToTheDestination(String name,
            boolean failures) throws IOException {
        RunResult r = run(failures ? SMALL : withoutFailures());
        int digits = Ring.digitCount(PastryConfig.DEFAULT_B);
        List<Map<String, String>> rows = rows(table(r, "lookups.csv"));
        long delivered = 0;
        for (Map<String, String> row : rows) {
            int destination = Integer.parseInt(row.get("destination"));
            if (destination < 0) {
                continue;
            }
            delivered++;
            int hops = Integer.parseInt(row.get("hops"));
            assertTrue(hops >= 0 && hops <= digits, "hops <= " + digits + ": " + row);
            List<String> path = Arrays.asList(row.get("path").split(" "));
            assertEquals(hops + 1, path.size(), row.toString());
            assertEquals(row.get("origin"), path.get(0), row.toString());
            assertEquals(row.get("destination"), path.get(path.size() - 1), row.toString());
        }
        assertTrue(delivered > 300, "routes delivered: " + delivered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallRuns")
    void nodesCsvHasOneRowPerNode(String name, boolean failures) throws IOException {
        RunResult r = run(failures ? SMALL : withoutFailures());
        List<Map<String, String>> rows = rows(table(r, "nodes.csv"));
        assertEquals(200, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(String.valueOf(i), rows.get(i).get("address"), rows.get(i).toString());
            assertEquals(32, rows.get(i).get("id").length(), rows.get(i).toString());
        }
        long online = rows.stream().filter(row -> row.get("online").equals("1")).count();
        Summary s = r.summary(0);
        assertEquals((long) s.number("nodes_online_end"), online, s.toJson());
        assertEquals(failures ? 180 : 200, online, "10% of 200 fail");
    }
}
