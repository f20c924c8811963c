package org.swarmsim.cli;

import org.swarmsim.scenario.units.Duration;
import picocli.CommandLine;

/**
 * Reads a duration option in nanoseconds with the unit syntax of scenario files ({@link Duration}:
 * {@code 250ms}, {@code 30s}, {@code 10min}, {@code 1.5h}; a bare number is refused). For options
 * declared as {@code @Option(..., converter = DurationConverter.class) long nanos}. A bad value is
 * picocli's usage error (exit code 2) with the allowed units and the nearest accepted spelling.
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return Duration.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
