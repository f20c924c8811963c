package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.reproduce.Experiment;
import org.swarmsim.reproduce.Experiments;

class ReproduceCommandTest {
    private static String[] capture(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void listPrintsOneLinePerExperiment() {
        String[] r = capture("reproduce", "--list");
        assertEquals("0", r[0]);
        String[] lines = r[1].strip().split("\\R");
        assertEquals(Experiments.all().size(), lines.length);
        for (Experiment e : Experiments.all()) {
            assertTrue(r[1].contains(e.name() + " "), r[1]);
        }
    }

    @Test
    void anUnknownExperimentIsBadInputNamingTheKnownOnes() {
        String[] r = capture("reproduce", "kumar-rose", "--quick");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("unknown experiment 'kumar-rose'") && r[2].contains("kumar-ross"), r[2]);
    }

    @Test
    void aQuickRunWritesTheComparisonTheChartAndEveryRunAndExitsZeroWhenItPasses(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("kr");
        String[] r = capture("reproduce", "kumar-ross", "--quick", "--out", out.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("all 14 comparisons pass"), r[1]);
        for (String f : new String[] {"comparison.csv", "comparison.png", "comparison.svg", "measures.csv", "points.csv",
                "point-00/rep-000/timeseries.csv", "point-13/rep-001/summary.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String header = Files.readAllLines(out.resolve("comparison.csv")).get(0);
        assertEquals("point,N,regime,uploads,picker,metric,predicted,sim_mean,ci95_low,ci95_high,n,ratio,tolerance,pass", header);
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
        String[] r = capture("reproduce", "seed-stability", "--quick", "--scenarios", scenarios.toString(),
                "--out", out.toString());
        assertEquals(Integer.toString(ReproduceCommand.EXIT_MISMATCH), r[0], r[1] + r[2]);
        assertTrue(r[1].contains("2 of 6 comparisons FAIL"), r[1]);
        String csv = Files.readString(out.resolve("comparison.csv"));
        assertTrue(csv.contains("unstable-rarest_first") && csv.contains(",false"), csv);
        assertTrue(Files.size(out.resolve("comparison.png")) > 0);
    }
}
