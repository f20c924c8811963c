package org.swarmsim.metrics;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One column of {@code timeseries.csv}: its header name, what it means, and how it is read from the
 * state of the run at a sample ({@code S}, a snapshot the run's sampler fills in).
 *
 * @param <S> the sampled state
 */
public record SeriesColumn<S>(String name, String description, ToDoubleFunction<? super S> value) {
    public SeriesColumn {
        Objects.requireNonNull(value, "value");
        // the same naming and documentation rules as every other output column
        Column.number(name, description, r -> 0);
    }
}
