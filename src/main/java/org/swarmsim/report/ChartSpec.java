package org.swarmsim.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart of a run, described by what it shows (which file, which columns), not how it is drawn:
 * a simulation kind lists the charts of its report as these records, and {@link ChartRenderer}
 * draws them with JFreeChart (the only place that does). Each chart is saved as
 * {@code <name>.png} and {@code <name>.svg} in the run directory.
 */
public sealed interface ChartSpec {
    /** Stable file base name, e.g. {@code population}. */
    String name();

    /** The title drawn on the chart and used as its caption. */
    String title();

    /** The run's CSV file the chart is drawn from. */
    String file();

    /** A range of an axis. */
    record Range(double lower, double upper) {
    }

    /**
     * A series of a column: rows with a non-finite value are gaps; {@code normalised} divides every
     * value by the column's largest (for a fraction of a maximum, such as nodes online).
     */
    record Line(String column, String label, boolean normalised) {
        /** The column as it is, labelled in words ({@link ColumnLabel}). */
        public static Line of(String column) {
            return new Line(column, ColumnLabel.of(column), false);
        }
    }

    /**
     * Columns of a CSV against one of its columns (time, usually), optionally with a second axis
     * on the right for one more column, drawn dashed in grey.
     *
     * @param range     fixed range of the left axis, or null for automatic
     * @param secondary the right axis' column (labelled with the axis label), or null
     */
    record Lines(String name, String title, String file, String xColumn, String xLabel, String yLabel,
                 List<Line> lines, boolean legend, Range range, String secondaryColumn, String secondaryLabel)
            implements ChartSpec {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /** Values of a column, optionally only the rows where {@code onlyWhereColumn} is 1; non-finite values dropped. */
    record Sample(String label, String column, String onlyWhereColumn) {
    }

    /**
     * Empirical CDFs (steps from (0, 0)) of one or more samples. The subtitle is a template:
     * {@code {rows}} is the file's row count and {@code {n0}}, {@code {n1}}, ... the sizes of the
     * samples.
     */
    record Cdf(String name, String title, String file, String xLabel, String yLabel, List<Sample> samples,
               boolean legend, String subtitle) implements ChartSpec {
        public Cdf {
            samples = List.copyOf(samples);
        }
    }

    /**
     * How rows are grouped: by the text of {@code column}, with {@code flagPrefix} put before it in
     * rows where {@code flagColumn} is 1 (initial seeds shown apart from leechers of their class:
     * {@code seed:dsl}); groups in order of first appearance.
     */
    record Category(String column, String flagColumn, String flagPrefix) {
        /** Groups by the column's text alone. */
        public static Category of(String column) {
            return new Category(column, null, null);
        }
    }

    /** Box-and-whisker plot of a column's finite values per category (a category's count in its label). */
    record Boxes(String name, String title, String file, Category category, String valueColumn, String xLabel,
                 String yLabel, String subtitle) implements ChartSpec {
    }

    /**
     * One point per row, x against y (each divided by {@code scale}), one colour per category,
     * with the dashed line y = x.
     */
    record Scatter(String name, String title, String file, Category category, String xColumn, String yColumn,
                   double scale, String xLabel, String yLabel, String subtitle) implements ChartSpec {
    }

    /**
     * Bars counting the rows per value of a whole-number column, from 0 to its largest value;
     * {@code {rows}} in the subtitle is the row count.
     */
    record Histogram(String name, String title, String file, String column, String xLabel, String yLabel,
                     String subtitle) implements ChartSpec {
        public Histogram {
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * {@code chart}, drawn only when {@code column} of its file takes two or more distinct values
     * (a per-behaviour chart is noise when every peer behaves the same).
     */
    record WhenSeveral(String column, ChartSpec chart) implements ChartSpec {
        public WhenSeveral {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(chart, "chart");
        }

        @Override
        public String name() {
            return chart.name();
        }

        @Override
        public String title() {
            return chart.title();
        }

        @Override
        public String file() {
            return chart.file();
        }
    }
}
