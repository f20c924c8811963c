package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The samples of one run on simulated time: a header (the column names; the first is
 * {@code time_s}, which must be finite and non-decreasing) and rows of doubles in one growing
 * {@code double[]}. Made and filled by a {@link SeriesTable}; written as {@code timeseries.csv} by
 * {@link #writeCsv(Appendable)}.
 */
public final class TimeSeries {
    private final List<String> columns;
    private double[] values = new double[0];
    private int rows;

    /** An empty series with these column names (made by {@link SeriesTable#newSeries()}). */
    TimeSeries(List<String> columns) {
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /** Column names in order; this is the CSV header. */
    public List<String> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public int rowCount() {
        return rows;
    }

    /**
     * Appends a sample. {@code row} must have one value per column, in column order; it is
     * copied, so the caller may reuse the array.
     */
    public void addRow(double... row) {
        int width = columns.size();
        if (row.length != width) {
            throw new IllegalArgumentException("time-series row has " + row.length + " values but there are "
                    + width + " columns " + columns);
        }
        double time = row[0];
        if (!Double.isFinite(time) || time < 0) {
            throw new IllegalArgumentException("time_s must be finite and >= 0, got " + time);
        }
        if (rows > 0 && time < values[(rows - 1) * width]) {
            throw new IllegalArgumentException("time_s must not decrease: " + time + " after "
                    + values[(rows - 1) * width]);
        }
        if ((rows + 1) * width > values.length) {
            values = Arrays.copyOf(values, Math.max(16 * width, values.length * 2));
        }
        System.arraycopy(row, 0, values, rows * width, width);
        rows++;
    }

    /** The value in {@code row} and column position {@code column}. */
    public double value(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns.size()) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") outside " + rows + "x" + columns.size());
        }
        return values[row * columns.size() + column];
    }

    /** The position of a column by name. */
    public int columnIndex(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no time-series column '" + name + "'; columns are " + columns);
        }
        return i;
    }

    /** A copy of one column's values. */
    public double[] column(String name) {
        int c = columnIndex(name);
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = values[r * columns.size() + c];
        }
        return out;
    }

    /** Writes the header and every row as CSV. */
    public void writeCsv(Appendable out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(columns);
        int width = columns.size();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                csv.field(values[r * width + c]);
            }
            csv.endRow();
        }
    }

    /** The CSV text. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(64 + rows * columns.size() * 8);
        writeCsv(sb);
        return sb.toString();
    }
}
