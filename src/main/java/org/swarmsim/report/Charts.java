package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.SweepTable;

/**
 * Saves charts as PNG ({@value #WIDTH}x{@value #HEIGHT}) and SVG (JFreeSVG) with stable names, in
 * the project's look ({@link #style}), and draws the sweep charts: {@code sweep-<metric>}, the mean
 * per grid point with 95% confidence-interval error bars. Run charts are declared by each
 * simulation kind as {@link ChartSpec}s and drawn by {@link ChartRenderer}. Files are written
 * atomically and never replace existing ones. Runs headless.
 */
public final class Charts {
    static {
        // Before any AWT class initialises: charts are drawn off-screen on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    /** PNG width in pixels. */
    public static final int WIDTH = 900;
    /** PNG height in pixels. */
    public static final int HEIGHT = 500;

    private Charts() {
    }

    /** Reads {@code sweep.csv} in {@code sweepDir} and writes one chart per metric into it. */
    public static List<ChartFile> writeSweepCharts(Path sweepDir) {
        CsvTable sweep = CsvTable.read(sweepDir.resolve(SweepTable.SWEEP_FILE));
        List<ChartFile> files = new ArrayList<>();
        for (String metric : metricsOf(sweep)) {
            files.add(save(sweepMetric(sweep, metric), sweepDir, sweepChartName(metric)));
        }
        return files;
    }

    /** The file base name of a sweep chart: {@code sweep-} plus the metric with unsafe characters as '_'. */
    public static String sweepChartName(String metric) {
        return "sweep-" + metric.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Saves {@code chart} as {@code <baseName>.png} and {@code <baseName>.svg} in {@code dir}. */
    public static ChartFile save(JFreeChart chart, Path dir, String baseName) {
        Path png = AtomicFiles.write(dir.resolve(baseName + ".png"), out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("_" + baseName + "-"); // the default prefix is a clock reading: same chart, other bytes
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        Path svg = AtomicFiles.write(dir.resolve(baseName + ".svg"), g.getSVGDocument());
        String title = chart.getTitle() == null ? baseName : chart.getTitle().getText();
        return new ChartFile(baseName, title, png, svg);
    }

    /** One sweep metric: mean per grid point with 95% CI error bars (none where n &lt; 2). */
    static JFreeChart sweepMetric(CsvTable sweep, String metric) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> points = sweep.texts("grid_point");
        List<String> metrics = sweep.texts("metric");
        double[] mean = sweep.numbers("mean");
        double[] high = sweep.numbers("ci95_high");
        double[] n = sweep.numbers("n");
        boolean someWithoutInterval = false;
        for (int i = 0; i < points.size(); i++) {
            if (!metrics.get(i).equals(metric) || Double.isNaN(mean[i])) {
                continue;
            }
            double halfWidth = high[i] - mean[i];
            if (!Double.isFinite(halfWidth)) {
                halfWidth = 0;
                someWithoutInterval = true;
            }
            data.add(mean[i], halfWidth, metric, points.get(i) + " (n=" + (long) n[i] + ")");
        }
        JFreeChart chart = ChartFactory.createLineChart(metric + " by grid point (mean, 95% CI)", "grid point", metric,
                data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true);
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        if (someWithoutInterval) {
            chart.addSubtitle(new TextTitle("points with a single replication have no interval"));
        }
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
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

    /** The project's chart look: white background, light grid, 2-pixel lines. */
    static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (xy.getRenderer() instanceof XYLineAndShapeRenderer r && r.getDefaultLinesVisible()) {
                for (int i = 0; i < xy.getDataset().getSeriesCount(); i++) {
                    r.setSeriesStroke(i, new BasicStroke(2f));
                }
            }
        } else if (chart.getPlot() instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        return chart;
    }
}
