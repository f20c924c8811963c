package org.swarmsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.NumberText;

/**
 * A reproduction's {@code index.html}: the experiment's name, what it compares and its source,
 * the header comment of each papers scenario it runs (the model, in the scenario author's words),
 * how many comparisons pass, the comparison table with a pass or fail mark per row, and the
 * charts. Self-contained like the run pages.
 */
public final class ReproductionPage {
    /**
     * What the page says about the experiment.
     *
     * @param name      the experiment's name, e.g. {@code kumar-ross}
     * @param summary   the one line of {@code reproduce --list}
     * @param source    the paper(s)
     * @param scenarios the papers scenario files it runs, each shown with its header comment
     */
    public record Experiment(String name, String summary, String source, List<Path> scenarios) {
        public Experiment {
            scenarios = List.copyOf(scenarios);
        }
    }

    private ReproductionPage() {
    }

    /** Writes {@code index.html} into {@code dir}, which holds {@code comparison.csv}; returns its path. */
    public static Path write(Path dir, Experiment experiment, List<ChartFile> charts) {
        CsvTable comparison = CsvTable.read(dir.resolve("comparison.csv"));
        return AtomicFiles.write(dir.resolve(HtmlReport.INDEX_FILE), html(dir, experiment, comparison, charts));
    }

    static String html(Path dir, Experiment e, CsvTable t, List<ChartFile> charts) {
        StringBuilder html = HtmlReport.begin(e.name() + " \u2014 swarmsim reproduce");
        html.append("<h1>").append(HtmlReport.escape(e.name())).append("</h1>\n<p class=\"muted\">swarmsim reproduce &middot; ")
                .append(HtmlReport.escape(String.valueOf(dir.getFileName()))).append("</p>\n");
        html.append("<p>").append(HtmlReport.escape(e.summary())).append("</p>\n<p><b>Source:</b> ")
                .append(HtmlReport.escape(e.source())).append("</p>\n");
        List<String> verdicts = t.texts("pass");
        long passed = verdicts.stream().filter("true"::equals).count();
        boolean all = passed == verdicts.size();
        html.append("<p class=\"headline ").append(all ? "pass" : "fail").append("\" id=\"verdict\">").append(passed).append(" of ")
                .append(verdicts.size()).append(" comparisons pass").append(all ? "" : " \u2014 the reproduction fails").append("</p>\n");
        for (Path scenario : e.scenarios()) {
            String comment = headerComment(scenario);
            if (!comment.isEmpty()) {
                html.append("<details open><summary>Model: <code>").append(HtmlReport.escape(String.valueOf(scenario.getFileName())))
                        .append("</code></summary>\n<pre>").append(HtmlReport.escape(comment)).append("</pre>\n</details>\n");
            }
        }
        appendTable(html, t);
        HtmlReport.appendCharts(html, charts);
        return HtmlReport.end(html);
    }

    /** The comparison rows: parameters, quantity, prediction, simulation with its interval, ratio, tolerance, verdict. */
    private static void appendTable(StringBuilder html, CsvTable t) {
        List<String> header = t.header();
        List<String> parameters = new ArrayList<>();
        for (String h : header.subList(1, header.indexOf("metric"))) {
            parameters.add(h);
        }
        html.append("<h2>Comparison</h2>\n<div class=\"wide\"><table class=\"comparison\">\n<tr><th>pass</th>");
        if (parameters.isEmpty()) {
            html.append("<th>point</th>");
        }
        for (String p : parameters) {
            html.append("<th>").append(HtmlReport.escape(p)).append("</th>");
        }
        html.append("<th>quantity</th><th>predicted</th><th>simulated (95% CI)</th><th>n</th><th>ratio</th>"
                + "<th>tolerance</th></tr>\n");
        for (int r = 0; r < t.rowCount(); r++) {
            boolean pass = "true".equals(t.text(r, "pass"));
            String metric = t.text(r, "metric");
            html.append("<tr class=\"").append(pass ? "pass" : "fail").append("\" title=\"point ")
                    .append(HtmlReport.escape(t.text(r, "point"))).append("\"><td class=\"verdict\">")
                    .append(pass ? "\u2713 pass" : "\u2717 fail").append("</td>");
            if (parameters.isEmpty()) {
                html.append("<td>").append(HtmlReport.escape(t.text(r, "point"))).append("</td>");
            }
            for (String p : parameters) {
                String raw = t.text(r, p);
                double v = numberOrNaN(raw);
                boolean numeric = !Double.isNaN(v);
                html.append(numeric ? "<td class=\"num\" title=\"" + HtmlReport.escape(raw) + "\">" : "<td>")
                        .append(HtmlReport.escape(numeric ? ReadableNumber.of(p, v) : raw)).append("</td>");
            }
            html.append("<td title=\"").append(HtmlReport.escape(metric)).append("\">").append(HtmlReport.escape(ColumnLabel.of(metric)))
                    .append("</td>");
            html.append(number(t, r, "predicted", metric));
            double mean = t.numbers("sim_mean")[r];
            double low = t.numbers("ci95_low")[r];
            double high = t.numbers("ci95_high")[r];
            String simulated = ReadableNumber.of(metric, mean);
            if (Double.isFinite(low) && Double.isFinite(high) && high > low) {
                simulated += " [" + ReadableNumber.of(metric, low) + ", " + ReadableNumber.of(metric, high) + "]";
            }
            html.append("<td class=\"num\" title=\"").append(NumberText.format(mean)).append(" [").append(NumberText.format(low))
                    .append(", ").append(NumberText.format(high)).append("]\">").append(HtmlReport.escape(simulated)).append("</td>");
            html.append("<td class=\"num\">").append(ReadableNumber.plain(t.numbers("n")[r])).append("</td>");
            html.append(number(t, r, "ratio", "ratio"));
            html.append("<td>").append(HtmlReport.escape(t.text(r, "tolerance"))).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static double numberOrNaN(String text) {
        try {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;   // a parameter given as text (a picker, a regime)
        }
    }

    private static String number(CsvTable t, int r, String column, String unitName) {
        double v = t.numbers(column)[r];
        return "<td class=\"num\" title=\"" + HtmlReport.escape(t.text(r, column)) + "\">"
                + HtmlReport.escape(ReadableNumber.of(unitName, v)) + "</td>";
    }

    /** The leading {@code #} comment lines of a scenario file, without the {@code # }; empty if none or unreadable. */
    static String headerComment(Path scenario) {
        List<String> lines;
        try {
            lines = Files.readAllLines(scenario, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + scenario + ": " + e.getMessage(), e);
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            sb.append(line.startsWith("# ") ? line.substring(2) : line.substring(1)).append('\n');
        }
        return sb.toString();
    }
}
