package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.swarmsim.metrics.SweepTable;

/**
 * The chart of one sweep metric: the mean per grid point with its 95% confidence interval as an
 * error bar. The grid's parameters come from {@code points.csv} (one column per varied
 * parameter): the x axis is the parameter with the most values (the first of them on a tie) and
 * each combination of the other parameters is a series of its own colour. Without
 * {@code points.csv} the x axis is the grid point's label. Series stand side by side around each
 * x position so that their error bars stay apart. The y axis leaves out zero when
 * every value is far from it (zero would squash the differences); the subtitle then says so.
 */
public final class SweepChart {
    /** The file of a sweep's grid: {@code point}, {@code label}, then one column per varied parameter. */
    public static final String POINTS_FILE = "points.csv";

    private SweepChart() {
    }

    /** Reads the sweep directory's tables and writes one chart per metric into it. */
    public static List<ChartFile> writeAll(Path sweepDir) {
        CsvTable sweep = CsvTable.read(sweepDir.resolve(SweepTable.SWEEP_FILE));
        Path pointsFile = sweepDir.resolve(POINTS_FILE);
        Grid grid = Files.exists(pointsFile) ? Grid.of(CsvTable.read(pointsFile)) : Grid.NONE;
        List<ChartFile> files = new ArrayList<>();
        for (String metric : metricsOf(sweep)) {
            files.add(Charts.save(chart(sweep, grid, metric), sweepDir, Charts.sweepChartName(metric)));
        }
        return files;
    }

    /** Metric names of a sweep table in first-seen order. */
    static List<String> metricsOf(CsvTable sweep) {
        List<String> metrics = new ArrayList<>();
        for (String m : sweep.texts("metric")) {
            if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }
        return metrics;
    }

    /**
     * The varied parameters of each grid point label, in {@code points.csv}'s column order.
     *
     * @param parameters the parameter paths
     * @param values     label to the parameter values
     */
    record Grid(List<String> parameters, Map<String, List<String>> values) {
        static final Grid NONE = new Grid(List.of(), Map.of());

        static Grid of(CsvTable points) {
            List<String> parameters = new ArrayList<>();
            for (String h : points.header()) {
                if (!h.equals("point") && !h.equals("label")) {
                    parameters.add(h);
                }
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int r = 0; r < points.rowCount(); r++) {
                List<String> v = new ArrayList<>();
                for (String p : parameters) {
                    v.add(points.text(r, p));
                }
                values.put(points.text(r, "label"), v);
            }
            return new Grid(parameters, values);
        }

        /** The index of the x-axis parameter: the one with the most distinct values, first on a tie. */
        int xParameter() {
            int best = 0;
            int bestCount = -1;
            for (int p = 0; p < parameters.size(); p++) {
                List<String> distinct = new ArrayList<>();
                for (List<String> v : values.values()) {
                    if (!distinct.contains(v.get(p))) {
                        distinct.add(v.get(p));
                    }
                }
                if (distinct.size() > bestCount) {
                    best = p;
                    bestCount = distinct.size();
                }
            }
            return best;
        }
    }

