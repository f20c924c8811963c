package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An output table defined by its {@link Column}s: one CSV file ({@link #fileName()}) whose header,
 * rows and documentation all come from the same descriptors, so they cannot drift apart.
 *
 * @param <R> the row type
 */
public final class Table<R> {
    private final String fileName;
    private final String description;
    private final List<Column<R>> columns;

    /**
     * @param fileName    the CSV file, e.g. {@code peers.csv}
     * @param description one sentence: what one row is
     * @param columns     in CSV order; names unique
     */
    public Table(String fileName, String description, List<Column<R>> columns) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.description = Objects.requireNonNull(description, "description");
        this.columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (Column<R> c : this.columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException(fileName + ": column '" + c.name() + "' appears twice");
            }
        }
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException(fileName + " needs at least one column");
        }
    }

    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }

    public List<Column<R>> columns() {
        return columns;
    }

    /** The CSV header: the column names in order. */
    public List<String> header() {
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** Writes the header and one line per row. */
    public void writeCsv(Iterable<? extends R> rows, Appendable out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(header());
        for (R row : rows) {
            for (Column<R> c : columns) {
                c.write(csv, row);
            }
            csv.endRow();
        }
    }

    /** The CSV text of {@code rows}. */
    public String toCsv(Collection<? extends R> rows) {
        StringBuilder sb = new StringBuilder(64 + rows.size() * 16 * columns.size());
        writeCsv(rows, sb);
        return sb.toString();
    }

    /** The file of {@code rows}, ready to be written into a run directory. */
    public OutputFile file(Collection<? extends R> rows) {
        return new OutputFile(fileName, toCsv(rows));
    }

    /** The documentation of this table's columns: name and description, in order. */
    public List<FieldDoc> docs() {
        List<FieldDoc> docs = new ArrayList<>(columns.size());
        columns.forEach(c -> docs.add(new FieldDoc(c.name(), c.description())));
        return docs;
    }
}
