package org.swarmsim.report;

import java.util.List;

/**
 * What a run's {@code index.html} shows, as declared by its simulation kind: a heading, counts of
 * rows of some of its files, the summary table (always), tables aggregating a CSV by category,
 * and the charts.
 *
 * @param heading       the page title before the run's name, e.g. {@code swarmsim run}
 * @param showDirectory whether the line under the heading starts with the run directory's name
 * @param counts        row counts shown under the heading, e.g. {@code peers.csv} as "peers"
 * @param tables        aggregate tables, after the summary
 * @param charts        the charts, drawn in this order
 * @param completion    the "leechers completed N of M" line, or null
 */
public record ReportSpec(String heading, boolean showDirectory, List<Count> counts, List<GroupTable> tables,
                         List<ChartSpec> charts, Completion completion) {
    public ReportSpec {
        counts = List.copyOf(counts);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A report without a completion line. */
    public ReportSpec(String heading, boolean showDirectory, List<Count> counts, List<GroupTable> tables,
                      List<ChartSpec> charts) {
        this(heading, showDirectory, counts, tables, charts, null);
    }

    /**
     * "{@code noun} completed N of M", counting the rows of {@code file} where {@code excludeColumn}
     * is not 1 (M) and of those the ones where {@code finiteColumn} is finite (N); the excluded rows
     * are counted apart ("plus 2 initial seeds").
     */
    public record Completion(String file, String noun, String finiteColumn, String excludeColumn, String excludedNoun) {
    }

    /** "N {@code noun}" for a file of N rows. */
    public record Count(String file, String noun) {
    }

    /** One aggregate column of a {@link GroupTable}. */
    public sealed interface Aggregate {
        /** The column header. */
        String header();

        /** Rows in the group. */
        record RowCount(String header) implements Aggregate {
        }

        /** Rows where {@code column} is finite. */
        record FiniteCount(String header, String column) implements Aggregate {
        }

        /** Mean of the finite values of {@code column} (a dash when none). */
        record FiniteMean(String header, String column) implements Aggregate {
        }

        /** Sum of {@code column}. */
        record Sum(String header, String column) implements Aggregate {
        }

        /** Sum of {@code numerator} over the sum of {@code denominator} (a dash when that is 0). */
        record RatioOfSums(String header, String numerator, String denominator) implements Aggregate {
        }
    }

    /**
     * A table with one row per category of a CSV's rows.
     *
     * @param categoryHeader  the first column's header
     * @param onlyWhenSeveral shown only when the category column takes two or more distinct values
     */
    public record GroupTable(String title, String file, ChartSpec.Category category, String categoryHeader,
                             List<Aggregate> columns, boolean onlyWhenSeveral) {
        public GroupTable {
            columns = List.copyOf(columns);
        }

        /** A table shown always. */
        public GroupTable(String title, String file, ChartSpec.Category category, String categoryHeader,
                          List<Aggregate> columns) {
            this(title, file, category, categoryHeader, columns, false);
        }
    }
}
