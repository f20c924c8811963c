package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;
import org.swarmsim.metrics.AtomicFiles;

/**
 * Saves charts as PNG ({@value #WIDTH}x{@value #HEIGHT}), PNG at twice that ({@code <name>@2x.png},
 * for slides) and SVG (JFreeSVG) with stable names, in the project's look ({@link #style}: white,
 * light grid, the {@link OkabeIto} palette). Run charts are declared by each simulation kind as
 * {@link ChartSpec}s and drawn by {@link ChartRenderer}; sweep charts by {@link SweepChart}. Files
 * are written atomically and never replace existing ones. Runs headless.
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
    /** The scale of the {@code @2x} PNG. */
    public static final int HIGH_DENSITY_SCALE = 2;

    private Charts() {
    }

    /** Reads {@code sweep.csv} (and {@code points.csv}, if any) in {@code sweepDir} and writes one chart per metric into it. */
    public static List<ChartFile> writeSweepCharts(Path sweepDir) {
        return SweepChart.writeAll(sweepDir);
    }

    /** The file base name of a sweep chart: {@code sweep-} plus the metric with unsafe characters as '_'. */
    public static String sweepChartName(String metric) {
        return "sweep-" + metric.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Saves {@code chart} as {@code <baseName>.png}, {@code <baseName>@2x.png} and {@code <baseName>.svg} in {@code dir}. */
    public static ChartFile save(JFreeChart chart, Path dir, String baseName) {
        String title = chart.getTitle() == null ? baseName : chart.getTitle().getText();
        return save(chart, WIDTH, HEIGHT, title, dir, baseName);
    }

    /** Saves anything drawable (a chart, or panels of charts) of the given size in the three formats. */
    public static ChartFile save(Drawable drawing, int width, int height, String title, Path dir, String baseName) {
        Path png = AtomicFiles.write(dir.resolve(baseName + ".png"), out -> ImageIO.write(raster(drawing, width, height, 1), "png", out));
        Path png2x = AtomicFiles.write(dir.resolve(baseName + "@2x.png"),
                out -> ImageIO.write(raster(drawing, width, height, HIGH_DENSITY_SCALE), "png", out));
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(baseName.replaceAll("[^A-Za-z0-9_-]", "_") + "-");   // JFreeSVG's default prefix is the clock time
        drawing.draw(g, new Rectangle(0, 0, width, height));
        Path svg = AtomicFiles.write(dir.resolve(baseName + ".svg"), g.getSVGDocument());
        return new ChartFile(baseName, title, png, png2x, svg, width, height);
    }

    private static BufferedImage raster(Drawable drawing, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width * scale, height * scale);
        g.scale(scale, scale);
        drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return image;
    }

    /**
     * The project's chart look: white background, light grid, 2-pixel lines, the Okabe–Ito
     * palette, and whole-number ticks on a value axis whose data are all whole numbers (counts).
     */
    static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setDrawingSupplier(OkabeIto.drawingSupplier());
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (xy.getRenderer() instanceof XYLineAndShapeRenderer r && r.getDefaultLinesVisible()) {
                for (int i = 0; i < xy.getDataset().getSeriesCount(); i++) {
                    r.setSeriesStroke(i, new BasicStroke(2f));
                }
            }
            if (xy.getRangeAxis() instanceof NumberAxis axis && wholeNumbers(xy.getDataset())) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        } else if (chart.getPlot() instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (cat.getRangeAxis() instanceof NumberAxis axis && wholeNumbers(cat.getDataset())) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        return chart;
    }

    /** Whether every finite value of the category dataset is a whole number (and there is one). */
    static boolean wholeNumbers(CategoryDataset data) {
        boolean any = false;
        if (data == null || data instanceof BoxAndWhiskerCategoryDataset) {
            return false;
        }
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                if (v != null && Double.isFinite(v.doubleValue())) {
                    if (v.doubleValue() != Math.rint(v.doubleValue())) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** Whether every finite y value of the dataset is a whole number (and there is one). */
    static boolean wholeNumbers(XYDataset data) {
        boolean any = false;
        if (data == null) {
            return false;
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double y = data.getYValue(s, i);
                if (Double.isFinite(y)) {
                    if (y != Math.rint(y)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }
}