    static JFreeChart chart(CsvTable sweep, Grid grid, String metric) {
        List<String> points = sweep.texts("grid_point");
        List<String> metrics = sweep.texts("metric");
        double[] mean = sweep.numbers("mean");
        double[] high = sweep.numbers("ci95_high");
        double[] n = sweep.numbers("n");
        boolean byParameter = !grid.parameters().isEmpty() && grid.values().keySet().containsAll(points);
        int x = byParameter ? grid.xParameter() : -1;
        List<String> columns = new ArrayList<>();
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        List<double[]> items = new ArrayList<>();   // column index, mean, half width, per series in order
        List<String> itemSeries = new ArrayList<>();
        boolean someWithoutInterval = false;
        double low = Double.POSITIVE_INFINITY;
        double top = Double.NEGATIVE_INFINITY;
        long nMin = Long.MAX_VALUE;
        long nMax = 0;
        for (int i = 0; i < points.size(); i++) {
            if (!metrics.get(i).equals(metric) || Double.isNaN(mean[i])) {
                continue;
            }
            double halfWidth = high[i] - mean[i];
            if (!Double.isFinite(halfWidth)) {
                halfWidth = 0;
                someWithoutInterval = true;
            }
            low = Math.min(low, mean[i] - halfWidth);
            top = Math.max(top, mean[i] + halfWidth);
            nMin = Math.min(nMin, (long) n[i]);
            nMax = Math.max(nMax, (long) n[i]);
            String column = points.get(i);
            String name = ColumnLabel.of(metric);
            if (byParameter) {
                List<String> v = grid.values().get(points.get(i));
                column = v.get(x);
                StringBuilder others = new StringBuilder();
                for (int p = 0; p < grid.parameters().size(); p++) {
                    if (p != x) {
                        others.append(others.length() == 0 ? "" : ", ").append(shortName(grid.parameters().get(p)))
                                .append(" = ").append(v.get(p));
                    }
                }
                if (others.length() > 0) {
                    name = others.toString();
                }
            }
            if (!columns.contains(column)) {
                columns.add(column);
            }
            series.computeIfAbsent(name, k -> new YIntervalSeries(k, false, true));
            items.add(new double[] {columns.indexOf(column), mean[i], halfWidth});
            itemSeries.add(name);
        }
        // Series side by side around each x position, so that their error bars do not hide each other.
        List<String> names = new ArrayList<>(series.keySet());
        double spread = names.size() < 2 ? 0 : Math.min(0.3, 0.12 * (names.size() - 1));
        for (int k = 0; k < items.size(); k++) {
            double[] it = items.get(k);
            int s = names.indexOf(itemSeries.get(k));
            double offset = names.size() < 2 ? 0 : -spread / 2 + spread * s / (names.size() - 1);
            series.get(itemSeries.get(k)).add(it[0] + offset, it[1], it[1] - it[2], it[1] + it[2]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        boolean legend = names.size() > 1;
        String xLabel = byParameter ? grid.parameters().get(x) : "grid point";
        String label = ColumnLabel.of(metric);
        SymbolAxis domain = new SymbolAxis(xLabel, columns.toArray(new String[0]));
        domain.setGridBandsVisible(false);
        domain.setRange(-0.5, Math.max(0.5, columns.size() - 0.5));
        domain.setTickLabelFont(domain.getTickLabelFont().deriveFont(Font.PLAIN, 11f));
        if (!byParameter && columns.size() > 4) {
            domain.setVerticalTickLabels(true);
        }
        NumberAxis range = new NumberAxis(label + unitText(metric));
        boolean zeroHidesDifferences = low > 0 ? top - low < low : top < 0 && top - low < -top;
        range.setAutoRangeIncludesZero(!zeroHidesDifferences);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        for (int s = 0; s < names.size(); s++) {
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        if (Charts.wholeNumbers(data) && top - low >= 2) {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        plot.setDrawingSupplier(OkabeIto.drawingSupplier());
        JFreeChart chart = new JFreeChart(label + " (mean, 95% CI)", JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        List<String> notes = new ArrayList<>();
        if (nMin <= nMax) {
            notes.add(nMin == nMax ? nMin + " replications per point" : nMin + " to " + nMax + " replications per point");
        }
        if (zeroHidesDifferences) {
            notes.add("y axis does not start at zero");
        }
        if (someWithoutInterval) {
            notes.add("points with a single replication have no interval");
        }
        chart.addSubtitle(new TextTitle(String.join("; ", notes)));
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    /**
     * A field path without its section: {@code protocol.picker} is {@code picker},
     * {@code population.leechers.count} is {@code leechers.count}.
     */
    static String shortName(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String unitText(String metric) {
        return switch (ReadableNumber.unitOf(HtmlReport.metricName(metric))) {
            case SECONDS -> " (s)";
            case BYTES -> " (bytes)";
            case BYTE_RATE -> " (bytes/s)";
            default -> "";
        };
    }
}
