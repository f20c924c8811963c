package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.swarmsim.metrics.AtomicFiles;
import org.swarmsim.metrics.PeerColumn;
import org.swarmsim.metrics.SweepTable;
import org.swarmsim.metrics.TimeSeriesColumn;

/**
 * Builds the report charts with JFreeChart from what {@code metrics} wrote (never from simulator
 * objects) and saves each as PNG ({@value #WIDTH}x{@value #HEIGHT}) and SVG (JFreeSVG) with
 * stable names. Run charts: {@code population}, {@code download-cdf}, {@code download-by-class},
 * {@code fairness}, {@code availability}, {@code utilisation}. Sweep charts:
 * {@code sweep-<metric>}, the mean per grid point with 95% confidence-interval error bars.
 * Files are written atomically and never replace existing ones. Runs headless.
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
    /** Base names of the run charts, in report order. */
    public static final List<String> RUN_CHARTS =
            List.of("population", "download-cdf", "download-by-class", "fairness", "availability", "utilisation");

    private Charts() {
    }

    /** Reads the run in {@code runDir} and writes the six run charts into it. */
    public static List<ChartFile> writeRunCharts(Path runDir) {
        return writeRunCharts(RunData.read(runDir), runDir);
    }

    /** Writes the six run charts of {@code run} into {@code outDir}. */
    public static List<ChartFile> writeRunCharts(RunData run, Path outDir) {
        List<ChartFile> files = new ArrayList<>();
        files.add(save(population(run), outDir, "population"));
        files.add(save(downloadCdf(run), outDir, "download-cdf"));
        files.add(save(downloadByClass(run), outDir, "download-by-class"));
        files.add(save(fairness(run), outDir, "fairness"));
        files.add(save(availability(run), outDir, "availability"));
        files.add(save(utilisation(run), outDir, "utilisation"));
        return files;
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
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        Path svg = AtomicFiles.write(dir.resolve(baseName + ".svg"), g.getSVGDocument());
        String title = chart.getTitle() == null ? baseName : chart.getTitle().getText();
        return new ChartFile(baseName, title, png, svg);
    }

    /** Peers, seeds and leechers over time. */
    static JFreeChart population(RunData run) {
        CsvTable ts = run.timeSeries();
        XYSeriesCollection data = series(ts, TimeSeriesColumn.PEERS, TimeSeriesColumn.SEEDS, TimeSeriesColumn.LEECHERS);
        return style(ChartFactory.createXYLineChart("Swarm population", "simulated time (s)", "peers",
                data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** Empirical CDF of download times over the peers that completed (their count is in the subtitle). */
    static JFreeChart downloadCdf(RunData run) {
        double[] times = completedDownloadTimes(run.peers());
        java.util.Arrays.sort(times);
        XYSeries cdf = new XYSeries("completed peers", false, true);
        int total = run.peers().rowCount();
        if (times.length > 0) {
            cdf.add(0.0, 0.0);
        }
        for (int i = 0; i < times.length; i++) {
            cdf.add(times[i], (i + 1) / (double) times.length);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Download-time CDF", "download time (s)",
                "fraction of completed peers", new XYSeriesCollection(cdf), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(step);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
        chart.addSubtitle(new TextTitle(times.length + " of " + total + " peers completed"));
        return style(chart);
    }

    /** Box plot of download times per capacity class, classes in order of first appearance. */
    static JFreeChart downloadByClass(RunData run) {
        CsvTable peers = run.peers();
        List<String> classes = peers.texts(PeerColumn.CLASS.columnName());
        double[] times = peers.numbers(PeerColumn.DOWNLOAD_TIME_S.columnName());
        Map<String, List<Double>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < times.length; i++) {
            List<Double> list = byClass.computeIfAbsent(classes.get(i), c -> new ArrayList<>());
            if (Double.isFinite(times[i])) {
                list.add(times[i]);
            }
        }
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (Map.Entry<String, List<Double>> e : byClass.entrySet()) {
            if (!e.getValue().isEmpty()) {
                data.add(e.getValue(), "download time", e.getKey() + " (n=" + e.getValue().size() + ")");
            }
        }
        JFreeChart chart = ChartFactory.createBoxAndWhiskerChart("Download time per capacity class", "capacity class",
                "download time (s)", data, false);
        BoxAndWhiskerRenderer renderer = (BoxAndWhiskerRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setMeanVisible(false); // JFreeChart scales the mean marker with the box width; the median line suffices
        renderer.setMaximumBarWidth(0.15);
        renderer.setSeriesPaint(0, new Color(0x66, 0x99, 0xcc));
        chart.addSubtitle(new TextTitle("box: quartiles, line: median, whiskers: 1.5 IQR; completed peers only"));
        return style(chart);
    }

    /** Bytes uploaded against bytes downloaded per peer, one colour per class, with the y = x line. */
    static JFreeChart fairness(RunData run) {
        CsvTable peers = run.peers();
        List<String> classes = peers.texts(PeerColumn.CLASS.columnName());
        double[] down = peers.numbers(PeerColumn.BYTES_DOWNLOADED.columnName());
        double[] up = peers.numbers(PeerColumn.BYTES_UPLOADED.columnName());
        Map<String, XYSeries> byClass = new LinkedHashMap<>();
        double max = 0;
        for (int i = 0; i < down.length; i++) {
            byClass.computeIfAbsent(classes.get(i), c -> new XYSeries(c, false, true)).add(down[i] / 1e6, up[i] / 1e6);
            max = Math.max(max, Math.max(down[i], up[i]) / 1e6);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byClass.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot("Fairness: uploaded vs downloaded per peer",
                "downloaded (MB)", "uploaded (MB)", data, PlotOrientation.VERTICAL, true, false, false);
        if (max > 0) {
            chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, 0, max, max,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f), Color.GRAY));
        }
        chart.addSubtitle(new TextTitle("dashed line: share ratio 1"));
        return style(chart);
    }

    /** Minimum and mean piece availability, and pieces missing from the non-seeds, over time. */
    static JFreeChart availability(RunData run) {
        CsvTable ts = run.timeSeries();
        XYSeriesCollection copies = series(ts, TimeSeriesColumn.AVAILABILITY_MIN, TimeSeriesColumn.AVAILABILITY_MEAN);
        JFreeChart chart = ChartFactory.createXYLineChart("Piece availability", "simulated time (s)", "copies per piece",
                copies, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, series(ts, TimeSeriesColumn.PIECES_MISSING));
        NumberAxis missingAxis = new NumberAxis("pieces missing (except seeds)");
        plot.setRangeAxis(1, missingAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer missingRenderer = new XYLineAndShapeRenderer(true, false);
        missingRenderer.setSeriesPaint(0, new Color(0x88, 0x88, 0x88));
        missingRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {4f, 3f}, 0f));
        plot.setRenderer(1, missingRenderer);
        return style(chart);
    }

    /** Aggregate upload utilisation over time, on a 0..1 scale. */
    static JFreeChart utilisation(RunData run) {
        XYSeriesCollection data = series(run.timeSeries(), TimeSeriesColumn.UPLOAD_UTILISATION);
        JFreeChart chart = ChartFactory.createXYLineChart("Upload utilisation", "simulated time (s)",
                "aggregate upload rate / capacity", data, PlotOrientation.VERTICAL, false, false, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setRange(0, 1.05);
        return style(chart);
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

    private static double[] completedDownloadTimes(CsvTable peers) {
        double[] all = peers.numbers(PeerColumn.DOWNLOAD_TIME_S.columnName());
        return java.util.Arrays.stream(all).filter(Double::isFinite).toArray();
    }

    private static XYSeriesCollection series(CsvTable ts, TimeSeriesColumn... columns) {
        double[] time = ts.numbers(TimeSeriesColumn.TIME_S.columnName());
        XYSeriesCollection data = new XYSeriesCollection();
        for (TimeSeriesColumn c : columns) {
            double[] y = ts.numbers(c.columnName());
            XYSeries s = new XYSeries(c.columnName(), false, true);
            for (int i = 0; i < time.length; i++) {
                s.add(time[i], Double.isFinite(y[i]) ? y[i] : null);
            }
            data.addSeries(s);
        }
        return data;
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
