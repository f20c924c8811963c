package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart of a reproduction's {@code comparison.csv}: each row's simulated mean (with its 95%
 * confidence interval as an error bar) against the value theory predicts, one series per metric,
 * and the diagonal simulated = predicted. Quantities of different units (times, byte counts,
 * rates and fractions, other counts; told apart by the metric's name) go on separate panels, each
 * with its own axes. Log axes on a panel when every value is positive and they span more than a
 * factor of 20. Rows whose values are not finite are left out and counted in the subtitle. Reads
 * only the CSV, like the other report charts.
 */
public final class ComparisonChart {
    /** Base name of the chart files ({@code comparison.png}, {@code comparison.svg}). */
    public static final String NAME = "comparison";

    private ComparisonChart() {
    }

    /** Reads {@code comparison.csv} in {@code dir} and writes {@code comparison.png/@2x.png/.svg} there. */
    public static ChartFile write(Path dir, String title) {
        CsvTable table = CsvTable.read(dir.resolve("comparison.csv"));
        ChartPanels panels = new ChartPanels(title, passLine(table), panels(table));
        return Charts.save(panels, panels.width(), panels.height(), title, dir, NAME);
    }

    /** The unit of a metric, by its name: what may share a pair of axes. */
    static String unitGroup(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        if (m.contains("Bytes")) {
            return "Bytes";
        }
        if (m.endsWith("_bps")) {
            return "Rates (bytes/s)";
        }
        if (!m.endsWith("_per_s") && (m.endsWith("_s") || m.contains("_s_") || m.endsWith("time"))) {
            return "Times (s)";
        }
        if (m.contains("rate") || m.contains("ratio") || m.contains("fraction") || m.contains("share")
                || m.contains("utilisation") || m.contains("slope") || m.contains("exponent") || m.contains("gain")
                || m.contains("speedup") || m.contains("penalty")) {
            return "Ratios and rates";
        }
        return "Counts";
    }

    /** One panel per unit group, in the order the groups first appear. */
    static List<JFreeChart> panels(CsvTable t) {
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        List<String> metrics = t.texts("metric");
        for (int i = 0; i < metrics.size(); i++) {
            byUnit.computeIfAbsent(unitGroup(metrics.get(i)), u -> new ArrayList<>()).add(i);
        }
        List<JFreeChart> panels = new ArrayList<>();
        int series = 0;
        for (Map.Entry<String, List<Integer>> e : byUnit.entrySet()) {
            JFreeChart panel = panel(t, byUnit.size() == 1 ? null : e.getKey(), e.getValue(), series);
            series += panel.getXYPlot().getDataset().getSeriesCount();
            panels.add(panel);
        }
        return panels;
    }

    /** Every row on one pair of axes, with the pass count as subtitle. */
    static JFreeChart chart(CsvTable t, String title) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            all.add(i);
        }
        JFreeChart chart = panel(t, title, all, 0);
        chart.addSubtitle(0, new TextTitle(passLine(t)));
        return chart;
    }

    /** "12 of 14 comparisons pass; grey line: simulated = predicted". */
    static String passLine(CsvTable t) {
        List<String> verdicts = t.texts("pass");
        long passed = verdicts.stream().filter("true"::equals).count();
        return passed + " of " + verdicts.size() + " comparisons pass; grey line: simulated = predicted";
    }

    /** The rows {@code rows} on one pair of axes; series colours start at palette entry {@code firstColour}. */
    private static JFreeChart panel(CsvTable t, String title, List<Integer> rows, int firstColour) {
        List<String> metrics = t.texts("metric");
        double[] predicted = t.numbers("predicted");
        double[] mean = t.numbers("sim_mean");
        double[] low = t.numbers("ci95_low");
        double[] high = t.numbers("ci95_high");
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        boolean positive = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int skipped = 0;
        for (int i : rows) {
            if (!Double.isFinite(predicted[i]) || !Double.isFinite(mean[i])) {
                skipped++;
                continue;
            }
            double lo = Double.isFinite(low[i]) ? low[i] : mean[i];
            double hi = Double.isFinite(high[i]) ? high[i] : mean[i];
            series.computeIfAbsent(metrics.get(i), YIntervalSeries::new).add(predicted[i], mean[i], lo, hi);
            positive &= predicted[i] > 0 && lo > 0;
            min = Math.min(min, Math.min(predicted[i], lo));
            max = Math.max(max, Math.max(predicted[i], hi));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        boolean log = positive && max / min > 20;
        ValueAxis x = log ? logAxis("predicted by theory") : new NumberAxis("predicted by theory");
        ValueAxis y = log ? logAxis("simulated mean (95% CI)") : new NumberAxis("simulated mean (95% CI)");
        if (min < max) {
            double lo = log ? min / 1.15 : min - 0.05 * (max - min);
            double hi = log ? max * 1.15 : max + 0.05 * (max - min);
            x.setRange(lo, hi);
            y.setRange(lo, hi);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, OkabeIto.series(firstColour + s));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        if (min < max) {
            XYLineAnnotation diagonal = new XYLineAnnotation(Math.min(x.getLowerBound(), y.getLowerBound()),
                    Math.min(x.getLowerBound(), y.getLowerBound()), Math.max(x.getUpperBound(), y.getUpperBound()),
                    Math.max(x.getUpperBound(), y.getUpperBound()), new BasicStroke(1f), OkabeIto.GREY);
            plot.addAnnotation(diagonal);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (skipped > 0) {
            chart.addSubtitle(new TextTitle(skipped + " rows without a finite value not drawn"));
        }
        return chart;
    }

    private static LogAxis logAxis(String label) {
        LogAxis a = new LogAxis(label);
        a.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return a;
    }
}
