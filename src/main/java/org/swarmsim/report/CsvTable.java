package org.swarmsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A CSV file read back into memory: a header and rows of strings. Parses RFC 4180 (quoted fields
 * with doubled quotes, embedded commas and line breaks; LF or CRLF line ends), which covers
 * everything {@code org.swarmsim.metrics.CsvWriter} writes. Numbers are parsed on request.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(String source, List<String> header, List<List<String>> rows) {
        this.source = source;
        this.header = Collections.unmodifiableList(header);
        this.rows = Collections.unmodifiableList(rows);
    }

    /** Reads and parses a UTF-8 CSV file; every row must have as many fields as the header. */
    public static CsvTable read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static CsvTable parse(String source, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0 && !fieldStarted) {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException(source + ": unterminated quoted field in record " + (records.size() + 1));
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(record);
                record = new ArrayList<>();
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty CSV, expected a header line");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>(records.subList(1, records.size()));
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException(source + ": line " + (r + 2) + " has " + rows.get(r).size()
                        + " fields, the header has " + header.size());
            }
        }
        return new CsvTable(source, header, rows);
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Whether the header has a column of that name. */
    public boolean hasColumn(String name) {
        return header.contains(name);
    }

    /** The position of a column; fails with the available names if it is missing. */
    public int columnIndex(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(source + ": no column '" + name + "'; columns are " + header);
        }
        return i;
    }

    /** The text of one cell. */
    public String text(int row, String column) {
        return rows.get(row).get(columnIndex(column));
    }

    /** One column as strings. */
    public List<String> texts(String column) {
        int c = columnIndex(column);
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            out.add(row.get(c));
        }
        return out;
    }

    /** One column as doubles ({@code NaN}, {@code Infinity} and empty cells become NaN / infinities). */
    public double[] numbers(String column) {
        int c = columnIndex(column);
        double[] out = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            out[r] = parseNumber(rows.get(r).get(c), r, column);
        }
        return out;
    }

    private double parseNumber(String text, int row, String column) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": line " + (row + 2) + ", column '" + column
                    + "': '" + text + "' is not a number", e);
        }
    }
}
