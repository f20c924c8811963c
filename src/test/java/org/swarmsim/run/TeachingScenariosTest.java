package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.Main;
import org.swarmsim.report.CsvTable;
import org.swarmsim.report.JsonReader;

/**
 * The shipped teaching scenarios show their effect at their shipped size, as their headers say:
 * the quickstart chokes, free riders are slower than compliant peers and random piece selection
 * slower than rarest first, with 95% confidence intervals apart.
 */
class TeachingScenariosTest {
    @Test
    void theQuickstartChokesPeersItHadUnchokedAllAlongTheDownload(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("q");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--trace", "--no-report", "--out", out.toString()));
        Set<String> unchoked = new HashSet<>();
        int chokes = 0;
        double lastChoke = 0;
        for (String line : Files.readAllLines(out.resolve("trace.jsonl"))) {
            var m = JsonReader.parseObject("trace.jsonl", line);
            String pair = m.get("from") + ">" + m.get("to");
            if ("unchoke".equals(m.get("type"))) {
                unchoked.add(pair);
            } else if ("choke".equals(m.get("type")) && unchoked.remove(pair)) {
                chokes++;
                lastChoke = ((Number) m.get("t")).doubleValue();
            }
        }
        double end = ((Number) JsonReader.parseObject("summary.json", Files.readString(out.resolve("summary.json")))
                .get("last_completion_s")).doubleValue();
        assertTrue(chokes >= 60, chokes + " chokes of an unchoked peer");
        assertTrue(lastChoke > end / 2, "chokes go on past half the download: last at " + lastChoke + " s of " + end + " s");
    }

    @Test
    void freeRidersTakeLongerThanCompliantPeersWithIntervalsApart(@TempDir Path tmp) {
        Path out = tmp.resolve("fr");
        assertEquals(0, Main.execute("run", "scenarios/free-riders.yaml", "--no-report", "--out", out.toString()));
        CsvTable peers = CsvTable.read(out.resolve("peers.csv"));
        double[] compliant = interval(peers, "compliant", null);
        double[] free = interval(peers, "free_rider", null);
        assertTrue(compliant[2] < free[1], "compliant " + str(compliant) + " vs free riders " + str(free));
        assertTrue(free[0] > 1.3 * compliant[0], "free riders " + free[0] / compliant[0] + "x");
        double[] cable = interval(peers, "compliant", "cable");
        double[] cableFree = interval(peers, "free_rider", "cable");
        assertTrue(cable[2] < cableFree[1] && cableFree[0] > 2 * cable[0], "cable: compliant " + str(cable)
                + " vs free riders " + str(cableFree));
    }

    @Test
    void randomPieceSelectionIsSlowerThanRarestFirstWithIntervalsApart(@TempDir Path tmp) {
        Path out = tmp.resolve("sweep");
        assertEquals(0, Main.execute("sweep", "scenarios/rarest-vs-random.yaml", "--no-report", "--out", out.toString()));
        CsvTable sweep = CsvTable.read(out.resolve("sweep.csv"));
        double[] rarest = null;
        double[] random = null;
        for (int r = 0; r < sweep.rowCount(); r++) {
            if (!sweep.text(r, "metric").equals("download_time_mean_s")) {
                continue;
            }
            double[] ci = {Double.parseDouble(sweep.text(r, "mean")), Double.parseDouble(sweep.text(r, "ci95_low")),
                    Double.parseDouble(sweep.text(r, "ci95_high"))};
            assertEquals("5", sweep.text(r, "n"));
            if (sweep.text(r, "grid_point").contains("rarest_first")) {
                rarest = ci;
            } else if (sweep.text(r, "grid_point").contains("random")) {
                random = ci;
            }
        }
        assertTrue(rarest != null && random != null, "both points in sweep.csv");
        assertTrue(rarest[2] < random[1] && random[0] > 1.1 * rarest[0], "rarest first " + str(rarest) + " vs random " + str(random));
    }

    /** Mean download time of the leechers of a behaviour (and class), with its Student-t 95% interval. */
    private static double[] interval(CsvTable peers, String behaviour, String cls) {
        SummaryStatistics s = new SummaryStatistics();
        List<String> behaviours = peers.texts("behaviour");
        List<String> classes = peers.texts("class");
        List<String> seeds = peers.texts("initial_seed");
        double[] times = peers.numbers("download_time_s");
        for (int i = 0; i < times.length; i++) {
            if (seeds.get(i).equals("0") && behaviours.get(i).equals(behaviour) && (cls == null || classes.get(i).equals(cls))) {
                assertTrue(!Double.isNaN(times[i]), "every leecher completes");
                s.addValue(times[i]);
            }
        }
        double half = new TDistribution(s.getN() - 1).inverseCumulativeProbability(0.975) * s.getStandardDeviation()
                / Math.sqrt(s.getN());
        return new double[] {s.getMean(), s.getMean() - half, s.getMean() + half};
    }

    private static String str(double[] ci) {
        return String.format(java.util.Locale.ROOT, "%.1f s [%.1f, %.1f]", ci[0], ci[1], ci[2]);
    }
}
