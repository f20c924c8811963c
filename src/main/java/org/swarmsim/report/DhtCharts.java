package org.swarmsim.report;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a DHT lookup run, built from its {@code lookups.csv} and {@code timeseries.csv}
 * and saved by {@link Charts#save} (PNG and SVG): {@code lookup-latency-cdf} (empirical CDF of
 * lookup latency, all lookups and the successful ones), {@code lookup-hops} (how many lookups
 * took each number of rounds) and {@code lookup-success} (per sample interval: the fraction of
 * finished lookups that found the true closest node, and the fraction of nodes online).
 */
public final class DhtCharts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Base names of the charts, in drawing order. */
    public static final List<String> NAMES = List.of("lookup-latency-cdf", "lookup-hops", "lookup-success");

    private DhtCharts() {
    }

    /** Draws the three charts into {@code outDir}. */
    public static List<ChartFile> write(CsvTable lookups, CsvTable timeSeries, Path outDir) {
        return List.of(Charts.save(latencyCdf(lookups), outDir, NAMES.get(0)),
                Charts.save(hops(lookups), outDir, NAMES.get(1)),
                Charts.save(success(timeSeries), outDir, NAMES.get(2)));
    }

    static JFreeChart latencyCdf(CsvTable lookups) {
        double[] latency = lookups.numbers("latency_s");
        double[] success = lookups.numbers("success");
        double[] ok = new double[latency.length];
        int n = 0;
        for (int i = 0; i < latency.length; i++) {
            if (success[i] == 1) {
                ok[n++] = latency[i];
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(cdf("all lookups", latency.clone()));
        data.addSeries(cdf("successful lookups", Arrays.copyOf(ok, n)));
        JFreeChart chart = ChartFactory.createXYLineChart("Lookup-latency CDF", "lookup latency (s)",
                "fraction of lookups", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesStroke(0, new BasicStroke(2f));
        step.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(step);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
        chart.addSubtitle(new TextTitle(latency.length + " lookups, " + n + " successful"));
        return style(chart);
    }

    private static XYSeries cdf(String name, double[] values) {
        Arrays.sort(values);
        XYSeries s = new XYSeries(name, false, true);
        if (values.length > 0) {
            s.add(0.0, 0.0);
        }
        for (int i = 0; i < values.length; i++) {
            s.add(values[i], (i + 1) / (double) values.length);
        }
        return s;
    }

    static JFreeChart hops(CsvTable lookups) {
        double[] rounds = lookups.numbers("rounds");
        int max = 0;
        for (double r : rounds) {
            max = Math.max(max, (int) r);
        }
        long[] counts = new long[max + 1];
        for (double r : rounds) {
            counts[(int) r]++;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r = 0; r <= max; r++) {
            data.addValue(counts[r], "lookups", Integer.toString(r));
        }
        JFreeChart chart = ChartFactory.createBarChart("Lookup hops", "rounds (hops)", "lookups", data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.addSubtitle(new TextTitle(rounds.length + " lookups"));
        return style(chart);
    }

    static JFreeChart success(CsvTable ts) {
        double[] time = ts.numbers("time_s");
        double[] rate = ts.numbers("lookup_success_rate");
        double[] online = ts.numbers("nodes_online");
        double maxOnline = Arrays.stream(online).max().orElse(1);
        XYSeries successSeries = new XYSeries("lookup success rate", false, true);
        XYSeries onlineSeries = new XYSeries("fraction of nodes online", false, true);
        for (int i = 0; i < time.length; i++) {
            successSeries.add(time[i], Double.isFinite(rate[i]) ? rate[i] : null);
            onlineSeries.add(time[i], maxOnline > 0 ? online[i] / maxOnline : null);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(successSeries);
        data.addSeries(onlineSeries);
        JFreeChart chart = ChartFactory.createXYLineChart("Lookup success over time", "simulated time (s)",
                "fraction", data, PlotOrientation.VERTICAL, true, false, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setRange(0, 1.05);
        return style(chart);
    }

    /** {@link Charts#style}, plus flat bars for the hops histogram. */
    private static JFreeChart style(JFreeChart chart) {
        Charts.style(chart);
        if (chart.getPlot() instanceof CategoryPlot cat && cat.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
        return chart;
    }
}
