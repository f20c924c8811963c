package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The definition of a run's {@code timeseries.csv}: its {@link SeriesColumn}s, the first of which is
 * {@code time_s}. {@link #newSeries()} makes the (empty) table of one run; {@link #sample} appends
 * the row for one state of the run.
 *
 * @param <S> the sampled state
 */
public final class SeriesTable<S> {
    /** The file every run's time series is written to. */
    public static final String FILE = "timeseries.csv";

    private final String description;
    private final List<SeriesColumn<? super S>> columns;

    public SeriesTable(String description, List<? extends SeriesColumn<? super S>> columns) {
        this.description = description;
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty() || !this.columns.get(0).name().equals("time_s")) {
            throw new IllegalArgumentException("a time series starts with the column time_s");
        }
    }

    public String description() {
        return description;
    }

    public List<SeriesColumn<? super S>> columns() {
        return columns;
    }

    /** This table with {@code extra} columns after its own (the columns a run's discovery sources add). */
    public SeriesTable<S> with(List<? extends SeriesColumn<? super S>> extra) {
        List<SeriesColumn<? super S>> all = new ArrayList<>(columns);
        all.addAll(extra);
        return new SeriesTable<>(description, all);
    }

    /** The column names in order. */
    public List<String> header() {
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** An empty series with this header. */
    public TimeSeries newSeries() {
        return new TimeSeries(header());
    }

    /** Appends the row for {@code state} to {@code series} (made by {@link #newSeries()}). */
    public void sample(TimeSeries series, S state) {
        double[] row = new double[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = value(columns.get(i), state);
        }
        series.addRow(row);
    }

    private static <T> double value(SeriesColumn<T> column, T state) {
        return column.value().applyAsDouble(state);
    }

    /** Name and description of every column. */
    public List<FieldDoc> docs() {
        List<FieldDoc> docs = new ArrayList<>(columns.size());
        columns.forEach(c -> docs.add(new FieldDoc(c.name(), c.description())));
        return docs;
    }
}
