package org.swarmsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.NumberText;

/**
 * The HTML of a sweep's {@code index.html}: the scenario's name, what was varied and how often
 * each point ran, the resolved base scenario folded away, the charts, then one row per grid point
 * (one column per varied parameter when {@code points.csv} gives them) with each metric's mean and
 * the half width of its 95% confidence interval; the exact figures are in each cell's title and
 * in {@code sweep.csv}.
 */
final class SweepPage {
    private SweepPage() {
    }

    static String html(String directory, CsvTable sweep, CsvTable pointsOrNull, List<ChartFile> charts, String sweepYaml) {
        String name = scenarioName(sweepYaml, directory);
        List<String> points = new ArrayList<>();
        for (String p : sweep.texts("grid_point")) {
            if (!points.contains(p)) {
                points.add(p);
            }
        }
        List<String> metrics = SweepChart.metricsOf(sweep);
        SweepChart.Grid grid = pointsOrNull == null ? SweepChart.Grid.NONE : SweepChart.Grid.of(pointsOrNull);
        boolean byParameter = !grid.parameters().isEmpty() && grid.values().keySet().containsAll(points);
        double[] n = sweep.numbers("n");
        long nMax = 0;
        for (double v : n) {
            nMax = Math.max(nMax, (long) v);
        }
        StringBuilder html = HtmlReport.begin(name + " \u2014 swarmsim sweep");
        html.append("<h1>").append(HtmlReport.escape(name)).append("</h1>\n<p class=\"muted\">swarmsim sweep &middot; ")
                .append(HtmlReport.escape(directory)).append(" &middot; ").append(points.size()).append(points.size() == 1 ? " grid point" : " grid points")
                .append(" &times; up to ").append(nMax).append(nMax == 1 ? " replication" : " replications").append("</p>\n");
        List<KeyParameter> parameters = new ArrayList<>();
        for (int p = 0; p < grid.parameters().size(); p++) {
            List<String> values = new ArrayList<>();
            for (List<String> v : grid.values().values()) {
                if (!values.contains(v.get(p))) {
                    values.add(v.get(p));
                }
            }
            parameters.add(new KeyParameter("Varied: " + grid.parameters().get(p), String.join(", ", values)));
        }
        List<String> labels = new ArrayList<>();
        metrics.forEach(m -> labels.add(ColumnLabel.of(m)));
        parameters.add(new KeyParameter("Metrics", String.join("; ", labels)));
        HtmlReport.appendParameters(html, parameters, sweepYaml, "sweep.yaml");
        HtmlReport.appendCharts(html, charts);
        html.append("<h2 id=\"means\">Means per grid point</h2>\n<p class=\"muted\">mean &plusmn; half width of the Student-t 95% "
                + "confidence interval over the replications; sd, n and the exact figures in each cell's tooltip and in "
                + "<code>sweep.csv</code></p>\n<div class=\"wide\"><table class=\"sweep\">\n<tr>");
        if (byParameter) {
            for (String p : grid.parameters()) {
                html.append("<th title=\"").append(HtmlReport.escape(p)).append("\">")
                        .append(HtmlReport.escape(SweepChart.shortName(p))).append("</th>");
            }
        } else {
            html.append("<th>grid point</th>");
        }
        for (String m : metrics) {
            html.append("<th title=\"").append(HtmlReport.escape(m)).append("\">").append(HtmlReport.escape(ColumnLabel.of(m)))
                    .append("</th>");
        }
        html.append("</tr>\n");
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        List<String> gridPoints = sweep.texts("grid_point");
        List<String> metricOf = sweep.texts("metric");
        for (int r = 0; r < sweep.rowCount(); r++) {
            rowOf.put(gridPoints.get(r) + "\u0000" + metricOf.get(r), r);
        }
        double[] mean = sweep.numbers("mean");
        double[] sd = sweep.numbers("sd");
        double[] low = sweep.numbers("ci95_low");
        double[] high = sweep.numbers("ci95_high");
        for (String point : points) {
            html.append("<tr>");
            if (byParameter) {
                for (String v : grid.values().get(point)) {
                    html.append("<td>").append(HtmlReport.escape(v)).append("</td>");
                }
            } else {
                html.append("<td>").append(HtmlReport.escape(point)).append("</td>");
            }
            for (String m : metrics) {
                Integer r = rowOf.get(point + "\u0000" + m);
                if (r == null) {
                    html.append("<td class=\"num\">\u2014</td>");
                    continue;
                }
                String unitName = HtmlReport.metricName(m);
                String text = ReadableNumber.of(unitName, mean[r]);
                double half = high[r] - mean[r];
                if (Double.isFinite(half) && half > 0) {
                    text += " \u00b1 " + ReadableNumber.of(unitName, half);
                }
                html.append("<td class=\"num\" title=\"").append(HtmlReport.escape(m)).append(": n = ").append((long) n[r])
                        .append(", mean = ").append(NumberText.format(mean[r])).append(", sd = ").append(NumberText.format(sd[r]))
                        .append(", 95% CI [").append(NumberText.format(low[r])).append(", ").append(NumberText.format(high[r]))
                        .append("]\">").append(HtmlReport.escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
        return HtmlReport.end(html);
    }

    /** The {@code name:} of the resolved scenario, or the directory's name without one. */
    static String scenarioName(String yaml, String fallback) {
        if (yaml != null) {
            for (String line : yaml.split("\n")) {
                if (line.startsWith("name: ")) {
                    String v = line.substring(6).strip();
                    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                        v = v.substring(1, v.length() - 1);
                    }
                    return v;
                }
            }
        }
        return fallback;
    }
}
