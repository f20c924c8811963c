package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.metrics.ResultsDirectory;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.run.swarm.SwarmKind;
import org.swarmsim.run.swarm.SyntheticRun;
import org.swarmsim.scenario.Scenario;

class SweepMetricsTest {
    private static final String BASE = """
            name: metrics
            duration: 1h
            torrent: {size: 10MiB}
            population:
              leechers: {arrival: flash_crowd, count: 10%s}
            sweep:
              replications: 2
            %s""";

    private static Scenario scenario(String behaviours, String metrics) {
        return Scenarios.parse(String.format(BASE, behaviours, metrics), "test.yaml", Path.of("."), List.of());
    }

    @Test
    void withoutSweepMetricsASwarmOfOneBehaviourSummarisesTheKindsFiveKeys() {
        assertEquals(SwarmKind.INSTANCE.sweepMetrics(), SweepMetrics.of(scenario("", "")).names());
    }

    @Test
    void withoutSweepMetricsASwarmOfTwoBehavioursAlsoSummarisesTheDownloadTimePerBehaviour() {
        List<String> names = SweepMetrics.of(scenario(", behaviours: {compliant: 90%, free_rider: 10%}", "")).names();
        assertEquals(SwarmKind.INSTANCE.sweepMetrics().size() + 1, names.size());
        assertEquals("behaviour_download_time_mean_s", names.get(names.size() - 1));
    }

    @Test
    void sweepMetricsChoosesTheMetricsInItsOrderAndSurvivesTheResolvedScenario() {
        Scenario s = scenario("", "  metrics: [last_completion_s, peers_completed]");
        assertEquals(List.of("last_completion_s", "peers_completed"), SweepMetrics.of(s).names());
        Scenario again = Scenarios.parse(s.toYaml(), "resolved.yaml", Path.of("."), List.of());
        assertEquals(s.sweep(), again.sweep());
    }

    @Test
    void thePerBehaviourMetricAddsOneRowPerBehaviourOfTheLeechersOnly(@TempDir Path tmp) throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(tmp, "synthetic");
        SyntheticRun.output(0.5).writeTo(dir);
        SweepTable table = new SweepTable();
        new SweepMetrics(SwarmKind.INSTANCE, List.of("peers_completed", "behaviour_download_time_mean_s"))
                .add(table, "base", dir.path(), Map.of("peers_completed", 10L));
        List<SweepTable.Row> rows = table.rows();
        assertEquals(List.of("peers_completed", "behaviour_download_time_mean_s:compliant",
                "behaviour_download_time_mean_s:free_rider"), rows.stream().map(SweepTable.Row::metric).toList());
        // peer 7, the only free rider, joins at 10.5 s and completes 100/2 + 7 * 0.125 s later
        assertEquals(50.875, rows.get(2).mean(), 1e-9);
        assertTrue(Files.exists(dir.path().resolve("peers.csv")));
    }
}
