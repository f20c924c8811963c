package org.swarmsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.NumberText;
import org.swarmsim.metrics.SweepTable;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS, PNG charts embedded as base64
 * data URIs at twice their size, no scripts and no external resources) that opens from disk in
 * any browser. For a run: the scenario's name and {@link KeyParameter}s, its {@code scenario.yaml}
 * folded in a {@code <details>}, the completion line, then what its simulation kind's
 * {@link ReportSpec} declares (the summary table with human labels and values in units, aggregate
 * tables such as one row per capacity class, the charts); for a sweep: {@link SweepPage}. Each
 * chart also links to its SVG and 2x PNG files next to the page.
 */
public final class HtmlReport {
    /** The page's file name. */
    public static final String INDEX_FILE = "index.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em}
            th{background:#f3f3f3;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            figure{margin:1.5em 0}img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.9em;color:#555}.muted{color:#777;font-size:.9em}
            .headline{font-size:1.15em;font-weight:600}table.parameters th{width:14em}
            .pass{color:#009E73}.fail{color:#D55E00}tr.pass,tr.fail{color:inherit}tr.fail td{background:#fdf0e6}
            td.verdict{white-space:nowrap}tr.pass td.verdict{color:#00775a}tr.fail td.verdict{color:#b34d00;font-weight:600}
            .wide{overflow-x:auto}table.comparison,table.sweep{font-size:.9em}details{margin:1em 0}summary{cursor:pointer;color:#0072B2}pre{background:#f7f7f7;padding:.8em;overflow:auto;font-size:.85em}
            """;

    private HtmlReport() {
    }

    /**
     * Draws the charts {@code spec} declares into {@code runDir} and writes its {@code index.html}
     * with the run directory's name as heading and no key parameters. Returns the page's path.
     */
    public static Path writeRun(Path runDir, ReportSpec spec) {
        return writeRun(runDir, spec, String.valueOf(runDir.getFileName()), List.of());
    }

    /**
     * Draws the charts {@code spec} declares into {@code runDir} and writes its {@code index.html}:
     * the scenario's name and key parameters, its {@code scenario.yaml} folded away, the completion
     * line, the summary table, the aggregate tables and the charts. Returns the page's path.
     */
    public static Path writeRun(Path runDir, ReportSpec spec, String scenarioName, List<KeyParameter> parameters) {
        RunFiles run = RunFiles.open(runDir);
        List<ChartFile> charts = ChartRenderer.writeAll(run, spec.charts());
        return AtomicFiles.write(runDir.resolve(INDEX_FILE), runPage(run, spec, scenarioName, parameters, charts));
    }

    /** Draws the sweep charts into {@code sweepDir} (which holds {@code sweep.csv}) and writes its {@code index.html}. */
    public static Path writeSweep(Path sweepDir) {
        CsvTable sweep = CsvTable.read(sweepDir.resolve(SweepTable.SWEEP_FILE));
        List<ChartFile> charts = Charts.writeSweepCharts(sweepDir);
        String yaml = readIfExists(sweepDir.resolve("sweep.yaml"));
        Path points = sweepDir.resolve(SweepChart.POINTS_FILE);
        return AtomicFiles.write(sweepDir.resolve(INDEX_FILE), SweepPage.html(sweepDir.getFileName().toString(), sweep,
                Files.exists(points) ? CsvTable.read(points) : null, charts, yaml));
    }

    /** The HTML of a run page headed by the run directory's name. */
    public static String runPage(RunFiles run, ReportSpec spec, List<ChartFile> charts) {
        return runPage(run, spec, String.valueOf(run.directory().getFileName()), List.of(), charts);
    }

    /** The HTML of a run page. */
    public static String runPage(RunFiles run, ReportSpec spec, String scenarioName, List<KeyParameter> parameters,
                                 List<ChartFile> charts) {
        String directory = String.valueOf(run.directory().getFileName());
        StringBuilder html = begin(scenarioName + " \u2014 " + spec.heading());
        html.append("<h1>").append(escape(scenarioName)).append("</h1>\n");
        html.append("<p class=\"muted\">").append(escape(spec.heading()));
        if (spec.showDirectory() || !directory.equals(scenarioName)) {
            html.append(" &middot; ").append(escape(directory));
        }
        for (ReportSpec.Count c : spec.counts()) {
            html.append(" &middot; ").append(ReadableNumber.plain(run.table(c.file()).rowCount())).append(' ')
                    .append(escape(c.noun()));
        }
        html.append("</p>\n");
        if (spec.completion() != null) {
            html.append("<p class=\"headline\" id=\"completion\">").append(escape(completionText(run, spec.completion())))
                    .append("</p>\n");
        }
        appendParameters(html, parameters, readIfExists(run.directory().resolve("scenario.yaml")), "scenario.yaml");
        html.append("<h2>Summary</h2>\n<table class=\"summary\">\n<tr><th>metric</th><th>value</th></tr>\n");
        for (Map.Entry<String, Object> e : run.summary().entrySet()) {
            html.append("<tr><td title=\"").append(escape(e.getKey())).append("\">").append(escape(ColumnLabel.of(e.getKey())))
                    .append("</td><td class=\"num\" title=\"").append(escape(e.getKey())).append(" = ")
                    .append(escape(rawText(e.getValue()))).append("\">")
                    .append(escape(valueText(e.getKey(), e.getValue()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (ReportSpec.GroupTable t : spec.tables()) {
            CsvTable rows = run.table(t.file());
            if (!t.onlyWhenSeveral() || ChartRenderer.distinctValues(rows, t.category().column()) >= 2) {
                appendGroupTable(html, rows, t);
            }
        }
        appendCharts(html, charts);
        return end(html);
    }

    /** "leechers completed 1,000 of 1,000 (plus 2 initial seeds)". */
    static String completionText(RunFiles run, ReportSpec.Completion c) {
        CsvTable t = run.table(c.file());
        double[] finite = t.numbers(c.finiteColumn());
        double[] excluded = t.numbers(c.excludeColumn());
        long of = 0;
        long done = 0;
        for (int i = 0; i < finite.length; i++) {
            if (excluded[i] != 1) {
                of++;
                if (Double.isFinite(finite[i])) {
                    done++;
                }
            }
        }
        long apart = finite.length - of;
        String text = c.noun() + " completed " + ReadableNumber.plain(done) + " of " + ReadableNumber.plain(of);
        if (apart > 0) {
            text += " (plus " + ReadableNumber.plain(apart) + " " + c.excludedNoun() + (apart == 1 ? "" : "s") + ")";
        }
        return text;
    }

    /** The key parameters as a two-column table and the full scenario file folded in a {@code <details>}. */
    static void appendParameters(StringBuilder html, List<KeyParameter> parameters, String yaml, String fileName) {
        if (!parameters.isEmpty()) {
            html.append("<table class=\"parameters\">\n");
            for (KeyParameter p : parameters) {
                html.append("<tr><th>").append(escape(p.label())).append("</th><td>").append(escape(p.value()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (yaml != null) {
            html.append("<details><summary>Full <code>").append(escape(fileName)).append("</code></summary>\n<pre>")
                    .append(escape(yaml)).append("</pre>\n</details>\n");
        }
    }

    /** The HTML of a sweep page. */
    public static String sweepPage(String title, CsvTable sweep, List<ChartFile> charts) {
        return SweepPage.html(title, sweep, null, charts, null);
    }

    /** A sweep metric's summary key without its {@code :category} suffix (for its unit). */
    static String metricName(String metric) {
        int colon = metric.indexOf(':');
        return colon < 0 ? metric : metric.substring(0, colon);
    }

    static String readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, java.nio.charset.StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One row per category (first-seen order) with the table's aggregates; a dash where undefined. */
    private static void appendGroupTable(StringBuilder html, CsvTable rows, ReportSpec.GroupTable spec) {
        List<String> categories = ChartRenderer.categories(rows, spec.category());
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            byCategory.computeIfAbsent(categories.get(i), c -> new ArrayList<>()).add(i);
        }
        html.append("<h2>").append(escape(spec.title())).append("</h2>\n<table>\n<tr><th>")
                .append(escape(spec.categoryHeader())).append("</th>");
        for (ReportSpec.Aggregate a : spec.columns()) {
            html.append("<th title=\"").append(escape(a.header())).append("\">").append(escape(ColumnLabel.of(a.header())))
                    .append("</th>");
        }
        html.append("</tr>\n");
        for (Map.Entry<String, List<Integer>> e : byCategory.entrySet()) {
            html.append("<tr><td>").append(escape(e.getKey())).append("</td>");
            for (ReportSpec.Aggregate a : spec.columns()) {
                double v = aggregate(rows, e.getValue(), a);
                html.append("<td class=\"num\" title=\"").append(escape(a.header())).append(" = ")
                        .append(Double.isNaN(v) ? "none" : NumberText.format(v)).append("\">")
                        .append(escape(ReadableNumber.of(a.header(), v))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static double aggregate(CsvTable t, List<Integer> rows, ReportSpec.Aggregate a) {
        if (a instanceof ReportSpec.Aggregate.RowCount) {
            return rows.size();
        }
        if (a instanceof ReportSpec.Aggregate.FiniteCount c) {
            return finite(t.numbers(c.column()), rows)[0];
        }
        if (a instanceof ReportSpec.Aggregate.FiniteMean m) {
            double[] countAndSum = finite(t.numbers(m.column()), rows);
            return countAndSum[0] == 0 ? Double.NaN : countAndSum[1] / countAndSum[0];
        }
        if (a instanceof ReportSpec.Aggregate.Sum s) {
            return sum(t.numbers(s.column()), rows);
        }
        if (a instanceof ReportSpec.Aggregate.RatioOfSums r) {
            double denominator = sum(t.numbers(r.denominator()), rows);
            return denominator == 0 ? Double.NaN : sum(t.numbers(r.numerator()), rows) / denominator;
        }
        throw new IllegalArgumentException("unknown aggregate " + a);
    }

    /** Count and sum of the finite values in {@code rows}, summed in row order. */
    private static double[] finite(double[] values, List<Integer> rows) {
        double[] countAndSum = new double[2];
        for (int i : rows) {
            if (Double.isFinite(values[i])) {
                countAndSum[0]++;
                countAndSum[1] += values[i];
            }
        }
        return countAndSum;
    }

    private static double sum(double[] values, List<Integer> rows) {
        double sum = 0;
        for (int i : rows) {
            sum += values[i];
        }
        return sum;
    }

    static void appendCharts(StringBuilder html, List<ChartFile> charts) {
        if (charts.isEmpty()) {
            return;
        }
        html.append("<h2>Charts</h2>\n");
        for (ChartFile chart : charts) {
            byte[] png;
            try {
                png = Files.readAllBytes(chart.png2x());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read chart " + chart.png2x() + ": " + e.getMessage(), e);
            }
            html.append("<figure id=\"").append(escape(chart.name())).append("\">\n<img alt=\"")
                    .append(escape(chart.title())).append("\" width=\"").append(chart.width()).append("\" height=\"")
                    .append(chart.height()).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
                    .append(escape(chart.title())).append(" &middot; <a href=\"")
                    .append(escape(chart.svg().getFileName().toString())).append("\">SVG</a> &middot; <a href=\"")
                    .append(escape(chart.png2x().getFileName().toString())).append("\">PNG 2x</a></figcaption>\n</figure>\n");
        }
    }

    static StringBuilder begin(String title) {
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        return html;
    }

    static String end(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }

    /** A summary value for reading: units by the key's name, thousands grouped. */
    static String valueText(String key, Object value) {
        if (value == null) {
            return "\u2014";
        }
        if (value instanceof Number n) {
            return ReadableNumber.of(key, n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(e.getKey()).append(": ").append(valueText(key, e.getValue()));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }

    /** A summary value exactly as {@code summary.json} holds it. */
    private static String rawText(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return NumberText.format(d);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(e.getKey()).append(": ").append(rawText(e.getValue()));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }
}
