package org.swarmsim.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes CSV with deterministic formatting: fields separated by ',', rows ended by '\n' (LF),
 * strings quoted per RFC 4180 only when they contain a comma, a double quote, CR or LF (quotes
 * doubled inside), longs as plain integers and doubles by the rules of {@link NumberText}.
 * Locale never matters. Not thread-safe.
 */
public final class CsvWriter {
    private final Appendable out;
    private boolean rowStarted;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    /** Writes a whole row of strings (typically the header) and ends it. */
    public CsvWriter row(List<String> fields) {
        for (String f : fields) {
            field(f);
        }
        return endRow();
    }

    /** Appends a string field, quoted if needed. A null string is written as an empty field. */
    public CsvWriter field(String value) {
        separator();
        append(value == null ? "" : quote(value));
        return this;
    }

    /** Appends an integer field. */
    public CsvWriter field(long value) {
        separator();
        append(Long.toString(value));
        return this;
    }

    /** Appends a floating-point field formatted by {@link NumberText#format(double)}. */
    public CsvWriter field(double value) {
        separator();
        append(NumberText.format(value));
        return this;
    }

    /** Ends the current row. */
    public CsvWriter endRow() {
        append("\n");
        rowStarted = false;
        return this;
    }

    /** RFC 4180 quoting: unchanged unless the value holds ',', '"', CR or LF. */
    public static String quote(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void separator() {
        if (rowStarted) {
            append(",");
        }
        rowStarted = true;
    }

    private void append(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException("CSV write failed: " + e.getMessage(), e);
        }
    }
}
