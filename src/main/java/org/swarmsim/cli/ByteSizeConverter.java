package org.swarmsim.cli;

import org.swarmsim.scenario.units.ByteSize;
import picocli.CommandLine;

/**
 * Reads a size option ({@code --piece-length 256KiB}, {@code --size 2MiB}) with the unit syntax of
 * scenario files ({@link ByteSize}: {@code B, KB, MB, GB, TB, KiB, MiB, GiB, TiB}, or a plain
 * integer of bytes). A bad value is picocli's usage error (exit code 2) saying what was given and
 * which units are allowed.
 */
public final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return ByteSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
