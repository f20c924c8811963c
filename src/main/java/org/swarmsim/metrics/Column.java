package org.swarmsim.metrics;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * One column of an output table, defined once: its CSV header name, the sentence that documents it
 * (the README's column tables are generated from these), and how its value is read from a row.
 * The value's type fixes how it is written: integers as plain digits, numbers by
 * {@link NumberText#format(double)}, times in nanoseconds as exact decimal seconds, flags as
 * {@code 1}/{@code 0}, text quoted only where CSV needs it.
 *
 * <pre>{@code
 * Column<PeerRecord> id = Column.integer("id", "peer number, unique in the run", PeerRecord::id);
 * }</pre>
 *
 * @param <R> the row type
 */
public final class Column<R> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(_[A-Za-z]+)?");

    /** How a value is stored and written. */
    public enum Type {
        /** A whole number, written as plain digits. */
        INTEGER,
        /** A floating-point number, written by {@link NumberText#format(double)} ({@code NaN} where undefined). */
        NUMBER,
        /** A time or duration held in nanoseconds, written as exact decimal seconds. */
        SECONDS,
        /** A yes/no value, written {@code 1} or {@code 0}. */
        FLAG,
        /** Text, quoted only when it holds a comma, a quote or a line break. */
        TEXT
    }

    private final String name;
    private final String description;
    private final Type type;
    private final ToLongFunction<? super R> longValue;
    private final ToDoubleFunction<? super R> doubleValue;
    private final Function<? super R, String> textValue;
    private final Predicate<? super R> flagValue;

    private Column(String name, String description, Type type, ToLongFunction<? super R> longValue,
            ToDoubleFunction<? super R> doubleValue, Function<? super R, String> textValue,
            Predicate<? super R> flagValue) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name '" + name + "' is not allowed: lower-case letters, digits "
                    + "and '_', starting with a letter (a unit suffix such as _Bps may have capitals)");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("column " + name + " needs a description");
        }
        this.name = name;
        this.description = description;
        this.type = type;
        this.longValue = longValue;
        this.doubleValue = doubleValue;
        this.textValue = textValue;
        this.flagValue = flagValue;
    }

    /** A whole-number column. */
    public static <R> Column<R> integer(String name, String description, ToLongFunction<? super R> value) {
        return new Column<>(name, description, Type.INTEGER, Objects.requireNonNull(value), null, null, null);
    }

    /** A floating-point column. */
    public static <R> Column<R> number(String name, String description, ToDoubleFunction<? super R> value) {
        return new Column<>(name, description, Type.NUMBER, null, Objects.requireNonNull(value), null, null);
    }

    /** A column of times held in nanoseconds, written as exact seconds. */
    public static <R> Column<R> seconds(String name, String description, ToLongFunction<? super R> nanos) {
        return new Column<>(name, description, Type.SECONDS, Objects.requireNonNull(nanos), null, null, null);
    }

    /** A yes/no column, written 1 or 0. */
    public static <R> Column<R> flag(String name, String description, Predicate<? super R> value) {
        return new Column<>(name, description, Type.FLAG, null, null, null, Objects.requireNonNull(value));
    }

    /** A text column. */
    public static <R> Column<R> text(String name, String description, Function<? super R, String> value) {
        return new Column<>(name, description, Type.TEXT, null, null, Objects.requireNonNull(value), null);
    }

    /** The CSV header name. */
    public String name() {
        return name;
    }

    /** What the column means, in one sentence (units in the name, definitions here). */
    public String description() {
        return description;
    }

    public Type type() {
        return type;
    }

    /** Appends this column's value for {@code row}. */
    public void write(CsvWriter csv, R row) {
        switch (type) {
            case INTEGER -> csv.field(longValue.applyAsLong(row));
            case NUMBER -> csv.field(doubleValue.applyAsDouble(row));
            case SECONDS -> csv.field(NumberText.secondsFromNanos(longValue.applyAsLong(row)));
            case FLAG -> csv.field(flagValue.test(row) ? 1L : 0L);
            case TEXT -> csv.field(textValue.apply(row));
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /** The value as a double (for numbers, integers, seconds and flags; NaN for text). */
    public double numberOf(R row) {
        return switch (type) {
            case INTEGER -> longValue.applyAsLong(row);
            case NUMBER -> doubleValue.applyAsDouble(row);
            case SECONDS -> longValue.applyAsLong(row) / 1e9;
            case FLAG -> flagValue.test(row) ? 1 : 0;
            case TEXT -> Double.NaN;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
