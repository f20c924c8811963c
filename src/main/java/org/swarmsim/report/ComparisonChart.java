package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
 * and the diagonal simulated = predicted. Log axes when every value is positive and they span
 * more than a factor of 20. Rows whose values are not finite are left out and counted in
 * the subtitle. Reads only the CSV, like the other report charts.
 */
public final class ComparisonChart {
    /** Base name of the chart files ({@code comparison.png}, {@code comparison.svg}). */
    public static final String NAME = "comparison";

    private ComparisonChart() {
    }

    /** Reads {@code comparison.csv} in {@code dir} and writes {@code comparison.png/.svg} there. */
    public static ChartFile write(Path dir, String title) {
        CsvTable table = CsvTable.read(dir.resolve("comparison.csv"));
        return Charts.save(chart(table, title), dir, NAME);
    }

    static JFreeChart chart(CsvTable t, String title) {
        List<String> metrics = t.texts("metric");
        List<String> verdicts = t.texts("pass");
        double[] predicted = t.numbers("predicted");
        double[] mean = t.numbers("sim_mean");
        double[] low = t.numbers("ci95_low");
        double[] high = t.numbers("ci95_high");
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        boolean positive = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int skipped = 0;
        int failed = 0;
        for (int i = 0; i < metrics.size(); i++) {
            if (!"true".equals(verdicts.get(i))) {
                failed++;
            }
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
        XYPlot plot = new XYPlot(data, x, y, r);
        if (min < max) {
            XYLineAnnotation diagonal = new XYLineAnnotation(Math.min(x.getLowerBound(), y.getLowerBound()),
                    Math.min(x.getLowerBound(), y.getLowerBound()), Math.max(x.getUpperBound(), y.getUpperBound()),
                    Math.max(x.getUpperBound(), y.getUpperBound()), new BasicStroke(1f), Color.GRAY);
            plot.addAnnotation(diagonal);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String sub = (metrics.size() - failed) + " of " + metrics.size() + " comparisons pass; grey line: simulated = predicted";
        if (skipped > 0) {
            sub += "; " + skipped + " rows without a finite value not drawn";
        }
        chart.addSubtitle(new TextTitle(sub));
        return chart;
    }

    private static LogAxis logAxis(String label) {
        LogAxis a = new LogAxis(label);
        a.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return a;
    }
}
