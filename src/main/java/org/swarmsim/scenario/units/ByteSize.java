package org.swarmsim.scenario.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Byte sizes written for humans: {@code "100MiB"}, {@code "256KiB"}, {@code "1.5GB"}, {@code "4096"}.
 * KB, MB, GB, TB are powers of 10^3; KiB, MiB, GiB, TiB powers of 2^10; B and a plain integer
 * are bytes. Fractions are allowed when the result is a whole number of bytes after rounding.
 */
public final class ByteSize {
    private static final Map<String, BigDecimal> UNITS = new LinkedHashMap<>();
    static final String ALLOWED = "B, KB, MB, GB, TB, KiB, MiB, GiB, TiB (a plain integer means bytes)";

    static {
        UNITS.put("", BigDecimal.ONE);
        UNITS.put("B", BigDecimal.ONE);
        UNITS.put("KB", BigDecimal.valueOf(1_000L));
        UNITS.put("MB", BigDecimal.valueOf(1_000_000L));
        UNITS.put("GB", BigDecimal.valueOf(1_000_000_000L));
        UNITS.put("TB", BigDecimal.valueOf(1_000_000_000_000L));
        UNITS.put("KiB", BigDecimal.valueOf(1L << 10));
        UNITS.put("MiB", BigDecimal.valueOf(1L << 20));
        UNITS.put("GiB", BigDecimal.valueOf(1L << 30));
        UNITS.put("TiB", BigDecimal.valueOf(1L << 40));
    }

    private static final String[] FORMAT_NAMES = {"TiB", "GiB", "MiB", "KiB", "TB", "GB", "MB", "KB", "B"};
    private static final long[] FORMAT_SIZES = {1L << 40, 1L << 30, 1L << 20, 1L << 10,
        1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private ByteSize() {
    }

    /**
     * Parses a byte size into bytes.
     *
     * @throws IllegalArgumentException saying what was given and which units are allowed
     */
    public static long parse(String text) {
        Quantity.Parts p = Quantity.split(text, "byte size", ALLOWED);
        BigDecimal f = Quantity.factor(UNITS, p.unit(), text, "byte size", ALLOWED,
                UnitSuggestions::byteSize);
        return Quantity.toLong(p.number().multiply(f), text, "byte size");
    }

    /** The shortest exact spelling: 262144 gives {@code "256KiB"}, 100000000 gives {@code "100MB"}. */
    public static String format(long bytes) {
        return Quantity.format(bytes, FORMAT_NAMES, FORMAT_SIZES);
    }
}
