package org.swarmsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader wants them on a report page, chosen by the unit a column or summary key
 * name implies: seconds ({@code _s}: {@code 262.7 s}), bytes ({@code bytes}: {@code 98.2 GiB}),
 * rates ({@code _Bps}: {@code 8 Mbit/s}), counts ({@code 1,000}) and plain quantities
 * ({@code 1.42}). Rounds with {@link BigDecimal} (no floating-point logarithms), groups thousands
 * with commas, and is locale-independent. The CSV files keep the exact values; this is display only.
 */
public final class ReadableNumber {
    /** What a value measures, as implied by its name. */
    public enum Unit {
        SECONDS, BYTES, BYTE_RATE, COUNT, PLAIN
    }

    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private ReadableNumber() {
    }

    /** The unit a snake_case column or key name implies. */
    public static Unit unitOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith("_bps")) {
            return Unit.BYTE_RATE;
        }
        if (n.endsWith("_per_s")) {
            return Unit.PLAIN;   // a rate per second, not a time
        }
        if (n.endsWith("_s") || n.equals("time_s") || n.endsWith("_s_mean")) {
            return Unit.SECONDS;
        }
        if (n.contains("bytes")) {
            return Unit.BYTES;
        }
        return Unit.PLAIN;
    }

    /** {@code value} formatted for the unit {@code name} implies; a dash for NaN. */
    public static String of(String name, double value) {
        return of(unitOf(name), value);
    }

    /** {@code value} formatted in {@code unit}; a dash for NaN. */
    public static String of(Unit unit, double value) {
        if (Double.isNaN(value)) {
            return "\u2014";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : "\u2212\u221e";
        }
        return switch (unit) {
            case SECONDS -> seconds(value);
            case BYTES -> bytes(value);
            case BYTE_RATE -> bitRate(value);
            case COUNT -> grouped(value, 0);
            case PLAIN -> plain(value);
        };
    }

    /** Seconds: one decimal from 100 s on ({@code 262.7 s}, {@code 10,812.3 s}), else 3 significant digits ({@code 4.15 s}). */
    public static String seconds(double s) {
        return (Math.abs(s) >= 100 ? grouped(s, 1) : significant(s, 3)) + " s";
    }

    /** Bytes in binary units, 3 significant digits: {@code 512 B}, {@code 7.69 MiB}, {@code 98.2 GiB}. */
    public static String bytes(double b) {
        double v = Math.abs(b);
        int u = 0;
        while (v >= 1024 && u < BINARY.length - 1) {
            v /= 1024;
            u++;
        }
        String number = u == 0 ? grouped(v, 0) : significant(v, 3);
        return (b < 0 ? "-" : "") + number + " " + BINARY[u];
    }

    /** Bytes per second as bits per second in decimal units: {@code 8 Mbit/s}, {@code 640 kbit/s}. */
    public static String bitRate(double bytesPerSecond) {
        double bits = bytesPerSecond * 8;
        String[] names = {"bit/s", "kbit/s", "Mbit/s", "Gbit/s"};
        int u = 0;
        while (Math.abs(bits) >= 1000 && u < names.length - 1) {
            bits /= 1000;
            u++;
        }
        return significant(bits, 3) + " " + names[u];
    }

    /** Integers with thousands separators ({@code 1,000}), other values to 3 significant digits ({@code 1.42}, {@code 0.0351}). */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return grouped(v, 0);
        }
        return Math.abs(v) >= 1000 ? grouped(v, 1) : significant(v, 3);
    }

    /** {@code v} rounded to {@code digits} significant digits, trailing zeros removed, thousands grouped. */
    public static String significant(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int scale = Math.max(0, rounded.scale());
        return grouped(rounded.doubleValue(), scale);
    }

    /** {@code v} with exactly {@code decimals} decimals (trailing zeros dropped) and comma-grouped thousands. */
    public static String grouped(double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(v);
        return s.equals("-0") ? "0" : s;
    }
}
