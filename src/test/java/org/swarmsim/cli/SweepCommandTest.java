package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swarmsim sweep}: grid x replications, and resuming after an interruption. */
class SweepCommandTest {
    private static final String[] SMALL = {"--set", "population.leechers.count=8", "--set", "torrent.size=2MiB",
        "--replications", "2", "--threads", "2", "--no-report"};

    private static int sweep(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "scenarios/rarest-vs-random.yaml", "--out", out.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        return Main.execute(args.toArray(String[]::new));
    }

    @Test
    void anInterruptedSweepResumesWithoutRedoingFinishedReplications(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("sweep");
        assertEquals(0, sweep(out));
        Path kept = out.resolve("point-00/rep-000/summary.json");
        Path redone = out.resolve("point-01/rep-001");
        assertTrue(Files.isRegularFile(kept));
        String keptBefore = Files.readString(kept);
        FileTime keptTime = Files.getLastModifiedTime(kept);
        String redoneBefore = Files.readString(redone.resolve("peers.csv"));

        // Simulate an interruption: one replication never finished (only a partial directory).
        deleteTree(redone);
        Path partial = out.resolve("point-01/rep-001.partial");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("timeseries.csv"), "half a fil");

        assertEquals(0, sweep(out));
        assertEquals(keptBefore, Files.readString(kept));
        assertEquals(keptTime, Files.getLastModifiedTime(kept), "a finished replication was not rewritten");
        assertEquals(redoneBefore, Files.readString(redone.resolve("peers.csv")), "the redone replication is the same run");
        assertFalse(Files.exists(partial));

        List<String> sweepCsv = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(sweepCsv.get(0).startsWith("grid_point,metric,n,mean,sd,ci95_low,ci95_high"));
        assertTrue(sweepCsv.stream().anyMatch(l -> l.startsWith("protocol.picker=rarest_first,download_time_mean_s,2,")));
        assertTrue(sweepCsv.stream().anyMatch(l -> l.startsWith("protocol.picker=random,download_time_mean_s,2,")));
    }

    @Test
    void aSweepDirectoryOfAnotherScenarioIsRefused(@TempDir Path tmp) {
        Path out = tmp.resolve("sweep");
        assertEquals(0, sweep(out));
        assertEquals(2, sweep(out, "--set", "torrent.piece_length=128KiB"));
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
