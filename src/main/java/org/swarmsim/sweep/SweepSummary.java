package org.swarmsim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.metrics.Summary;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.report.HtmlReport;
import org.swarmsim.report.JsonReader;
import org.swarmsim.metrics.SweepPoints;
import org.swarmsim.run.SweepMetrics;
import org.swarmsim.scenario.Scenario;

/**
 * The derived files of a sweep folder, rebuilt from its replications: {@code points.csv} (grid
 * point to parameters), {@code sweep.csv} (statistics per point and metric), the charts and
 * {@code index.html}. {@code swarmsim sweep} writes them after running and {@code swarmsim sweep
 * merge} after joining shards, through these same methods, so both give the same bytes.
 */
public final class SweepSummary {
    private SweepSummary() {
    }

    /** Writes {@code points.csv} of {@code base}'s grid (one column per varied parameter), replacing an earlier one. */
    public static void writePoints(Path dir, Scenario base) throws IOException {
        Map<String, List<String>> vary = base.sweep().vary();
        List<Map<String, String>> points = base.sweep().points();
        StringBuilder pointsCsv = new StringBuilder();
        CsvWriter pc = new CsvWriter(pointsCsv);
        pc.row(SweepPoints.header(vary));
        for (int p = 0; p < points.size(); p++) {
            pc.row(SweepPoints.row(SweepPlan.pointId(p), SweepPlan.label(points.get(p)), vary, points.get(p)));
        }
        replaceDerived(dir.resolve("points.csv"), pointsCsv.toString());
    }

    /** The metric the sweep's closing lines show for each grid point: the first of {@code sweep.metrics}. */
    public static String headline(Scenario base) {
        return SweepMetrics.of(base).names().get(0);
    }

    /**
     * Writes {@code sweep.csv} from every task's {@code summary.json} and, unless {@code noReport},
     * the charts and {@code index.html}; returns the table.
     */
    public static SweepTable write(Path dir, Scenario base, List<SweepTask> all, boolean noReport) throws IOException {
        SweepTable table = new SweepTable();
        SweepMetrics metrics = SweepMetrics.of(base);
        for (SweepTask t : all) {
            String json = Files.readString(t.dir().resolve(Summary.FILE), StandardCharsets.UTF_8);
            metrics.add(table, t.label(), t.dir(), JsonReader.parseObject(t.dir().resolve(Summary.FILE).toString(), json));
        }
        replaceDerived(dir.resolve(SweepTable.SWEEP_FILE), table.toCsv());
        if (!noReport) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : old.filter(f -> f.getFileName().toString().startsWith("sweep-")
                        || f.getFileName().toString().equals(HtmlReport.INDEX_FILE)).toList()) {
                    Files.delete(f);
                }
            }
            HtmlReport.writeSweep(dir);
        }
        return table;
    }

    /** Derived files (points.csv, sweep.csv) are rebuilt from the replications on every run. */
    private static void replaceDerived(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        AtomicFiles.write(file, content);
    }
}
