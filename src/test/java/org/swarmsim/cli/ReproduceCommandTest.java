package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.reproduce.Experiment;
import org.swarmsim.reproduce.Experiments;

class ReproduceCommandTest {
    @Test
    void listPrintsEachExperimentWithHowLongItsFullRunTakes() {
        MainRun r = MainRun.of("reproduce", "--list");
        assertEquals(0, r.exit());
        String[] lines = r.out().strip().split("\\R");
        assertEquals(2 * Experiments.all().size(), lines.length);
        for (int i = 1; i < lines.length; i += 2) {
            assertTrue(lines[i].strip().matches("full run (about [0-9.]+ (s|min) on [12] threads? of 2 cores \\(2026-1[12]\\)"
                    + "|not measured on the reference machine)"), lines[i]);
        }
        for (Experiment e : Experiments.all()) {
            assertTrue(r.out().contains(e.name() + " "), r.out());
        }
    }

    @Test
    void anUnknownExperimentIsBadInputNamingTheKnownOnes() {
        MainRun r = MainRun.of("reproduce", "kumar-rose", "--quick");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown experiment 'kumar-rose'") && r.err().contains("kumar-ross"), r.err());
    }

    @Test
    void aQuickRunWritesTheComparisonTheChartAndEveryRunAndExitsZeroWhenItPasses(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("kr");
        MainRun r = MainRun.of("reproduce", "kumar-ross", "--quick", "--out", out.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("all 14 comparisons pass"), r.out());
        for (String f : new String[] {"comparison.csv", "comparison.png", "comparison@2x.png", "comparison.svg", "measures.csv",
                "points.csv", "index.html", "point-00/rep-000/timeseries.csv", "point-13/rep-001/summary.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String header = Files.readAllLines(out.resolve("comparison.csv")).get(0);
        assertEquals("point,N,regime,uploads,picker,metric,predicted,sim_mean,ci95_low,ci95_high,n,ratio,tolerance,pass", header);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("14 of 14 comparisons pass</p>"), "verdict in the page");
        assertTrue(html.contains("<summary>Model: <code>kumar-ross.yaml</code></summary>"), "the papers scenario's header");
        assertTrue(r.out().contains("report:  " + out.resolve("index.html")), r.out());
    }

    @Test
    void aReproductionWithAPointOutsideItsToleranceExitsThreeAndSaysWhichFailed(@TempDir Path tmp) throws Exception {
        // A copy of the papers scenarios whose seed-stability torrent has 128 KiB pieces while the
        // theory side counts 256 KiB ones: the seed's real piece rate is twice U_s, so the unstable
        // rows (predicted slope λ − U_s = 0.26/s) come out far below the prediction.
        Path scenarios = tmp.resolve("papers");
        Files.createDirectories(scenarios);
        try (var files = Files.list(Path.of("scenarios", "papers"))) {
            for (Path f : files.toList()) {
                Files.copy(f, scenarios.resolve(f.getFileName()));
            }
        }
        Path ss = scenarios.resolve("seed-stability.yaml");
        Files.writeString(ss, Files.readString(ss).replace("piece_length: 256KiB", "piece_length: 128KiB"));
        Path out = tmp.resolve("ss");
        MainRun r = MainRun.of("reproduce", "seed-stability", "--quick", "--scenarios", scenarios.toString(),
                "--out", out.toString());
        assertEquals(ReproduceCommand.EXIT_MISMATCH, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("2 of 6 comparisons FAIL"), r.out());
        String csv = Files.readString(out.resolve("comparison.csv"));
        assertTrue(csv.contains("unstable-rarest_first") && csv.contains(",false"), csv);
        assertTrue(Files.size(out.resolve("comparison.png")) > 0);
    }
}
