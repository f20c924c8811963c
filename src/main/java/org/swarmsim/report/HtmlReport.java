package org.swarmsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.NumberText;
import org.swarmsim.metrics.PeerColumn;
import org.swarmsim.metrics.SweepTable;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS, PNG charts embedded as base64
 * data URIs, no scripts and no external resources) that opens from disk in any browser. For a
 * run: the summary table, a table per capacity class and the six run charts; for a DHT lookup run:
 * the summary table and the three lookup charts; for a sweep: the sweep table and one chart per
 * metric. Each chart also links to its SVG file next to the page.
 */
public final class HtmlReport {
    /** The page's file name. */
    public static final String INDEX_FILE = "index.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:960px;color:#222;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em}
            th{background:#f3f3f3;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1.5em 0}img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.9em;color:#555}.muted{color:#777;font-size:.9em}
            """;

    private HtmlReport() {
    }

    /** Draws the run charts into {@code runDir} and writes its {@code index.html}; returns the page's path. */
    public static Path writeRun(Path runDir) {
        RunData run = RunData.read(runDir);
        List<ChartFile> charts = Charts.writeRunCharts(run, runDir);
        return AtomicFiles.write(runDir.resolve(INDEX_FILE), runPage(run, charts));
    }

    /** Draws the sweep charts into {@code sweepDir} (which holds {@code sweep.csv}) and writes its {@code index.html}. */
    public static Path writeSweep(Path sweepDir) {
        CsvTable sweep = CsvTable.read(sweepDir.resolve(SweepTable.SWEEP_FILE));
        List<ChartFile> charts = Charts.writeSweepCharts(sweepDir);
        return AtomicFiles.write(sweepDir.resolve(INDEX_FILE), sweepPage(sweepDir.getFileName().toString(), sweep, charts));
    }

    /**
     * Draws the charts of a DHT lookup run ({@link DhtCharts}) into {@code runDir} and writes its
     * {@code index.html}: the summary table and the charts. Returns the page's path.
     */
    public static Path writeDhtLookups(Path runDir) {
        Path summaryFile = runDir.resolve("summary.json");
        String json;
        try {
            json = Files.readString(summaryFile, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summaryFile + " (is " + runDir + " a finished run directory?)", e);
        }
        Map<String, Object> summary = JsonReader.parseObject(summaryFile.toString(), json);
        CsvTable lookups = CsvTable.read(runDir.resolve("lookups.csv"));
        CsvTable series = CsvTable.read(runDir.resolve("timeseries.csv"));
        List<ChartFile> charts = DhtCharts.write(lookups, series, runDir);
        String name = String.valueOf(runDir.getFileName());
        StringBuilder html = begin("swarmsim DHT lookups: " + name);
        html.append("<h1>swarmsim DHT lookups: ").append(escape(name)).append("</h1>\n");
        html.append("<p class=\"muted\">").append(lookups.rowCount()).append(" lookups &middot; ")
                .append(series.rowCount()).append(" time-series samples</p>\n");
        appendSummary(html, summary);
        appendCharts(html, charts);
        return AtomicFiles.write(runDir.resolve(INDEX_FILE), end(html));
    }

    private static void appendSummary(StringBuilder html, Map<String, Object> summary) {
        html.append("<h2>Summary</h2>\n<table>\n<tr><th>metric</th><th>value</th></tr>\n");
        for (Map.Entry<String, Object> e : summary.entrySet()) {
            html.append("<tr><td>").append(escape(e.getKey())).append("</td><td class=\"num\">")
                    .append(escape(valueText(e.getValue()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** The HTML of a run page. */
    public static String runPage(RunData run, List<ChartFile> charts) {
        Map<String, Object> summary = run.summary();
        Object scenario = summary.get("scenario");
        String name = scenario instanceof String s ? s : String.valueOf(run.directory().getFileName());
        StringBuilder html = begin("swarmsim run: " + name);
        html.append("<h1>swarmsim run: ").append(escape(name)).append("</h1>\n");
        html.append("<p class=\"muted\">").append(escape(String.valueOf(run.directory().getFileName())))
                .append(" &middot; ").append(run.peers().rowCount()).append(" peers &middot; ")
                .append(run.timeSeries().rowCount()).append(" time-series samples</p>\n");
        html.append("<h2>Summary</h2>\n<table>\n<tr><th>metric</th><th>value</th></tr>\n");
        for (Map.Entry<String, Object> e : summary.entrySet()) {
            html.append("<tr><td>").append(escape(e.getKey())).append("</td><td class=\"num\">")
                    .append(escape(valueText(e.getValue()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        appendClassTable(html, run.peers());
        appendCharts(html, charts);
        return end(html);
    }

    /** The HTML of a sweep page. */
    public static String sweepPage(String title, CsvTable sweep, List<ChartFile> charts) {
        StringBuilder html = begin("swarmsim sweep: " + title);
        html.append("<h1>swarmsim sweep: ").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"muted\">mean over replications; sd is the sample standard deviation; "
                + "the interval is the Student-t 95% confidence interval on the mean</p>\n");
        html.append("<h2>Sweep table</h2>\n<table>\n<tr>");
        for (String h : sweep.header()) {
            html.append("<th>").append(escape(h)).append("</th>");
        }
        html.append("</tr>\n");
        for (int r = 0; r < sweep.rowCount(); r++) {
            html.append("<tr>");
            for (String h : sweep.header()) {
                boolean text = h.equals("grid_point") || h.equals("metric");
                html.append(text ? "<td>" : "<td class=\"num\">").append(escape(sweep.text(r, h))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        appendCharts(html, charts);
        return end(html);
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

    /** Per capacity class (first-seen order): peers, completed, mean download time, bytes and aggregate share ratio. */
    private static void appendClassTable(StringBuilder html, CsvTable peers) {
        List<String> classes = peers.texts(PeerColumn.CLASS.columnName());
        double[] time = peers.numbers(PeerColumn.DOWNLOAD_TIME_S.columnName());
        double[] down = peers.numbers(PeerColumn.BYTES_DOWNLOADED.columnName());
        double[] up = peers.numbers(PeerColumn.BYTES_UPLOADED.columnName());
        Map<String, double[]> byClass = new LinkedHashMap<>(); // peers, completed, time sum, down, up
        for (int i = 0; i < classes.size(); i++) {
            double[] a = byClass.computeIfAbsent(classes.get(i), c -> new double[5]);
            a[0]++;
            if (Double.isFinite(time[i])) {
                a[1]++;
                a[2] += time[i];
            }
            a[3] += down[i];
            a[4] += up[i];
        }
        html.append("<h2>Capacity classes</h2>\n<table>\n<tr><th>class</th><th>peers</th><th>completed</th>"
                + "<th>download_time_mean_s</th><th>bytes_downloaded</th><th>bytes_uploaded</th><th>share_ratio</th></tr>\n");
        for (Map.Entry<String, double[]> e : byClass.entrySet()) {
            double[] a = e.getValue();
            html.append("<tr><td>").append(escape(e.getKey())).append("</td>");
            for (double v : new double[] {a[0], a[1], a[1] == 0 ? Double.NaN : a[2] / a[1], a[3], a[4],
                    a[3] == 0 ? Double.NaN : a[4] / a[3]}) {
                html.append("<td class=\"num\">").append(Double.isNaN(v) ? "\u2014" : NumberText.format(v)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void appendCharts(StringBuilder html, List<ChartFile> charts) {
        if (charts.isEmpty()) {
            return;
        }
        html.append("<h2>Charts</h2>\n");
        for (ChartFile chart : charts) {
            byte[] png;
            try {
                png = Files.readAllBytes(chart.png());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read chart " + chart.png() + ": " + e.getMessage(), e);
            }
            html.append("<figure id=\"").append(escape(chart.name())).append("\">\n<img alt=\"")
                    .append(escape(chart.title())).append("\" width=\"").append(Charts.WIDTH).append("\" height=\"")
                    .append(Charts.HEIGHT).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
                    .append(escape(chart.title())).append(" &middot; <a href=\"")
                    .append(escape(chart.svg().getFileName().toString())).append("\">SVG</a></figcaption>\n</figure>\n");
        }
    }

    private static StringBuilder begin(String title) {
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        return html;
    }

    private static String end(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }

    private static String valueText(Object value) {
        if (value == null) {
            return "\u2014";
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
                sb.append(e.getKey()).append(": ").append(valueText(e.getValue()));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }
}
