package org.swarmsim.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.sim.stats.ConfidenceInterval;
import org.swarmsim.sim.stats.Tally;

/**
 * Replication statistics of a parameter sweep: for every grid point (a label such as
 * {@code picker=rarest,peers=200}) and metric (a summary key), the number of replications, mean,
 * sample standard deviation and the Student-t 95% confidence interval on the mean (from
 * {@link Tally}). Grid points and metrics keep their first-seen order. NaN observations (e.g. a
 * download time when no peer completed) are skipped, so {@code n} counts defined values only.
 * With n = 1 the standard deviation is NaN and the interval is infinite. Written as
 * {@value #SWEEP_FILE}.
 */
public final class SweepTable {
    public static final String SWEEP_FILE = "sweep.csv";
    /** Column names of {@code sweep.csv}, in order. */
    public static final List<String> COLUMNS = List.of("grid_point", "metric", "n", "mean", "sd", "ci95_low", "ci95_high");

    private final Map<String, Map<String, Tally>> tallies = new LinkedHashMap<>();

    /** One line of {@code sweep.csv}. */
    public record Row(String gridPoint, String metric, long n, double mean, double sd, double ci95Low, double ci95High) {
    }

    /** Adds one replication's value of {@code metric} at {@code gridPoint}. */
    public SweepTable add(String gridPoint, String metric, double value) {
        if (gridPoint == null || gridPoint.isBlank() || metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("grid point and metric must be non-blank, got '" + gridPoint + "', '" + metric + "'");
        }
        Tally t = tallies.computeIfAbsent(gridPoint, g -> new LinkedHashMap<>())
                .computeIfAbsent(metric, m -> new Tally(gridPoint + "/" + m));
        if (!Double.isNaN(value)) {
            t.add(value);
        }
        return this;
    }

    /** Adds the given metrics (summary keys) of one replication's summary at {@code gridPoint}. */
    public SweepTable add(String gridPoint, Summary summary, List<String> metrics) {
        for (String metric : metrics) {
            if (!summary.entries().containsKey(metric)) {
                throw new IllegalArgumentException("summary has no metric '" + metric + "'; keys are " + summary.entries().keySet());
            }
            add(gridPoint, metric, summary.number(metric));
        }
        return this;
    }

    /** The rows in grid-point, then metric, first-seen order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Tally>> g : tallies.entrySet()) {
            for (Map.Entry<String, Tally> m : g.getValue().entrySet()) {
                Tally t = m.getValue();
                long n = t.count();
                double mean = n == 0 ? Double.NaN : t.mean();
                ConfidenceInterval ci = t.confidenceInterval(0.95);
                rows.add(new Row(g.getKey(), m.getKey(), n, mean, t.standardDeviation(), ci.lower(), ci.upper()));
            }
        }
        return rows;
    }

    /** The {@code sweep.csv} text. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        CsvWriter csv = new CsvWriter(sb);
        csv.row(COLUMNS);
        for (Row r : rows()) {
            csv.field(r.gridPoint()).field(r.metric()).field(r.n()).field(r.mean()).field(r.sd())
                    .field(r.ci95Low()).field(r.ci95High()).endRow();
        }
        return sb.toString();
    }

    /** Writes {@value #SWEEP_FILE} atomically into {@code dir} (which must exist); fails if it exists. */
    public Path writeTo(Path dir) {
        return AtomicFiles.write(dir.resolve(SWEEP_FILE), toCsv());
    }
}
