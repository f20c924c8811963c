package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.swarmsim.report.ChartSpec.Boxes;
import org.swarmsim.report.ChartSpec.Category;
import org.swarmsim.report.ChartSpec.Cdf;
import org.swarmsim.report.ChartSpec.Histogram;
import org.swarmsim.report.ChartSpec.Line;
import org.swarmsim.report.ChartSpec.Lines;
import org.swarmsim.report.ChartSpec.Sample;
import org.swarmsim.report.ChartSpec.Scatter;

/**
 * Draws {@link ChartSpec}s with JFreeChart from the CSV files of a run directory, in the project's
 * look ({@link Charts#style}), and saves them with {@link Charts#save}.
 */
public final class ChartRenderer {
    static {
        // Before any AWT class initialises: charts are drawn off-screen on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {
    }

    /** Draws every chart of {@code specs} from the files of {@code run} into its directory. */
    public static List<ChartFile> writeAll(RunFiles run, List<ChartSpec> specs) {
        List<ChartFile> files = new ArrayList<>();
        for (ChartSpec spec : specs) {
            if (spec instanceof ChartSpec.WhenSeveral w) {
                if (distinctValues(run.table(w.file()), w.column()) < 2) {
                    continue;
                }
                spec = w.chart();
            }
            files.add(Charts.save(draw(run, spec), run.directory(), spec.name()));
        }
        return files;
    }

    /** The chart of {@code spec} over the files of {@code run}. */
    public static JFreeChart draw(RunFiles run, ChartSpec spec) {
        if (spec instanceof Lines l) {
            return lines(run.table(l.file()), l);
        } else if (spec instanceof Cdf c) {
            return cdf(run.table(c.file()), c);
        } else if (spec instanceof Boxes b) {
            return boxes(run.table(b.file()), b);
        } else if (spec instanceof Scatter s) {
            return scatter(run.table(s.file()), s);
        } else if (spec instanceof Histogram h) {
            return histogram(run.table(h.file()), h);
        } else if (spec instanceof ChartSpec.WhenSeveral w) {
            return draw(run, w.chart());
        }
        throw new IllegalArgumentException("no renderer for " + spec);
    }

