package org.swarmsim.report.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.swarmsim.report.JsonReader;

/** A trace.jsonl read back for checking what a viewer showed: lines sorted by time (stable). */
record TraceLinesForTests(List<Map<String, Object>> lines) {
    static TraceLinesForTests read(Path file) throws IOException {
        List<Map<String, Object>> lines = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            if (!line.isBlank()) {
                lines.add(JsonReader.parseObject("trace line " + n, line));
            }
        }
        lines.sort(Comparator.comparingDouble(TraceLinesForTests::t));
        return new TraceLinesForTests(List.copyOf(lines));
    }

    static double t(Map<String, Object> line) {
        return ((Number) line.get("t")).doubleValue();
    }

    static String text(Map<String, Object> line, String key) {
        Object v = line.get(key);
        return v == null ? null : String.valueOf(v);
    }

    List<Map<String, Object>> messages() {
        return lines.stream().filter(l -> l.containsKey("from") && l.containsKey("to")).toList();
    }

    List<Map<String, Object>> ofType(String type) {
        return lines.stream().filter(l -> type.equals(l.get("type"))).toList();
    }

    double firstTime() {
        return t(lines.get(0));
    }

    double lastTime() {
        return t(lines.get(lines.size() - 1));
    }

    /** The first line time after {@code time}, or NaN. */
    double nextTimeAfter(double time) {
        Double next = new TreeSet<>(lines.stream().map(TraceLinesForTests::t).toList()).higher(time);
        return next == null ? Double.NaN : next;
    }
}
