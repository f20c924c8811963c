package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWriterTest {
    @TempDir
    Path root;

    @Test
    void writesOneJsonObjectPerMessageAndAppearsOnlyOnClose() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "t");
        Path trace = dir.resolve(RunOutput.TRACE_FILE);
        try (TraceWriter w = dir.openTrace()) {
            w.record(0, 1, 2, "handshake", 68);
            w.record(12_000_345_678L, "tracker", "peer \"7\"", "announce", 120);
            assertFalse(Files.exists(trace));
            assertEquals(2, w.records());
        }
        assertEquals(List.of(
                "{\"t\":0,\"from\":1,\"to\":2,\"type\":\"handshake\",\"size\":68}",
                "{\"t\":12.000345678,\"from\":\"tracker\",\"to\":\"peer \\\"7\\\"\",\"type\":\"announce\",\"size\":120}"),
                Files.readAllLines(trace));
        assertEquals(List.of("trace.jsonl"), names(dir.path()));
    }

    @Test
    void abortLeavesNoFileAtAll() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "t");
        TraceWriter w = dir.openTrace();
        w.record(5, 1, 2, "piece", 16_397);
        w.abort();
        assertEquals(List.of(), names(dir.path()));
        assertThrows(IllegalStateException.class, () -> w.record(6, 1, 2, "piece", 1));
    }

    @Test
    void rejectsNegativeTimesAndSizes() {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "t");
        try (TraceWriter w = dir.openTrace()) {
            assertThrows(IllegalArgumentException.class, () -> w.record(-1, 1, 2, "x", 1));
            assertThrows(IllegalArgumentException.class, () -> w.record(1, 1, 2, "x", -1));
        }
    }

    @Test
    void messageAndStateLinesCarryTheirFieldsInOrder() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "t");
        try (TraceWriter w = dir.openTrace()) {
            w.message(1_500_000_000L, 3, 7, "request", 17).field("piece", 4).field("begin", 16_384).field("length", 16_384).end();
            w.message(2_000_000_000L, 3, "tracker", "announce", 270).field("event", "started").end();
            w.state(3_000_000_000L, 7, 3, "unchoke_decision").field("reason", "optimistic").end();
            w.state(4_000_000_000L, 7, -1, "end_game").end();
            w.message(5_000_000_000L, 1, 2, "nodes_response", 266).field("nodes", List.of("ab12cd34", "00ff00ff")).end();
        }
        assertEquals(List.of(
                "{\"t\":1.5,\"from\":3,\"to\":7,\"type\":\"request\",\"size\":17,\"piece\":4,\"begin\":16384,\"length\":16384}",
                "{\"t\":2,\"from\":3,\"to\":\"tracker\",\"type\":\"announce\",\"size\":270,\"event\":\"started\"}",
                "{\"t\":3,\"peer\":7,\"remote\":3,\"type\":\"unchoke_decision\",\"reason\":\"optimistic\"}",
                "{\"t\":4,\"peer\":7,\"type\":\"end_game\"}",
                "{\"t\":5,\"from\":1,\"to\":2,\"type\":\"nodes_response\",\"size\":266,\"nodes\":[\"ab12cd34\",\"00ff00ff\"]}"),
                Files.readAllLines(dir.resolve(RunOutput.TRACE_FILE)));
    }

    @Test
    void theFilterDropsLinesOutsideItsPeersWindowAndTypes() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "t");
        try (TraceWriter w = dir.openTrace()) {
            w.filter(new TraceFilter(TraceFilter.parsePeers("3"), 1_000, 2_000, java.util.Set.of("have", "snubbed")));
            w.message(1_000, 3, 7, "have", 9).field("piece", 1).end();          // kept: sender 3
            w.message(1_500, 7, 3, "have", 9).field("piece", 2).end();          // kept: receiver 3
            w.message(1_500, 7, 8, "have", 9).field("piece", 3).end();          // other peers
            w.message(999, 3, 7, "have", 9).end();                                 // too early
            w.message(2_001, 3, 7, "have", 9).end();                               // too late
            w.message(1_500, 3, 7, "piece", 9).end();                              // other type
            w.message(1_500, "tracker", 3, "have", 9).end();                       // kept: receiver 3
            w.state(1_600, 8, 3, "snubbed").end();                                 // kept: remote 3
            w.state(1_600, 8, -1, "snubbed").end();                                // no remote
            w.record(1_700, "tracker", "dht", "have", 9);                          // no peer at all
            assertEquals(4, w.records());
        }
        List<String> lines = Files.readAllLines(dir.resolve(RunOutput.TRACE_FILE));
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).endsWith("\"piece\":1}") && lines.get(1).endsWith("\"piece\":2}"), lines.toString());
        assertTrue(lines.get(3).contains("\"remote\":3"), lines.toString());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
