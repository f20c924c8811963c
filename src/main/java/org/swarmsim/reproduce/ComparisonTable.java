package org.swarmsim.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.swarmsim.metrics.CsvWriter;
import org.swarmsim.metrics.NumberText;

/**
 * The rows of {@code comparison.csv}: {@code point}, the parameters (the union of the points'
 * parameter names, in first-seen order), {@code metric, predicted, sim_mean, ci95_low,
 * ci95_high, n, ratio, tolerance, pass}. Also prints itself as an aligned text table.
 */
public final class ComparisonTable {
    /** File name in the results directory. */
    public static final String FILE = "comparison.csv";
    /** Columns after the parameters. */
    public static final List<String> VALUE_COLUMNS =
            List.of("metric", "predicted", "sim_mean", "ci95_low", "ci95_high", "n", "ratio", "tolerance", "pass");

    private final List<Comparison> rows;

    public ComparisonTable(List<Comparison> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Comparison> rows() {
        return rows;
    }

    /** True if every row passed (and there is at least one). */
    public boolean allPass() {
        return !rows.isEmpty() && rows.stream().allMatch(Comparison::pass);
    }

    /** Rows that failed. */
    public List<Comparison> failures() {
        return rows.stream().filter(r -> !r.pass()).toList();
    }

    /** The parameter names over all rows, in first-seen order. */
    public List<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Comparison c : rows) {
            names.addAll(c.parameters().keySet());
        }
        return new ArrayList<>(names);
    }

    /** The header of the CSV. */
    public List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("point");
        h.addAll(parameterNames());
        h.addAll(VALUE_COLUMNS);
        return h;
    }

    /** The CSV text. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        CsvWriter w = new CsvWriter(sb);
        w.row(header());
        for (List<String> cells : cellRows(false)) {
            w.row(cells);
        }
        return sb.toString();
    }

    /** An aligned text table for the terminal, with a verdict line. */
    public String toText() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header());
        lines.addAll(cellRows(true));
        int[] width = new int[lines.get(0).size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                width[i] = Math.max(width[i], l.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + width[i] + "s", l.get(i)));
            }
            sb.append(System.lineSeparator());
        }
        long failed = failures().size();
        sb.append(failed == 0 ? "all " + rows.size() + " comparisons pass"
                : failed + " of " + rows.size() + " comparisons FAIL").append(System.lineSeparator());
        return sb.toString();
    }

    private List<List<String>> cellRows(boolean rounded) {
        List<String> names = parameterNames();
        List<List<String>> out = new ArrayList<>();
        for (Comparison c : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(c.point());
            for (String p : names) {
                cells.add(c.parameters().getOrDefault(p, ""));
            }
            cells.add(c.metric());
            cells.add(num(c.predicted(), rounded));
            cells.add(num(c.mean(), rounded));
            cells.add(num(c.ci95Low(), rounded));
            cells.add(num(c.ci95High(), rounded));
            cells.add(Long.toString(c.n()));
            cells.add(num(c.ratio(), rounded));
            cells.add(c.tolerance().describe());
            cells.add(c.pass() ? "true" : "false");
            out.add(cells);
        }
        return out;
    }

    private static String num(double v, boolean rounded) {
        if (!rounded) {
            return NumberText.format(v);
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.0f" : "%.4g", v);
    }
}
