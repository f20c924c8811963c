package org.swarmsim.scenario.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data rates written for humans, converted to whole bytes per second (rounded to the nearest):
 * bit rates {@code bit/s, kbit/s, Mbit/s, Gbit/s} (powers of 10^3 of bits; also spelled
 * {@code bps, kbps, Mbps, Gbps}) and byte rates {@code B/s, KB/s, MB/s, GB/s, KiB/s, MiB/s, GiB/s}.
 * {@code "8Mbit/s"} is 1,000,000 bytes per second; {@code "640kbit/s"} is 80,000.
 */
public final class DataRate {
    private static final Map<String, BigDecimal> UNITS = new LinkedHashMap<>();
    static final String ALLOWED = "bit/s, kbit/s, Mbit/s, Gbit/s, B/s, KB/s, MB/s, GB/s, KiB/s, MiB/s, GiB/s";

    static {
        BigDecimal eighth = new BigDecimal("0.125");
        UNITS.put("bit/s", eighth);
        UNITS.put("kbit/s", eighth.multiply(BigDecimal.valueOf(1_000L)));
        UNITS.put("Mbit/s", eighth.multiply(BigDecimal.valueOf(1_000_000L)));
        UNITS.put("Gbit/s", eighth.multiply(BigDecimal.valueOf(1_000_000_000L)));
        UNITS.put("bps", UNITS.get("bit/s"));
        UNITS.put("kbps", UNITS.get("kbit/s"));
        UNITS.put("Mbps", UNITS.get("Mbit/s"));
        UNITS.put("Gbps", UNITS.get("Gbit/s"));
        UNITS.put("B/s", BigDecimal.ONE);
        UNITS.put("KB/s", BigDecimal.valueOf(1_000L));
        UNITS.put("MB/s", BigDecimal.valueOf(1_000_000L));
        UNITS.put("GB/s", BigDecimal.valueOf(1_000_000_000L));
        UNITS.put("KiB/s", BigDecimal.valueOf(1L << 10));
        UNITS.put("MiB/s", BigDecimal.valueOf(1L << 20));
        UNITS.put("GiB/s", BigDecimal.valueOf(1L << 30));
    }

    private DataRate() {
    }

    /**
     * Parses a data rate into bytes per second. A bare number is an error (bits or bytes?).
     *
     * @throws IllegalArgumentException saying what was given and which units are allowed
     */
    public static long parse(String text) {
        Quantity.Parts p = Quantity.split(text, "data rate", ALLOWED);
        if (p.unit().isEmpty()) {
            throw new IllegalArgumentException("data rate '" + text.strip() + "' has no unit: add a unit (given "
                    + text.strip() + "; allowed units: " + ALLOWED + ")");
        }
        BigDecimal f = Quantity.factor(UNITS, p.unit(), text, "data rate", ALLOWED,
                UnitSuggestions::dataRate);
        return Quantity.toLong(p.number().multiply(f), text, "data rate");
    }

    /** An exact spelling: 1,000,000 gives {@code "8Mbit/s"}, 80,000 gives {@code "640kbit/s"}, 1024 gives {@code "1KiB/s"}. */
    public static String format(long bytesPerSecond) {
        if (bytesPerSecond == 0) {
            return "0B/s";
        }
        if (bytesPerSecond % (1L << 10) == 0 && bytesPerSecond % 1000 != 0) {
            return ByteSize.format(bytesPerSecond) + "/s";
        }
        if (bytesPerSecond % 125 == 0) {
            long bits = bytesPerSecond * 8;
            if (bits % 1_000_000_000L == 0) {
                return bits / 1_000_000_000L + "Gbit/s";
            }
            if (bits % 1_000_000L == 0) {
                return bits / 1_000_000L + "Mbit/s";
            }
            if (bits % 1_000L == 0) {
                return bits / 1_000L + "kbit/s";
            }
        }
        return bytesPerSecond + "B/s";
    }
}
