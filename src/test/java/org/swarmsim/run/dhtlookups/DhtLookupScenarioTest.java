package org.swarmsim.run.dhtlookups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.swarmsim.run.swarm.SwarmSpec;
import org.swarmsim.scenario.DistributionSpec;
import org.swarmsim.scenario.MetricsSpec;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;
import org.swarmsim.scenario.SweepSpec;

/** {@code kind: dht_lookups} scenarios: defaults, the derived duration, round trips and errors. */
class DhtLookupScenarioTest {
    private static final long S = 1_000_000_000L;
    private static final String MINIMAL = """
            name: lookups
            kind: dht_lookups
            dht: {nodes: 500}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aMinimalDhtScenarioGetsEveryDefaultAndLastsTheJoinsPlusTheLookups() throws IOException {
        Scenario s = Scenarios.load(write("min.yaml", MINIMAL));
        assertEquals("dht_lookups", s.kindName());
        assertEquals(new DhtLookupSpec(500, 8, 3, "k_closest_answered", S / 10, 1.0, 600 * S, null), s.section(DhtLookupSpec.class));
        assertEquals(50 * S, s.section(DhtLookupSpec.class).lookupsStartNanos());
        assertEquals(650 * S, s.durationNanos());
        assertThrows(IllegalArgumentException.class, () -> s.section(SwarmSpec.class), "no swarm sections");
        assertEquals(MetricsSpec.defaults(), s.metrics());
        assertEquals(SweepSpec.NONE, s.sweep());
    }

    @Test
    void everyDhtFieldSurvivesTheRoundTrip() throws IOException {
        Scenario s = Scenarios.load(write("rich.yaml", """
                name: rich
                seed: 7
                kind: dht_lookups
                network:
                  latency: {model: distribution, dist: lognormal, mean: 50ms, sd: 25ms}
                  classes:
                    - {name: dsl, share: 70%, upload: 1Mbit/s, download: 8Mbit/s}
                    - {name: fibre, share: 30%, upload: 100Mbit/s, download: 100Mbit/s}
                dht:
                  nodes: 1234
                  k: 20
                  alpha: 5
                  termination: strict
                  join_interval: 250ms
                  lookups_per_second: 30/min
                  lookup_duration: 20min
                  churn:
                    session: {dist: weibull, shape: 0.6, scale: 40min}
                    offline: {dist: pareto, scale: 1min, shape: 1.5}
                metrics: {sample_interval: 5s}
                sweep: {replications: 3, vary: {dht.alpha: [1, 3]}}
                """));
        DhtLookupSpec d = s.section(DhtLookupSpec.class);
        assertEquals(0.5, d.lookupsPerSecond(), 0);
        assertEquals("weibull", d.churn().session().dist());
        assertEquals(2400.0, d.churn().session().param("scale"), 0);
        assertEquals(60.0, d.churn().offline().param("scale"), 0);
        assertEquals(1234 * S / 4 + 1200 * S, s.durationNanos());
        String yaml = s.toYaml();
        assertTrue(yaml.contains("kind: dht_lookups"), yaml);
        assertFalse(yaml.contains("torrent"), yaml);
        assertFalse(yaml.lines().anyMatch(l -> l.startsWith("duration:")), yaml);
        Scenario again = Scenarios.load(write("rich-out.yaml", yaml));
        assertEquals(s, again);
        assertEquals(yaml, again.toYaml());
    }

    @Test
    void aSwarmScenarioStillWritesNoKindAndLoadsAsASwarm() throws IOException {
        Scenario s = Scenarios.load(write("swarm.yaml", """
                name: swarm
                duration: 1h
                torrent: {size: 10MiB}
                population:
                  leechers: {count: 20}
                """));
        assertEquals("swarm", s.kindName());
        assertThrows(IllegalArgumentException.class, () -> s.section(DhtLookupSpec.class));
        assertTrue(s.toYaml().contains("\nkind: swarm\n"), s.toYaml());
        Scenario explicit = Scenarios.load(write("swarm2.yaml", """
                name: swarm
                kind: swarm
                duration: 1h
                torrent: {size: 10MiB}
                population:
                  leechers: {count: 20}
                """));
        assertEquals(s, explicit);
    }

    @Test
    void overridesAndSweepValuesReachTheDhtSection() throws IOException {
        Path f = write("min.yaml", MINIMAL);
        Scenario s = Scenarios.load(f, List.of("dht.nodes=300", "dht.join_interval=1s",
                "dht.churn={session: {dist: exponential, mean: 10min}, offline: 5min}"));
        assertEquals(300, s.section(DhtLookupSpec.class).nodes());
        assertEquals(300 * S + 600 * S, s.durationNanos());
        assertEquals(DistributionSpec.exponential(600 * S), s.section(DhtLookupSpec.class).churn().session());
        assertEquals(DistributionSpec.constant(300 * S), s.section(DhtLookupSpec.class).churn().offline());
        Scenario point = Scenarios.loadPoint(f, List.of(), Map.of("dht.k", "20"));
        assertEquals(20, point.section(DhtLookupSpec.class).k());

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(write("bad.yaml", """
                name: bad
                kind: dht_lookups
                dht: {nodes: 100}
                sweep: {vary: {dht.alpha: [3, 0]}}
                """)));
        assertTrue(e.getMessage().contains("dht.alpha: out of range"), e.getMessage());
        assertTrue(e.getMessage().contains("[in sweep.vary.dht.alpha]"), e.getMessage());
    }

    @Test
    void everySwarmSectionIsReportedInADhtScenarioAtOnce() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(write("mixed.yaml", """
                name: mixed
                kind: dht_lookups
                duration: 1h
                torrent: {size: 10MiB}
                tracker: {numwant: 10}
                discovery: {mode: dht}
                population: {leechers: {count: 3}}
                protocol: {picker: random}
                dht: {nodes: 1}
                """)));
        List<ScenarioException.Problem> problems = e.problems();
        assertEquals(7, problems.size(), e.getMessage());
        assertTrue(problems.get(0).message().contains("the run lasts dht.nodes x dht.join_interval"), e.getMessage());
        for (String key : List.of("duration", "torrent", "tracker", "discovery", "population", "protocol")) {
            assertTrue(problems.stream().anyMatch(p -> p.path().equals(key)
                    && p.message().startsWith("not allowed with kind: dht_lookups")), key + " in " + e.getMessage());
        }
        assertTrue(problems.get(6).path().equals("dht.nodes") && problems.get(6).message().contains("out of range"),
                e.getMessage());
    }
}
