package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.*;

class SwarmScenarioTest {
    private static final long S = 1_000_000_000L;
    private static final String MINIMAL = """
            name: minimal
            duration: 1h
            torrent: {size: 10MiB}
            population:
              leechers: {count: 20}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aMinimalScenarioGetsEveryDefault() throws IOException {
        Scenario s = Scenarios.load(write("minimal.yaml", MINIMAL));
        assertEquals("minimal", s.name());
        assertEquals(1, s.seed());
        assertEquals(3600 * S, s.durationNanos());
        assertEquals(new LatencySpec.Constant(50_000_000L), s.network().latency());
        assertEquals(List.of(new CapacityClass("default", 1, 1_000_000, 1_000_000)), s.network().classes());
        assertEquals(new TorrentSpec(10L << 20, 256 * 1024, null, false), SwarmSpec.of(s).torrent());
        assertEquals(40, SwarmSpec.of(s).torrent().pieceCount());
        assertEquals(new TrackerSpec(1800 * S, 50, TrackerSpec.NEVER, true), SwarmSpec.of(s).tracker());
        assertEquals(new SeedSpec(1, "default", 1_000_000, 1_000_000, DistributionSpec.NEVER), SwarmSpec.of(s).population().seeds());
        assertEquals(new FlashCrowdArrivals(20, 0), SwarmSpec.of(s).population().leechers().arrival());
        assertEquals(DistributionSpec.constant(0), SwarmSpec.of(s).population().leechers().lingering());
        assertEquals(Map.of("compliant", 1.0), SwarmSpec.of(s).population().leechers().behaviours());
        assertEquals(ProtocolSpec.defaults(), SwarmSpec.of(s).protocol());
        assertEquals(new ChokerSpec("tit_for_tat", 3, 1, 10 * S, 30 * S, 20 * S, "upload_rate", org.swarmsim.bittorrent.choker.ActiveSet.FIXED), SwarmSpec.of(s).protocol().choker());
        assertEquals(MetricsSpec.defaults(), s.metrics());
        assertEquals(SweepSpec.NONE, s.sweep());
    }

    @Test
    void everyShippedScenarioWritesYamlThatLoadsToAnEqualRecord() throws IOException {
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario s = Scenarios.load(f);
                Path out = write(f.getFileName().toString(), s.toYaml());
                assertEquals(s, Scenarios.load(out), f.toString());
            }
        }
    }

    @Test
    void aScenarioUsingEveryFeatureSurvivesTheRoundTrip() throws IOException {
        write("times.txt", "1\n2\n3.5\n");
        write("sizes.txt", "60\n120\n600\n");
        write("sites.txt", "0 10 20\n10 0 15\n20 15 0\n");
        Path f = write("rich.yaml", """
                name: rich
                seed: -3
                duration: 1.5h
                network:
                  latency: {model: matrix, file: sites.txt, weights: [50%, 30%, 20%]}
                  classes:
                    - {name: slow, share: 0.3, upload: 333B/s, download: 1KiB/s}
                    - {name: fast, share: 70%, upload: 8Mbit/s, download: 50Mbit/s}
                torrent: {size: 1234567, piece_length: 32KiB}
                tracker: {interval: 1min, numwant: 30, offline_at: 20min, seeders_receive: everyone}
                population:
                  seeds: {count: 3, upload: 1MB/s, lingering: {dist: weibull, shape: 0.7, scale: 20min}}
                  leechers:
                    arrival: trace
                    file: times.txt
                    lingering: {dist: empirical, file: sizes.txt}
                    behaviours: {compliant: 2/3, free_rider: 1/3}
                protocol:
                  picker: random_first
                  random_first_pieces: 2
                  choker: {regular_slots: 4, seed_rule: legout, window: 1.5s}
                  end_game: false
                  block_size: 8KiB
                metrics: {sample_interval: 250ms, trace: true}
                sweep:
                  replications: 3
                  vary:
                    protocol.picker: [rarest_first, random]
                    population.seeds.lingering: ['{dist: exponential, mean: 10min}', forever]
                """.replace("2/3", "0.6666666666666666").replace("1/3", "0.3333333333333333"));
        Scenario s = Scenarios.load(f);
        assertEquals(new LatencySpec.Matrix(dir.resolve("sites.txt"), 3, List.of(0.5, 0.3, 0.2)), s.network().latency());
        assertEquals(333, s.network().classes().get(0).uploadBytesPerSecond());
        assertEquals(1_000_000, SwarmSpec.of(s).population().seeds().downloadBytesPerSecond(), "download defaults to upload");
        assertNull(SwarmSpec.of(s).population().seeds().capacityClass());
        assertEquals(20 * 60 * S, SwarmSpec.of(s).tracker().offlineAtNanos());
        assertFalse(SwarmSpec.of(s).tracker().seedersGetLeechersOnly());
        Scenario again = Scenarios.load(write("rich-out.yaml", s.toYaml()));
        assertEquals(s, again);
        assertEquals(s.toYaml(), again.toYaml());
    }

    @Test
    void latencyModelsAndPoissonArrivalsAreRead() throws IOException {
        Scenario s = Scenarios.load(write("p.yaml", """
                name: p
                duration: 2h
                network:
                  latency: {model: coordinates, extent: 200ms}
                torrent: {size: 1MiB}
                population:
                  leechers: {arrival: poisson, rate: 30/min, start: 10min}
                """));
        assertEquals(new LatencySpec.Coordinates(2, 200_000_000L, 0), s.network().latency());
        assertEquals(new PoissonArrivals(0.5, 600 * S, 6600 * S), SwarmSpec.of(s).population().leechers().arrival(),
                "a Poisson process runs to the end of the scenario by default");
        Scenario d = Scenarios.load(write("d.yaml", MINIMAL + "network:\n  latency: {model: distribution, "
                + "dist: lognormal, mean: 60ms, sd: 30ms}\n"));
        LatencySpec.FromDistribution fd = (LatencySpec.FromDistribution) d.network().latency();
        assertEquals(Map.of("mean", 0.06, "sd", 0.03), fd.dist().params());
    }

    @Test
    void setOverridesAnyFieldBeforeValidation() throws IOException {
        Path f = Path.of("scenarios/flash-crowd.yaml");
        Scenario s = Scenarios.load(f, List.of("protocol.picker=random", "population.leechers.count=5000",
                "network.classes.0.share=50%", "network.classes.1.share=0.4",
                "population.seeds.lingering={dist: exponential, mean: 10min}", "metrics.trace=true"));
        assertEquals("random", SwarmSpec.of(s).protocol().picker());
        assertEquals(new FlashCrowdArrivals(5000, 0), SwarmSpec.of(s).population().leechers().arrival());
        assertEquals(0.5, s.network().classes().get(0).share());
        assertEquals(DistributionSpec.exponential(600 * S), SwarmSpec.of(s).population().seeds().lingering());
        assertTrue(s.metrics().trace());
        Scenario plain = Scenarios.load(f);
        assertNotEquals(plain, s);
        assertEquals(SwarmSpec.of(plain).torrent(), SwarmSpec.of(s).torrent());
    }

    @Test
    void setOfAnUnknownPathSuggestsTheNearestField() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(
                Path.of("scenarios/quickstart.yaml"), List.of("population.leechers.cont=5")));
        assertEquals(1, e.problems().size());
        ScenarioException.Problem p = e.problems().get(0);
        assertEquals("--set population.leechers.cont=5", p.source());
        assertEquals("population.leechers.cont", p.path());
        assertTrue(p.message().contains("did you mean 'count'?"), p.message());
    }

    @Test
    void aSweepExpandsIntoItsGridAndEachPointLoads() throws IOException {
        Path f = Path.of("scenarios/rarest-vs-random.yaml");
        Scenario s = Scenarios.load(f);
        assertEquals(5, s.sweep().replications());
        List<Map<String, String>> points = s.sweep().points();
        assertEquals(List.of(Map.of("protocol.picker", "rarest_first"), Map.of("protocol.picker", "random")), points);
        assertEquals("random", Scenarios.loadPoint(f, List.of(), points.get(1)).section(SwarmSpec.class).protocol().picker());

        SweepSpec grid = new SweepSpec(1, Map.of("a", List.of("1", "2", "3"), "b", List.of("x", "y")));
        assertEquals(6, grid.points().size());
    }

    @Test
    void aBadSweepValueIsReportedAtItsLine() throws IOException {
        Path f = write("sweep.yaml", MINIMAL + """
                sweep:
                  vary:
                    protocol.picker: [rarest_first, randm]
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(f));
        ScenarioException.Problem p = e.problems().get(0);
        assertEquals(8, p.line());
        assertEquals(37, p.column());
        assertTrue(p.message().contains("unknown picker 'randm'") && p.message().contains("did you mean 'random'"),
                p.message());
    }

    @Test
    void severalProblemsAreReportedTogetherInFileOrder() throws IOException {
        Path f = write("many.yaml", """
                name: many
                duration: 10
                torrent: {size: 10MiBs}
                population:
                  leechers: {count: -4}
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(f));
        assertEquals(List.of(2, 3, 5), e.problems().stream().map(ScenarioException.Problem::line).toList());
    }

    @Test
    void anAzureusActiveSetGivesEachPeerSlotsByItsCapacityAndRefusesFixedRegularSlots() throws IOException {
        String azureus = MINIMAL + "protocol:\n  choker: {active_set: azureus}\n";
        Scenario s = Scenarios.load(write("azureus.yaml", azureus));
        assertEquals(org.swarmsim.bittorrent.choker.ActiveSet.AZUREUS, SwarmSpec.of(s).protocol().choker().activeSet());
        assertTrue(s.toYaml().contains("active_set: azureus"), "echoed into the resolved scenario");
        assertEquals(s, Scenarios.parse(s.toYaml(), "resolved.yaml", Path.of("."), List.of()));
        SwarmResult r = SwarmRun.run(s, org.swarmsim.run.RunRequest.of(0));
        assertEquals(20, r.leechersDone(), "a swarm of 1 MB/s peers (active set 24) completes");

        Path both = write("both.yaml", MINIMAL + "protocol:\n  choker:\n    active_set: azureus\n    regular_slots: 5\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(both));
        assertTrue(e.getMessage().contains("both.yaml:9:") && e.getMessage().contains("protocol.choker.regular_slots")
                && e.getMessage().contains("allowed: leave it out, or active_set: fixed"), e.getMessage());
        Path bad = write("bad.yaml", MINIMAL + "protocol:\n  choker: {active_set: bittorrent}\n");
        e = assertThrows(ScenarioException.class, () -> Scenarios.load(bad));
        assertTrue(e.getMessage().contains("fixed") && e.getMessage().contains("azureus"), e.getMessage());
    }
}
