package org.swarmsim.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.Main;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.sweep.ReplicationFiles;
import org.swarmsim.sweep.ReplicationsFailedException;
import org.swarmsim.sweep.ScenarioSource;
import org.swarmsim.sweep.SweepPlan;
import org.swarmsim.sweep.SweepTask;

/** {@code sweep --engine spark} on {@code local[N]}: the same files as the local engine; retries; failures reported. */
class SparkEngineTest {
    private static final Path SCENARIO = Path.of("scenarios/rarest-vs-random.yaml");
    private static final List<String> SETS = List.of("population.leechers.count=8", "torrent.size=2MiB");

    private static int sweep(Path out, String... engine) {
        List<String> args = new ArrayList<>(List.of("sweep", SCENARIO.toString(), "--out", out.toString(), "--replications", "3"));
        for (String s : SETS) {
            args.addAll(List.of("--set", s));
        }
        args.addAll(List.of(engine));
        return Main.execute(args.toArray(String[]::new));
    }

    @Test
    void sparkLocalTwoWritesTheSameSweepCsvAndRunCsvsAsTheLocalEngine(@TempDir Path tmp) throws IOException {
        Path local = tmp.resolve("local/sweep");
        Path spark = tmp.resolve("spark/sweep");
        assertEquals(0, sweep(local, "--engine", "local", "--threads", "2"));
        assertEquals(0, sweep(spark, "--engine", "spark", "--master", "local[2]"));
        List<String> files = relativeFiles(local);
        assertEquals(files, relativeFiles(spark));
        List<String> csvs = files.stream().filter(f -> f.endsWith(".csv")).toList();
        assertEquals(2 + 2 * 3 * 2, csvs.size(), "points.csv, sweep.csv and peers + timeseries of 6 runs: " + csvs);
        for (String f : csvs) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
        }
        // resumable as with the local engine: nothing left to do, nothing rewritten
        long before = Files.getLastModifiedTime(spark.resolve("point-01/rep-002/summary.json")).toMillis();
        assertEquals(0, sweep(spark, "--engine", "spark", "--master", "local[2]"));
        assertEquals(before, Files.getLastModifiedTime(spark.resolve("point-01/rep-002/summary.json")).toMillis());
    }

    @Test
    void aReplicationThatFailsOnItsFirstAttemptIsRetriedBySpark(@TempDir Path tmp) throws Exception {
        SweepPlan plan = plan(tmp);
        AtomicInteger done = new AtomicInteger();
        new SparkEngine("local[2,2]", null, SparkEngineTest::failsOnFirstAttemptOfPoint0Rep1)
                .run(source(), plan.tasks(), (t, e) -> done.incrementAndGet());
        assertEquals(plan.tasks().size(), done.get());
        for (SweepTask t : plan.tasks()) {
            assertTrue(Files.isRegularFile(t.dir().resolve("summary.json")), t.relativeName());
        }
    }

    @Test
    void aReplicationThatKeepsFailingIsReportedWithItsErrorWhileTheRestFinish(@TempDir Path tmp) {
        SweepPlan plan = plan(tmp);
        AtomicInteger done = new AtomicInteger();
        ReplicationsFailedException e = assertThrows(ReplicationsFailedException.class,
                () -> new SparkEngine("local[2,3]", null, SparkEngineTest::alwaysFailsOnPoint0Rep1)
                        .run(source(), plan.tasks(), (t, ev) -> done.incrementAndGet()));
        assertEquals(1, e.failures().size());
        ReplicationsFailedException.Failure f = e.failures().get(0);
        assertEquals("point-00/rep-001", f.task().relativeName());
        assertTrue(f.error().contains("IllegalStateException: disk full on purpose") && f.error().contains("attempt 3 of 3"), f.error());
        assertEquals(plan.tasks().size() - 1, done.get());
        for (SweepTask t : plan.tasks()) {
            assertEquals(!t.relativeName().equals("point-00/rep-001"), Files.isRegularFile(t.dir().resolve("summary.json")), t.relativeName());
        }
        assertFalse(Files.exists(ReplicationFiles.partialOf(plan.tasks().get(1).dir())), "no partial folder is left");
    }

    private static ReplicationFiles failsOnFirstAttemptOfPoint0Rep1(ScenarioSource s, Map<String, String> values, int rep) {
        if (rep == 1 && values.get("protocol.picker").equals("rarest_first") && TaskContext.get().attemptNumber() == 0) {
            throw new IllegalStateException("lost on purpose");
        }
        return ReplicationFiles.compute(s, values, rep);
    }

    private static ReplicationFiles alwaysFailsOnPoint0Rep1(ScenarioSource s, Map<String, String> values, int rep) {
        if (rep == 1 && values.get("protocol.picker").equals("rarest_first")) {
            throw new IllegalStateException("disk full on purpose");
        }
        return ReplicationFiles.compute(s, values, rep);
    }

    private static ScenarioSource source() {
        return ScenarioSource.of(SCENARIO, SETS);
    }

    private static SweepPlan plan(Path tmp) {
        Scenario base = Scenarios.load(SCENARIO, SETS);
        return new SweepPlan(base.sweep().points(), 2, tmp.resolve("sweep"));
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }
}
