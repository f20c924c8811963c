package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: {@code validate} and {@code run} say how much memory a scenario needs, and warn before
 * starting when that exceeds the JVM's heap (the warning is not an error: exit codes stay).
 */
class MemoryWarningTest {
    @TempDir
    Path tmp;

    @Test
    void validatePrintsTheMemoryAScenarioNeedsUnderItsOkLine() {
        MainRun r = MainRun.of("validate", "scenarios/quickstart.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("OK scenarios/quickstart.yaml\n  memory: needs about "), r.out());
        assertTrue(r.out().contains(" of heap (6 peers online at once, up to 5 connections each, 20 pieces); this JVM's"
                + " maximum heap is "), r.out());
        assertFalse(r.err().contains("warning"), r.err());
    }

    @Test
    void validateWarnsWhenTheScenarioNeedsMoreThanTheHeapAndStillSaysOk() {
        MainRun r = MainRun.of("validate", "scenarios/bench/swarm.yaml", "--set", "population.leechers.count=2000000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("OK scenarios/bench/swarm.yaml"), r.out());
        assertTrue(r.err().startsWith("warning: this scenario needs about "), r.err());
        assertTrue(r.err().contains("(2,000,001 peers online at once, up to 80 connections each, 400 pieces) but this JVM's"
                + " maximum heap is "), r.err());
        assertTrue(r.err().contains("it may run out of memory (exit 4). Give it more (JAVA_OPTS=-Xmx"), r.err());
        assertTrue(r.err().contains(" or simulate at most about "), r.err());
    }

    @Test
    void everyKindEstimatesItsBenchScenario() {
        for (String bench : new String[] {"dht", "gnutella", "pastry", "finders"}) {
            MainRun r = MainRun.of("validate", "scenarios/bench/" + bench + ".yaml");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("  memory: needs about "), bench + ": " + r.out());
        }
    }

    @Test
    void runPrintsTheEstimateBeforeItStarts() {
        MainRun r = MainRun.of("run", "scenarios/quickstart.yaml", "--out", tmp.resolve("q").toString(), "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("memory: needs about "), r.err());
    }

    @Test
    void aSweepWarnsWhenItsThreadsTogetherNeedMoreThanTheHeapAndNamesTheThreadsThatFit() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        // leechers such that one run needs about 0.4 of the heap: three at once do not fit, two do
        org.swarmsim.scenario.Scenario thousand = org.swarmsim.run.Scenarios.load(Path.of("scenarios/bench/swarm.yaml"),
                java.util.List.of("population.leechers.count=1000"));
        long perThousand = org.swarmsim.run.Kinds.of(thousand).memoryEstimate(thousand).heapBytes();
        long leechers = (long) (0.4 * heap / perThousand * 1000);
        Path scenario = tmp.resolve("big.yaml");
        java.nio.file.Files.writeString(scenario, java.nio.file.Files.readString(Path.of("scenarios/bench/swarm.yaml"))
                + "sweep:\n  vary:\n    protocol.pipeline_depth: [4, 5, 6]\n");
        // a millisecond of simulated time each: the runs only build their peers
        MainRun r = MainRun.of("sweep", scenario.toString(), "--set", "population.leechers.count=" + leechers, "--threads", "3",
                "--replications", "1", "--out", tmp.resolve("s").toString(), "--no-report", "--set",
                "duration=1ms");
        assertTrue(r.err().contains("warning: this sweep runs 3 simulations at once, each needing up to about "), r.err());
        assertTrue(r.err().contains(" or use --threads 2."), r.err());
    }
}
