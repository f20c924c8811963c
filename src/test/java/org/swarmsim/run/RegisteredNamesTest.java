package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.scenario.Registry;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/**
 * One source of truth for names: every registered name of every registry is what validation
 * accepts and lists, and each loads through its example, runs a small scenario, and round-trips
 * through {@code scenario.yaml}.
 */
class RegisteredNamesTest {
    @TempDir
    static Path dir;

    private static Path base(String kind) throws IOException {
        return SmallScenarios.write(dir, kind);
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredNameLoadsRunsAndRoundTrips() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Registries.Listed listed : Registries.all()) {
            for (Registry.Entry<?, ?> e : listed.registry().entries()) {
                tests.add(DynamicTest.dynamicTest(listed.field() + "=" + e.name(), () -> {
                    Scenario s = Scenarios.load(base(Registries.exampleKind(listed)), e.example());
                    String yaml = s.toYaml();
                    assertTrue(yaml.contains(e.name()), e.name() + " is written back:\n" + yaml);
                    Path resolved = Files.writeString(dir.resolve("resolved-" + e.name() + ".yaml"), yaml);
                    assertEquals(s, Scenarios.load(resolved), "scenario.yaml loads back to the same scenario");
                    RunResult r = Kinds.of(s).run(s, RunRequest.of(0));
                    assertTrue(r.events() > 0 && r.endNanos() > 0, e.name() + " ran");
                    assertTrue(r.summary(0).toJson().length() > 10);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRegistryEntryHasADescriptionAndAnExample() {
        for (Registries.Listed listed : Registries.all()) {
            assertTrue(listed.registry().entries().size() >= 1, listed.field());
            for (Registry.Entry<?, ?> e : listed.registry().entries()) {
                assertTrue(e.description().length() > 10, e.name());
                assertTrue(!e.example().isEmpty(), e.name());
            }
        }
    }

    @Test
    void anUnknownNameIsRefusedListingExactlyTheRegisteredNames() throws IOException {
        Map<String, String> sets = Map.of(
                "protocol.picker", "protocol.picker=fastest",
                "protocol.choker.policy", "protocol.choker.policy=bittyrant",
                "protocol.choker.seed_rule", "protocol.choker.seed_rule=fair",
                "network.latency.model", "network.latency={model: satellite}",
                "population.leechers.arrival", "population.leechers={arrival: burst}",
                "discovery.sources", "discovery.sources=[finders_x]",
                "dht.termination", "dht.termination=never_stop");
        for (Registries.Listed listed : Registries.all()) {
            if (!sets.containsKey(listed.field())) {
                continue;   // behaviours are keys of a map: an unknown one is an unknown key, listing the names too
            }
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> Scenarios.load(base(Registries.exampleKind(listed)), List.of(sets.get(listed.field()))), listed.field());
            assertTrue(e.getMessage().contains("allowed: " + String.join(", ", listed.registry().names())),
                    listed.field() + ": " + e.getMessage());
        }
        ScenarioException b = assertThrows(ScenarioException.class, () -> Scenarios.load(base("swarm"),
                List.of("population.leechers.behaviours={selfish: 100%}")));
        assertTrue(b.getMessage().contains("allowed: compliant, free_rider, corrupter, bittyrant, large_view"), b.getMessage());
        assertEquals(7, sets.size() + 0 * Registries.all().size());
    }
}