    static JFreeChart lines(CsvTable t, Lines spec) {
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), spec.xLabel(), spec.yLabel(),
                series(t, spec.xColumn(), spec.lines()), PlotOrientation.VERTICAL, spec.legend(), false, false);
        XYPlot plot = chart.getXYPlot();
        if (spec.range() != null) {
            ((NumberAxis) plot.getRangeAxis()).setRange(spec.range().lower(), spec.range().upper());
        }
        if (spec.secondaryColumn() != null) {
            XYSeriesCollection secondary = series(t, spec.xColumn(), List.of(Line.of(spec.secondaryColumn())));
            plot.setDataset(1, secondary);
            NumberAxis right = new NumberAxis(spec.secondaryLabel());
            if (Charts.wholeNumbers(secondary)) {
                right.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            plot.setRangeAxis(1, right);
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
            dashed.setSeriesPaint(0, OkabeIto.GREY);
            dashed.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {4f, 3f}, 0f));
            plot.setRenderer(1, dashed);
        }
        return Charts.style(chart);
    }

    static JFreeChart cdf(CsvTable t, Cdf spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Integer> sizes = new ArrayList<>();
        for (Sample s : spec.samples()) {
            double[] values = sample(t, s);
            sizes.add(values.length);
            Arrays.sort(values);
            XYSeries series = new XYSeries(s.label(), false, true);
            if (values.length > 0) {
                series.add(0.0, 0.0);
            }
            for (int i = 0; i < values.length; i++) {
                series.add(values[i], (i + 1) / (double) values.length);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), spec.xLabel(), spec.yLabel(), data,
                PlotOrientation.VERTICAL, spec.legend(), false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer step = new XYStepRenderer();
        for (int i = 0; i < spec.samples().size(); i++) {
            step.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(step);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
        String subtitle = spec.subtitle().replace("{rows}", Integer.toString(t.rowCount()));
        for (int i = 0; i < sizes.size(); i++) {
            subtitle = subtitle.replace("{n" + i + "}", Integer.toString(sizes.get(i)));
        }
        chart.addSubtitle(new TextTitle(subtitle));
        return Charts.style(chart);
    }

    static JFreeChart boxes(CsvTable t, Boxes spec) {
        List<String> categories = categories(t, spec.category());
        double[] values = t.numbers(spec.valueColumn());
        Map<String, List<Double>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            List<Double> list = byCategory.computeIfAbsent(categories.get(i), c -> new ArrayList<>());
            if (Double.isFinite(values[i])) {
                list.add(values[i]);
            }
        }
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (Map.Entry<String, List<Double>> e : byCategory.entrySet()) {
            if (!e.getValue().isEmpty()) {
                // JFreeChart draws outliers as circles a third of the box wide: count them in the label instead
                BoxAndWhiskerItem all = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(e.getValue());
                int outliers = all.getOutliers().size();
                BoxAndWhiskerItem box = new BoxAndWhiskerItem(all.getMean(), all.getMedian(), all.getQ1(), all.getQ3(),
                        all.getMinRegularValue(), all.getMaxRegularValue(), all.getMinRegularValue(),
                        all.getMaxRegularValue(), List.of());
                data.add(box, spec.valueColumn(), e.getKey() + " (n=" + e.getValue().size()
                        + (outliers == 0 ? "" : ", " + outliers + " beyond the whiskers") + ")");
            }
        }
        JFreeChart chart = ChartFactory.createBoxAndWhiskerChart(spec.title(), spec.xLabel(), spec.yLabel(), data, false);
        BoxAndWhiskerRenderer renderer = (BoxAndWhiskerRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setMeanVisible(false); // JFreeChart scales the mean marker with the box width; the median line suffices
        renderer.setMaximumBarWidth(0.15);
        renderer.setSeriesPaint(0, OkabeIto.SKY_BLUE);
        chart.addSubtitle(new TextTitle(spec.subtitle().replace("{rows}", Integer.toString(t.rowCount()))));
        return Charts.style(chart);
    }

    static JFreeChart scatter(CsvTable t, Scatter spec) {
        List<String> categories = categories(t, spec.category());
        double[] x = t.numbers(spec.xColumn());
        double[] y = t.numbers(spec.yColumn());
        Map<String, XYSeries> byCategory = new LinkedHashMap<>();
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            byCategory.computeIfAbsent(categories.get(i), c -> new XYSeries(c, false, true))
                    .add(x[i] / spec.scale(), y[i] / spec.scale());
            max = Math.max(max, Math.max(x[i], y[i]) / spec.scale());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byCategory.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot(spec.title(), spec.xLabel(), spec.yLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        if (max > 0) {
            chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, 0, max, max,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f), Color.GRAY));
        }
        chart.addSubtitle(new TextTitle(spec.subtitle().replace("{rows}", Integer.toString(t.rowCount()))));
        return Charts.style(chart);
    }

    static JFreeChart histogram(CsvTable t, Histogram spec) {
        double[] values = t.numbers(spec.column());
        int max = 0;
        int counted = 0;
        for (double v : values) {
            if (v >= 0) {            // a negative or NaN value is "none" (a search never answered): not a bar
                max = Math.max(max, (int) v);
                counted++;
            }
        }
        long[] counts = new long[max + 1];
        for (double v : values) {
            if (v >= 0) {
                counts[(int) v]++;
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int v = 0; v <= max; v++) {
            data.addValue(counts[v], spec.yLabel(), Integer.toString(v));
        }
        JFreeChart chart = ChartFactory.createBarChart(spec.title(), spec.xLabel(), spec.yLabel(), data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.addSubtitle(new TextTitle(spec.subtitle().replace("{rows}", Integer.toString(counted))));
        Charts.style(chart);
        BarRenderer bars = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        return chart;
    }

    /** How many distinct texts {@code column} of {@code t} holds. */
    static int distinctValues(CsvTable t, String column) {
        return new java.util.TreeSet<>(t.texts(column)).size();
    }

    /** The category of each row: the column's text, with the prefix where the flag column is 1. */
    static List<String> categories(CsvTable t, Category category) {
        List<String> names = t.texts(category.column());
        if (category.flagColumn() == null) {
            return names;
        }
        double[] flags = t.numbers(category.flagColumn());
        List<String> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(flags[i] == 1 ? category.flagPrefix() + names.get(i) : names.get(i));
        }
        return out;
    }

    private static double[] sample(CsvTable t, Sample s) {
        double[] all = t.numbers(s.column());
        double[] only = s.onlyWhereColumn() == null ? null : t.numbers(s.onlyWhereColumn());
        double[] out = new double[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (Double.isFinite(all[i]) && (only == null || only[i] == 1)) {
                out[n++] = all[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static XYSeriesCollection series(CsvTable t, String xColumn, List<Line> lines) {
        double[] x = t.numbers(xColumn);
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) {
            double[] y = t.numbers(line.column());
            double max = line.normalised() ? Arrays.stream(y).max().orElse(1) : 1;
            XYSeries s = new XYSeries(line.label(), false, true);
            for (int i = 0; i < x.length; i++) {
                double v = line.normalised() ? (max > 0 ? y[i] / max : Double.NaN) : y[i];
                s.add(x[i], Double.isFinite(v) ? v : null);
            }
            data.addSeries(s);
        }
        return data;
    }
}
