package org.swarmsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.run.swarm.SyntheticRun;

class RunOutputTest {
    @TempDir
    Path root;

    @Test
    void writesAllFourFilesAndNothingElse() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "synthetic");
        SyntheticRun.output(0.25).writeTo(dir);
        try (Stream<Path> s = Files.list(dir.path())) {
            assertEquals(List.of("peers.csv", "scenario.yaml", "summary.json", "timeseries.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(SyntheticRun.SCENARIO_YAML, Files.readString(dir.resolve("scenario.yaml")));
        assertEquals(1 + 61, Files.readAllLines(dir.resolve("timeseries.csv")).size());
        assertEquals(1 + 12, Files.readAllLines(dir.resolve("peers.csv")).size());
    }

    @Test
    void csvByteTotalsAgreeWithTheSummary() throws IOException {
        ResultsDirectory dir = ResultsDirectory.createRun(root, "synthetic");
        SyntheticRun.output(0.25).writeTo(dir);
        List<String> lines = Files.readAllLines(dir.resolve("peers.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int up = header.indexOf("bytes_uploaded");
        int down = header.indexOf("bytes_downloaded");
        int seeds = header.indexOf("bytes_from_initial_seeds");
        int completedLeechers = header.indexOf("bytes_from_completed");
        int leechers = header.indexOf("bytes_from_leechers");
        int completion = header.indexOf("completion_s");
        long upSum = 0;
        long downSum = 0;
        long completed = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            upSum += Long.parseLong(f[up]);
            downSum += Long.parseLong(f[down]);
            assertEquals(Long.parseLong(f[down]),
                    Long.parseLong(f[seeds]) + Long.parseLong(f[completedLeechers]) + Long.parseLong(f[leechers]));
            completed += f[completion].equals("NaN") ? 0 : 1;
        }
        String json = Files.readString(dir.resolve("summary.json"));
        assertEquals(upSum, jsonLong(json, "uploaded_bytes_total"));
        assertEquals(downSum, jsonLong(json, "downloaded_bytes_total"));
        assertEquals(lines.size() - 1, jsonLong(json, "peers_total"));
        assertEquals(completed, jsonLong(json, "peers_completed"));
        assertEquals(10, completed);
    }

    @Test
    void identicalInputGivesByteIdenticalFilesExceptWallTime() throws IOException {
        ResultsDirectory a = ResultsDirectory.createRun(root, "synthetic");
        ResultsDirectory b = ResultsDirectory.createRun(root, "synthetic");
        SyntheticRun.output(0.25).writeTo(a);
        SyntheticRun.output(17.125).writeTo(b);
        for (String f : List.of("scenario.yaml", "timeseries.csv", "peers.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        String sa = Files.readString(a.resolve("summary.json"));
        String sb = Files.readString(b.resolve("summary.json"));
        assertNotEquals(sa, sb);
        assertEquals(withoutWall(sa), withoutWall(sb));
        assertTrue(sa.contains("\"wall_s\": 0.25,"), sa);
    }

    static long jsonLong(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?\\d+)[,\\n]").matcher(json);
        assertTrue(m.find(), key + " missing in " + json);
        return Long.parseLong(m.group(1));
    }

    private static String withoutWall(String json) {
        return json.replaceAll("\"wall_s\": [^,\\n]*", "\"wall_s\": X");
    }
}
