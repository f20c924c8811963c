package org.swarmsim.cli;

import org.swarmsim.scenario.units.DataRate;
import picocli.CommandLine;

/**
 * Reads a data-rate option in bytes per second with the unit syntax of scenario files
 * ({@link DataRate}: {@code 8Mbit/s}, {@code 640kbit/s}, {@code 1MB/s}, {@code 2MiB/s}; a bare
 * number is refused). A bad value is picocli's usage error (exit code 2) with the allowed units
 * and the nearest accepted spelling.
 */
public final class DataRateConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return DataRate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
