package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
