package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.report.ChartSpec;
import org.swarmsim.report.Charts;
import org.swarmsim.report.JsonReader;
import org.swarmsim.run.swarm.SwarmKind;

/** End to end: {@code swarmsim run scenarios/quickstart.yaml} and what it writes. */
class RunCommandTest {
    private static final List<String> RUN_CHARTS = SwarmKind.INSTANCE.report().charts().stream()
            .filter(c -> !(c instanceof ChartSpec.WhenSeveral)).map(ChartSpec::name)
            .toList();

    @TempDir
    static Path tmp;
    static Path first;
    static Path second;

    @BeforeAll
    static void runQuickstartTwice() {
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", first.toString(), "--trace"));
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", second.toString(), "--trace"));
    }

    @Test
    void writesEveryOutputFile() {
        for (String f : List.of("scenario.yaml", "summary.json", "timeseries.csv", "peers.csv", "trace.jsonl", "index.html")) {
            assertTrue(Files.isRegularFile(first.resolve(f)), f);
        }
        for (String chart : RUN_CHARTS) {
            assertTrue(Files.isRegularFile(first.resolve(chart + ".png")), chart + ".png");
            assertTrue(Files.isRegularFile(first.resolve(chart + ".svg")), chart + ".svg");
        }
    }

    @Test
    void csvTotalsAgreeWithTheSummary() throws IOException {
        Map<String, Object> summary = JsonReader.parseObject("summary.json", Files.readString(first.resolve("summary.json")));
        List<String> lines = Files.readAllLines(first.resolve("peers.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int up = header.indexOf("bytes_uploaded");
        int down = header.indexOf("bytes_downloaded");
        int done = header.indexOf("completion_s");
        long upSum = 0;
        long downSum = 0;
        int completed = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            upSum += Long.parseLong(f[up]);
            downSum += Long.parseLong(f[down]);
            if (!f[done].equals("NaN")) {
                completed++;
            }
        }
        assertEquals(6, lines.size() - 1, "one seed and five leechers");
        assertEquals(((Number) summary.get("peers_total")).longValue(), lines.size() - 1);
        assertEquals(((Number) summary.get("peers_completed")).longValue(), completed);
        assertEquals(5, completed);
        assertEquals(((Number) summary.get("uploaded_bytes_total")).longValue(), upSum);
        assertEquals(((Number) summary.get("downloaded_bytes_total")).longValue(), downSum);
        assertEquals(upSum, downSum, "every byte uploaded was downloaded");
        assertTrue(downSum >= 5L * 5 * 1024 * 1024, "five leechers downloaded the whole file");
    }

    @Test
    void sameSeedGivesByteIdenticalOutputsExceptWallTime() throws IOException {
        for (String f : List.of("scenario.yaml", "timeseries.csv", "peers.csv", "trace.jsonl")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
        assertEquals(summaryWithoutWallTime(first), summaryWithoutWallTime(second));
    }

    @Test
    void tracingDoesNotChangeTheResults() throws IOException {
        Path untraced = tmp.resolve("untraced");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", untraced.toString(), "--no-report"));
        assertFalse(Files.exists(untraced.resolve("trace.jsonl")));
        for (String f : List.of("timeseries.csv", "peers.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(untraced.resolve(f)), f);
        }
        assertEquals(summaryWithoutWallTime(first), summaryWithoutWallTime(untraced), "same summary, events included");
    }

    @Test
    void metricsTraceTrueInTheScenarioWritesTheSameTraceAsTheTraceFlag() throws IOException {
        Path byScenario = tmp.resolve("trace-by-scenario");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", byScenario.toString(), "--no-report",
                "--set", "metrics.trace=true"));
        assertArrayEquals(Files.readAllBytes(first.resolve("trace.jsonl")), Files.readAllBytes(byScenario.resolve("trace.jsonl")));
        assertTrue(Files.readString(byScenario.resolve("scenario.yaml")).contains("trace: true"));
        for (String f : List.of("timeseries.csv", "peers.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(byScenario.resolve(f)), f);
        }
    }

    /** summary.json without {@code wall_s}, its only non-deterministic field. */
    private static String summaryWithoutWallTime(Path run) throws IOException {
        return Files.readString(run.resolve("summary.json")).replaceAll("\"wall_s\": [^,\\n]*", "");
    }

    @Test
    void anotherSeedGivesAnotherRun() throws IOException {
        Path other = tmp.resolve("other-seed");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", other.toString(), "--seed", "7", "--no-report"));
        assertFalse(Files.readString(first.resolve("peers.csv")).equals(Files.readString(other.resolve("peers.csv"))));
    }

    @Test
    void traceHasOneJsonLinePerMessageWithTheFieldsOfTheIssue() throws IOException {
        List<String> lines = Files.readAllLines(first.resolve("trace.jsonl"));
        assertTrue(lines.size() > 100);
        String handshake = lines.stream().filter(l -> l.contains("\"type\":\"handshake\"")).findFirst().orElseThrow();
        Map<String, Object> firstLine = JsonReader.parseObject("trace", handshake);
        assertEquals(List.of("t", "from", "to", "type", "size"), List.copyOf(firstLine.keySet()));
        assertEquals(68L, ((Number) firstLine.get("size")).longValue());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\":\"piece\"") || l.contains("\"type\": \"piece\"")));
    }

    @Test
    void chartsAreValidPngsOfTheExpectedSize() throws IOException {
        for (String chart : RUN_CHARTS) {
            BufferedImage img = ImageIO.read(first.resolve(chart + ".png").toFile());
            assertEquals(Charts.WIDTH, img.getWidth(), chart);
            assertEquals(Charts.HEIGHT, img.getHeight(), chart);
        }
    }

    @Test
    void aNonEmptyOutDirectoryIsRefusedAndLeftAlone() throws IOException {
        byte[] before = Files.readAllBytes(first.resolve("peers.csv"));
        assertEquals(2, Main.execute("run", "scenarios/quickstart.yaml", "--out", first.toString()));
        assertArrayEquals(before, Files.readAllBytes(first.resolve("peers.csv")));
    }

    @Test
    void anInvalidScenarioExitsWithOneAndRunsNothing() {
        Path out = tmp.resolve("never");
        assertEquals(1, Main.execute("run", "scenarios/quickstart.yaml", "--set", "protocol.picker=rarest",
                "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void runsWithoutOutGetNumberedDirectoriesThatAreNeverReused() {
        Path root = tmp.resolve("results-root");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--results", root.toString(), "--no-report"));
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--results", root.toString(), "--no-report"));
        assertTrue(Files.isDirectory(root.resolve("quickstart/run-001")));
        assertTrue(Files.isDirectory(root.resolve("quickstart/run-002")));
    }
}
