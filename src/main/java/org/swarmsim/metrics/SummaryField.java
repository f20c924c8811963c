package org.swarmsim.metrics;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One key of {@code summary.json}, defined once: its name, what it means, and how its value is
 * computed from the run's figures ({@code R}). Numbers that are undefined (no peer completed, no
 * lookup ran) are NaN and written as {@code null}.
 *
 * @param <R> what the value is computed from
 */
public record SummaryField<R>(String name, String description, Function<? super R, ?> value) {
    public SummaryField {
        Objects.requireNonNull(value, "value");
        Column.number(name, description, r -> 0);   // the same naming and documentation rules as columns
    }

    /** A whole-number key. */
    public static <R> SummaryField<R> count(String name, String description, ToLongFunction<? super R> value) {
        return new SummaryField<>(name, description, r -> value.applyAsLong(r));
    }

    /** A floating-point key (NaN is written as null). */
    public static <R> SummaryField<R> number(String name, String description, ToDoubleFunction<? super R> value) {
        return new SummaryField<>(name, description, r -> value.applyAsDouble(r));
    }
}
