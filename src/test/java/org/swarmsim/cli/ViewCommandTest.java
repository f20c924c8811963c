package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swarmsim view RUN_DIR} and the viewer.html a traced run writes. */
class ViewCommandTest {
    @TempDir
    static Path tmp;
    static Path traced;
    static Path untraced;

    @BeforeAll
    static void runQuickstart() {
        traced = tmp.resolve("a").resolve("run");
        untraced = tmp.resolve("b").resolve("run");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--trace", "--out", traced.toString()));
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--trace", "--no-report", "--out", untraced.toString()));
    }

    @Test
    void aTracedRunWritesAViewerThatNeedsNothingFromTheNetwork() throws IOException {
        String html = Files.readString(traced.resolve("viewer.html"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"trace\">["), "the trace is inline as JSON");
        assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]*\\s(src|href)=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no external script, style sheet or image");
        assertFalse(html.contains("http://") || html.contains("https://"), "no URL at all");
        long lines = Files.readAllLines(traced.resolve("trace.jsonl")).size();
        Matcher kept = Pattern.compile("\"lines_kept\": (\\d+)").matcher(html);
        assertTrue(kept.find());
        assertEquals(lines, Long.parseLong(kept.group(1)), "a quickstart trace is held whole");
    }

    @Test
    void aRunWithoutTheReportWritesNoViewerAndViewWritesTheSameOneLater() throws IOException {
        Path copy = tmp.resolve("c").resolve("run");
        Files.createDirectories(copy);
        for (String f : List.of("trace.jsonl", "peers.csv", "scenario.yaml", "summary.json")) {
            Files.copy(untraced.resolve(f), copy.resolve(f));
        }
        assertFalse(Files.exists(untraced.resolve("viewer.html")));
        CliRunner r = CliRunner.run("view", copy.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("viewer:  " + copy.resolve("viewer.html")), r.out());
        assertArrayEquals(Files.readAllBytes(traced.resolve("viewer.html")), Files.readAllBytes(copy.resolve("viewer.html")),
                "same run, same page, byte for byte");
    }

    @Test
    void viewRefusesAFolderWithoutATraceAndWritesNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("no-trace"));
        CliRunner r = CliRunner.run("view", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("has no trace.jsonl"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written, not even a temporary file");
        }
    }

    @Test
    void viewNeverReplacesAnExistingViewer() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("has-viewer"));
        Files.copy(untraced.resolve("trace.jsonl"), dir.resolve("trace.jsonl"));
        Files.writeString(dir.resolve("viewer.html"), "mine");
        CliRunner r = CliRunner.run("view", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals("mine", Files.readString(dir.resolve("viewer.html")));
    }

    @Test
    void aTraceLineThatIsNotJsonIsNamedByFileAndLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad-trace"));
        Files.writeString(dir.resolve("trace.jsonl"), "{\"t\":0.5,\"from\":0,\"to\":1,\"type\":\"have\",\"size\":9}\n{\"t\":0.6,\n");
        CliRunner r = CliRunner.run("view", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("trace.jsonl line 2"), r.err());
        assertFalse(Files.exists(dir.resolve("viewer.html")));
    }
}
