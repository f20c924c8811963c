package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swarmsim.cli.Main;
import org.swarmsim.reproduce.NbConvert;

/**
 * Executes every lab notebook in {@code notebooks/teaching/} as a student would: the runs its intro
 * names are made in-process (as {@code swarmsim run ...}, into the folder {@code SWARMSIM_LAB} points
 * at), then {@code jupyter nbconvert --to notebook --execute} runs it; it must finish and its
 * "check your answer" cell must find every shipped answer correct. Skipped, with the reason, where
 * {@code jupyter nbconvert} does not run, as {@code NotebooksTest} is.
 */
class TeachingLabsTest {
    private static final Path TEACHING = Path.of("notebooks", "teaching");
    private static final Pattern VERDICT = Pattern.compile("\"question \\d+: ([^\"\\\\]*)");

    /** Per lab: its data folders (under SWARMSIM_LAB) and the {@code swarmsim run} arguments making each. */
    private static final Map<String, Map<String, List<String>>> RUNS = new TreeMap<>(Map.of(
            "01-first-piece", Map.of("lab1", List.of("scenarios/quickstart.yaml", "--trace")),
            "02-choking", Map.of("lab1", List.of("scenarios/quickstart.yaml", "--trace")),
            "03-rarest-vs-random", Map.of(
                    "lab3/rarest_first", List.of("scenarios/rarest-vs-random.yaml"),
                    "lab3/random", List.of("scenarios/rarest-vs-random.yaml", "--set", "protocol.picker=random")),
            "04-free-riders", Map.of("lab4", List.of("scenarios/free-riders.yaml")),
            "05-dht-lookup", Map.of("lab5", List.of("scenarios/dht-lookups.yaml", "--set", "dht.nodes=500",
                    "--set", "dht.join_interval=20ms", "--set", "dht.lookup_duration=20s", "--trace-types",
                    "lookup_start,find_node,nodes_response,lookup_end,query_timeout", "--trace-from", "10s")),
            "06-gnutella-vs-dht", Map.of(
                    "lab6/ttl3", gnutellaLab6Flood(3),
                    "lab6/ttl5", gnutellaLab6Flood(5),
                    "lab6/dht", List.of("scenarios/dht-lookups.yaml", "--set", "dht.nodes=2000", "--set",
                            "dht.join_interval=10ms", "--set", "dht.lookup_duration=30s", "--set", "dht.churn=null"))));

    /** Lab 6's flood: 2,000 servents, Zipf queries on proportionally replicated objects, one TTL. */
    private static List<String> gnutellaLab6Flood(int ttl) {
        return List.of("scenarios/gnutella-flood.yaml", "--set", "gnutella.topology.nodes=2000", "--set",
                "gnutella.content.objects=100", "--set", "gnutella.content.replicas=1000", "--set",
                "gnutella.content.allocation=proportional", "--set", "gnutella.content.queries=zipf", "--set",
                "gnutella.workload.queries_per_second=2", "--set", "duration=60s", "--set",
                "gnutella.search=[{method: flood, ttl: " + ttl + "}]");
    }

    static Stream<String> labs() throws IOException {
        try (Stream<Path> files = Files.list(TEACHING)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb"))
                    .map(n -> n.substring(0, n.length() - ".ipynb".length())).sorted().toList().stream();
        }
    }

    @Test
    void everyLabNotebookSaysWhichRunsItNeedsAndEveryListedLabExists() throws IOException {
        assertEquals(List.copyOf(RUNS.keySet()), labs().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void aLabRunsOnTheRunsItsIntroNamesAndFindsTheShippedAnswersCorrect(String lab, @TempDir Path tmp)
            throws Exception {
        NbConvert.assumeInstalled("lab notebooks");
        Path data = Files.createDirectory(tmp.resolve("lab"));
        for (Map.Entry<String, List<String>> run : new TreeMap<>(RUNS.get(lab)).entrySet()) {
            List<String> args = new ArrayList<>(List.of("run"));
            args.addAll(run.getValue());
            args.addAll(List.of("--out", data.resolve(run.getKey()).toString(), "--no-report"));
            assertEquals(0, Main.execute(args.toArray(String[]::new)), "swarmsim " + String.join(" ", args));
        }
        NbConvert.Execution run = NbConvert.execute(TEACHING.resolve(lab + ".ipynb"), tmp, null,
                Map.of("SWARMSIM_LAB", data.toAbsolutePath().toString()));
        assertEquals(0, run.exitCode(), "lab " + lab + " failed:\n" + run.log());
        String executed = run.executedText();
        // The check cell prints "question N: Correct" (or "Not yet") per question.
        List<String> verdicts = VERDICT.matcher(executed).results().map(m -> m.group(1)).toList();
        assertFalse(verdicts.isEmpty(), "the check cell printed no verdict:\n" + executed);
        assertEquals(List.of(), verdicts.stream().filter(v -> !v.equals("Correct")).toList(),
                "a shipped answer does not match the data: " + verdicts);
    }

    @Test
    void aLabWhoseRunIsMissingStopsWithOneLineSayingHowToMakeIt(@TempDir Path tmp) throws Exception {
        NbConvert.assumeInstalled("lab notebooks");
        Files.createDirectory(tmp.resolve("empty"));
        NbConvert.Execution run = NbConvert.execute(TEACHING.resolve("01-first-piece.ipynb"), tmp.resolve("executed"), tmp,
                Map.of("SWARMSIM_LAB", "empty"));
        String out = run.log();
        String expected = "SystemExit: SWARMSIM_LAB: no " + tmp.toRealPath().resolve("empty/lab1/trace.jsonl")
                + " (given: empty); make it with: swarmsim run scenarios/quickstart.yaml --trace --out lab1";
        assertTrue(out.lines().anyMatch(expected::equals), expected + " in\n" + out);
    }
}
