package org.swarmsim.cli;

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
import org.swarmsim.run.dhtlookups.DhtLookupsKind;

/** End to end: {@code swarmsim run} of a small {@code kind: dht_lookups} scenario and what it writes. */
class DhtLookupRunCommandTest {
    static final String SCENARIO = """
            name: small-dht
            seed: 5
            kind: dht_lookups
            network:
              latency: {model: distribution, dist: lognormal, mean: 50ms, sd: 25ms}
            dht:
              nodes: 300
              join_interval: 50ms
              lookups_per_second: 2
              lookup_duration: 3min
              churn: {session: {dist: exponential, mean: 5min}, offline: {dist: exponential, mean: 5min}}
            metrics: {sample_interval: 10s}
            """;

    private static final List<String> CHARTS = DhtLookupsKind.INSTANCE.report().charts().stream().map(ChartSpec::name)
            .toList();

    @TempDir
    static Path tmp;
    static Path file;
    static Path first;
    static Path second;

    @BeforeAll
    static void runTwice() throws IOException {
        file = Files.writeString(tmp.resolve("small-dht.yaml"), SCENARIO);
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        assertEquals(0, Main.execute("run", file.toString(), "--out", first.toString()));
        assertEquals(0, Main.execute("run", file.toString(), "--out", second.toString()));
    }

    @Test
    void writesEveryOutputFileAndNoPeerTable() {
        for (String f : List.of("scenario.yaml", "summary.json", "timeseries.csv", "lookups.csv", "index.html")) {
            assertTrue(Files.isRegularFile(first.resolve(f)), f);
        }
        assertFalse(Files.exists(first.resolve("peers.csv")));
        for (String chart : CHARTS) {
            assertTrue(Files.isRegularFile(first.resolve(chart + ".svg")), chart + ".svg");
        }
    }

    @Test
    void lookupsCsvHasOneRowPerLookupInTheSummary() throws IOException {
        Map<String, Object> summary = summary(first);
        List<String> lines = Files.readAllLines(first.resolve("lookups.csv"));
        assertEquals("start_s,node,target,kind,rounds,messages,timeouts,latency_s,success,exact_k_closest", lines.get(0));
        long total = ((Number) summary.get("lookups_total")).longValue();
        assertTrue(total > 250, "2 lookups/s for 180 s: " + total);
        assertEquals(total, lines.size() - 1);
        long successes = lines.stream().skip(1).filter(l -> l.split(",")[8].equals("1")).count();
        assertEquals(((Number) summary.get("success_rate")).doubleValue(), successes / (double) total, 1e-9);
        assertEquals(List.of("lookups_total", "success_rate", "exact_rate", "latency_mean_s", "latency_p50_s",
                "latency_p95_s", "rounds_mean", "rounds_max", "messages_per_lookup", "timeouts_per_lookup", "events",
                "wall_s", "seed"), List.copyOf(summary.keySet()).subList(0, 13));
    }

    @Test
    void aRerunIsByteIdenticalExceptWallTime() throws IOException {
        for (String f : List.of("scenario.yaml", "timeseries.csv", "lookups.csv")) {
            assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
        }
        String a = Files.readString(first.resolve("summary.json")).replaceAll("\"wall_s\": [0-9.eE+-]+", "");
        String b = Files.readString(second.resolve("summary.json")).replaceAll("\"wall_s\": [0-9.eE+-]+", "");
        assertEquals(a, b);
    }

    @Test
    void theWrittenScenarioRunsAgainToTheSameLookups() {
        Path third = tmp.resolve("third");
        assertEquals(0, Main.execute("run", first.resolve("scenario.yaml").toString(), "--out", third.toString(),
                "--no-report"));
        try {
            assertEquals(Files.readString(first.resolve("lookups.csv")), Files.readString(third.resolve("lookups.csv")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFalse(Files.exists(third.resolve("index.html")));
    }

    @Test
    void chartsAre900By500PngsEmbeddedInThePage() throws IOException {
        String html = Files.readString(first.resolve("index.html"));
        for (String chart : CHARTS) {
            BufferedImage img = ImageIO.read(first.resolve(chart + ".png").toFile());
            assertEquals(Charts.WIDTH, img.getWidth(), chart);
            assertEquals(Charts.HEIGHT, img.getHeight(), chart);
            assertEquals(900, img.getWidth());
            assertEquals(500, img.getHeight());
            assertTrue(html.contains("<figure id=\"" + chart + "\">"), chart);
        }
        assertTrue(html.contains("lookups_total"), html.substring(0, 400));
    }

    @Test
    void theChartsAreTheLatencyCdfTheHopsAndTheSuccessOverTime() {
        assertEquals(List.of("lookup-latency-cdf", "lookup-hops", "lookup-success"), CHARTS);
    }

    @Test
    void metricsTraceTrueWritesTheTraceForDhtLookupsAsTheFlagDoes() throws java.io.IOException {
        Path out = tmp.resolve("traced-by-scenario");
        assertEquals(0, Main.execute("run", file.toString(), "--out", out.toString(), "--set", "metrics.trace=true",
                "--no-report"));
        assertTrue(Files.readString(out.resolve("trace.jsonl")).contains("\"type\":\"lookup_start\""));
    }

    @Test
    void aSweepOfDhtLookupsComparesTheLookupMetricsOfItsPoints() throws IOException {
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, Main.execute("sweep", file.toString(), "--out", sweep.toString(), "--no-report",
                "--set", "dht.lookup_duration=30s", "--set", "sweep.vary={dht.alpha: [1, 3]}"));
        List<String> rows = Files.readAllLines(sweep.resolve("sweep.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("dht.alpha=1,success_rate,1,")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("dht.alpha=3,rounds_mean,1,")), rows.toString());
        assertTrue(Files.isRegularFile(sweep.resolve("point-01/rep-000/lookups.csv")));
    }

    private static Map<String, Object> summary(Path dir) throws IOException {
        return JsonReader.parseObject("summary.json", Files.readString(dir.resolve("summary.json")));
    }
}
