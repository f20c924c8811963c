package org.swarmsim.run.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swarmsim.run.ScenarioProblems.assertProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swarmsim.cli.MainRun;
import org.swarmsim.gnutella.GnutellaConfig;
import org.swarmsim.gnutella.SearchMethod;
import org.swarmsim.run.ScenarioProblems;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/**
 * {@code kind: gnutella} scenarios: each malformed field is refused with a message naming the
 * scenario file, the line and column, the field and what is allowed; and every key survives
 * {@code scenario.yaml} (the kind's write, read again).
 */
class GnutellaScenarioTest {
    private static final long S = 1_000_000_000L;
    /** Line 5 is the topology, 6 the content, 7 the workload, 9 the first search method. */
    private static final String BASE = """
            name: errors
            kind: gnutella
            duration: 20s
            gnutella:
              topology: {model: random_regular, nodes: 300, degree: 4}
              content: {objects: 10, replicas: 30}
              workload: {queries_per_second: 1}
              search:
                - {method: flood, ttl: 4}
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

    @Test
    void aMalformedEdgeListLineIsReportedWithTheEdgeListsNameAndLineAtTheFileField() throws IOException {
        write("overlay-edges.txt", "1 2\n# a comment line still counts\n2 3\n3 x4\n4 1\n");
        ScenarioException.Problem p = onlyProblem("bad-edges.yaml",
                "{model: random_regular, nodes: 300, degree: 4}", "{model: edge_list, file: overlay-edges.txt}");
        assertProblem(p, 5, 38, "gnutella.topology.file", "bad edge list: ", "overlay-edges.txt:4: ",
                "expected two non-negative integer node ids \"u v\"", "found \"3 x4\"");
    }

    @Test
    void theValidateCommandPrintsTheEdgeListProblemAndExitsOne() throws IOException {
        write("overlay-edges.txt", "1 2\n2 3 7\n");
        Path f = write("bad-edges.yaml", BASE.replace("{model: random_regular, nodes: 300, degree: 4}",
                "{model: edge_list, file: overlay-edges.txt}"));
        MainRun r = MainRun.of("validate", f.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        String printed = r.out() + r.err();
        assertTrue(printed.contains("INVALID " + f + " (1 problem)"), printed);
        assertTrue(printed.contains("bad-edges.yaml:5:38: gnutella.topology.file: bad edge list: "), printed);
        assertTrue(printed.contains("overlay-edges.txt:2: expected two non-negative integer node ids \"u v\" and "
                + "nothing after them, found \"2 3 7\""), printed);
    }

    static Stream<Arguments> ttlsOutOfRange() {
        return Stream.of(
                Arguments.of("{method: flood, ttl: 4}", "{method: flood, ttl: 0}", 9, 28, "gnutella.search.0.ttl", "0"),
                Arguments.of("{method: flood, ttl: 4}", "{method: flood, ttl: 256}", 9, 28, "gnutella.search.0.ttl",
                        "256"),
                Arguments.of("{method: flood, ttl: 4}", "{method: flood, ttl: 4}\n    - {method: random_walk, ttl: 0}",
                        10, 34, "gnutella.search.1.ttl", "0"),
                Arguments.of("{method: flood, ttl: 4}", "{method: expanding_ring, start: 1, max: 256}", 9, 47,
                        "gnutella.search.0.max", "256"),
                Arguments.of("{method: flood, ttl: 4}", "{method: expanding_ring, start: 0}", 9, 39,
                        "gnutella.search.0.start", "0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ttlsOutOfRange")
    void aTtlOutsideOneTo255IsRefusedAtItsField(String from, String to, int line, int column, String path,
                                               String given) throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-ttl.yaml", from, to);
        assertProblem(p, line, column, path, "out of range (given " + given + "; allowed: an integer from 1 to 255)");
    }

    @Test
    void aNegativeReplicaCountIsRefused() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-replicas.yaml", "replicas: 30", "replicas: -3");
        assertProblem(p, 6, 36, "gnutella.content.replicas", "out of range (given -3; allowed: an integer from 0");
    }

    @Test
    void moreReplicasThanObjectsTimesServentsAreRefused() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-replicas.yaml", "replicas: 30", "replicas: 3001");
        assertProblem(p, 6, 36, "gnutella.content.replicas",
                "more replicas than objects x servents (given 3001; allowed: 0..3000)");
    }

    @Test
    void anOriginThatIsNoServentOfAGeneratedOverlayIsRefusedWithTheRangeOfIds() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-origin.yaml", "{queries_per_second: 1}",
                "{queries_per_second: 1, origins: [0, 299, 300]}");
        assertProblem(p, 7, 55, "gnutella.workload.origins",
                "origin 300 is not a servent of the overlay (allowed: 0..299)");
    }

    @Test
    void theLeavesOfATwoTierOverlayAreOriginsButNothingBeyondThem() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-origin.yaml", "{queries_per_second: 1}",
                "{queries_per_second: 1, origins: [3299, 3300]}\n  ultrapeers: {leaves: 3000}");
        assertProblem(p, 7, 53, "gnutella.workload.origins",
                "origin 3300 is not a servent of the overlay (allowed: 0..3299)");
    }

    @Test
    void anOriginThatIsNoNodeOfAnEdgeListIsRefused() throws IOException {
        write("overlay-edges.txt", "1 2\n2 3\n3 1\n");
        ScenarioException.Problem p = onlyProblem("bad-origin.yaml", BASE
                .replace("{model: random_regular, nodes: 300, degree: 4}", "{model: edge_list, file: overlay-edges.txt}")
                .replace("{queries_per_second: 1}", "{queries_per_second: 1, origins: [3, 0]}"));
        assertProblem(p, 7, 50, "gnutella.workload.origins",
                "origin 0 is not a servent of the overlay (allowed: the edge list's node ids)");
    }

    @Test
    void twoTierSearchNeedsUltrapeers() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-method.yaml", "method: flood", "method: two_tier");
        assertProblem(p, 9, 16, "gnutella.search.0.method",
                "two_tier needs a two-tier overlay (add gnutella.ultrapeers)");
    }

    @Test
    void randomWalksAreRefusedInATwoTierOverlay() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-method.yaml", "{method: flood, ttl: 4}",
                "{method: random_walk}\n  ultrapeers: {leaves: 3000}");
        assertProblem(p, 9, 16, "gnutella.search.0.method", "random_walk runs on flat overlays only",
                "use flood, expanding_ring, two_tier");
    }

    @Test
    void anUnknownTopologyModelIsRefusedWithTheModelsAndADidYouMean() throws IOException {
        ScenarioException.Problem p = onlyProblem("bad-model.yaml", "model: random_regular", "model: random_regualr");
        assertProblem(p, 5, 21, "gnutella.topology.model", "unknown topology model 'random_regualr'",
                "allowed: random_regular, erdos_renyi, barabasi_albert, grid, ring, edge_list",
                "did you mean 'random_regular'?");
    }

    @Test
    void anUnreadableTopologyBringsNoSpuriousProblemsWithIt() throws IOException {
        // replicas (30 > objects x 1) and origins used to be checked against a missing topology too
        ScenarioException.Problem p = onlyProblem("bad-model.yaml",
                "model: random_regular, nodes: 300, degree: 4}\n  content: {objects: 10, replicas: 30}\n"
                        + "  workload: {queries_per_second: 1}",
                "model: rnig, nodes: 300}\n  content: {objects: 10, replicas: 30}\n"
                        + "  workload: {queries_per_second: 1, origins: [5]}");
        assertProblem(p, 5, 21, "gnutella.topology.model", "unknown topology model 'rnig'", "did you mean 'ring'?");
    }

    // ---- round trips ------------------------------------------------------------------------

    /** Every key of the section, none at its default. */
    private static final String RICH_TWO_TIER = """
            name: rich-two-tier
            seed: 9
            kind: gnutella
            duration: 2min
            network:
              latency: {model: constant, value: 40ms}
              classes:
                - {name: dsl, share: 70%, upload: 1Mbit/s, download: 8Mbit/s}
                - {name: fibre, share: 30%, upload: 20Mbit/s, download: 50Mbit/s}
            gnutella:
              topology: {model: random_regular, nodes: 60, degree: 4}
              ultrapeers: {leaves: 900, ultrapeers_per_leaf: 2, leaves_per_ultrapeer: 40}
              routing:
                duplicate_suppression: false
                seen_guids: 1234
                guid_lifetime: 90s
                max_ttl: 9
                qrp_bits: 12
              content:
                objects: 77
                replicas: 400
                allocation: square_root
                queries: zipf
                zipf_exponent: 0.8
                size: 1MiB
              workload:
                queries_per_second: 30/min
                start: 3s
                origins: [5, 959]
                timeout: 20s
              search:
                - {method: two_tier, ttl: 4}
                - {method: flood, ttl: 6}
                - {method: expanding_ring, start: 2, step: 3, max: 8, wait: 1500ms}
              churn:
                session: {dist: weibull, shape: 0.6, scale: 40min}
                offline: {dist: pareto, scale: 1min, shape: 1.5}
            metrics: {sample_interval: 2s}
            """;

    @Test
    void everyKeyOfARichTwoTierScenarioIsReadAsWritten() throws IOException {
        GnutellaSpec g = Scenarios.load(write("rich.yaml", RICH_TWO_TIER)).section(GnutellaSpec.class);
        assertEquals(new TopologySpec.RandomRegularSpec(60, 4), g.topology());
        assertEquals(new GnutellaSpec.Ultrapeers(900, 2, 40), g.ultrapeers());
        assertEquals(GnutellaConfig.defaults().withDuplicateSuppression(false).withRouteTable(1234, 90 * S)
                .withMaxTtl(9).withQrpBits(12), g.config());
        assertEquals(new GnutellaSpec.Content(77, 400, "square_root", null, true, 0.8, 1L << 20), g.content());
        assertEquals(new GnutellaSpec.Workload(0.5, 3 * S, List.of(5L, 959L), 20 * S), g.workload());
        assertEquals(List.of(new SearchMethod.TwoTier(4), new SearchMethod.Flood(6),
                new SearchMethod.ExpandingRing(2, 3, 8, 1500_000_000L)), g.methods());
        assertEquals("weibull", g.churn().session().dist());
        assertEquals(0.6, g.churn().session().param("shape"), 0);
        assertEquals(2400.0, g.churn().session().param("scale"), 0);
        assertEquals("pareto", g.churn().offline().dist());
        assertEquals(60.0, g.churn().offline().param("scale"), 0);
        assertEquals(960, g.servents());
    }

    static Stream<Arguments> scenarios() {
        String flat = """
                name: flat
                kind: gnutella
                duration: 1min
                gnutella:
                  topology: %s
                  content: {objects: 20, replicas: 50, allocation: proportional}
                  workload: {queries_per_second: 2, origins: [%s]}
                  search:
                    - {method: random_walk, walkers: 5, ttl: 40, check_every: 3}
                    - {method: expanding_ring, start: 1, step: 1, max: 4}
                    - {method: flood}
                  churn: {session: {dist: exponential, mean: 10min}, offline: 5min}
                """;
        return Stream.of(
                Arguments.of("rich-two-tier", RICH_TWO_TIER),
                Arguments.of("random_regular", flat.formatted("{model: random_regular, nodes: 50, degree: 3}", "1, 49")),
                Arguments.of("erdos_renyi", flat.formatted("{model: erdos_renyi, nodes: 50, links: 120}", "0")),
                Arguments.of("barabasi_albert", flat.formatted("{model: barabasi_albert, nodes: 50, m: 2}", "7")),
                Arguments.of("grid", flat.formatted("{model: grid, rows: 5, cols: 8, torus: true}", "39")),
                Arguments.of("ring", flat.formatted("{model: ring, nodes: 12}", "11, 0")),
                Arguments.of("edge_list", flat.formatted("{model: edge_list, file: overlay-edges.txt}", "10, 30")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theWrittenScenarioReadsBackToAnEqualSection(String name, String yaml) throws IOException {
        write("overlay-edges.txt", "10 20\n20 30\n30 10\n30 40\n");
        Scenario s = Scenarios.load(write(name + ".yaml", yaml));
        String written = s.toYaml();
        assertTrue(written.contains("kind: gnutella"), written);
        Scenario again = Scenarios.load(write(name + "-scenario.yaml", written));
        assertEquals(s.section(GnutellaSpec.class), again.section(GnutellaSpec.class));
        assertEquals(s, again);
        assertEquals(written, again.toYaml(), "writing is a fixed point");
    }

    @Test
    void aFlatScenarioGetsTheDocumentedDefaults() throws IOException {
        GnutellaSpec g = Scenarios.load(write("min.yaml", BASE)).section(GnutellaSpec.class);
        assertEquals(null, g.ultrapeers());
        assertEquals(null, g.churn());
        assertEquals(GnutellaConfig.defaults(), g.config());
        assertEquals(new GnutellaSpec.Content(10, 30, "uniform", null, false, 1.0, 4L << 20), g.content());
        assertEquals(new GnutellaSpec.Workload(1.0, 10 * S, List.of(), 60 * S), g.workload());
        assertEquals(List.of(new SearchMethod.Flood(4)), g.methods());
        GnutellaSpec walks = Scenarios.load(write("walk.yaml", BASE.replace("{method: flood, ttl: 4}",
                "{method: random_walk}\n    - {method: expanding_ring}"))).section(GnutellaSpec.class);
        assertEquals(List.of(new SearchMethod.RandomWalk(16, 255, 4), new SearchMethod.ExpandingRing(1, 2, 7, 2 * S)),
                walks.methods());
        assertEquals(DistributionSpec.exponential(600 * S), Scenarios.load(write("churn.yaml", BASE
                + "  churn: {session: 10min, offline: {dist: exponential, mean: 10min}}\n"))
                .section(GnutellaSpec.class).churn().offline());
    }
}
