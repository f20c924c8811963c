package org.swarmsim.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one documented way numbers become text in every file {@code metrics} writes, so that the
 * same values give the same bytes on any JDK (Java 17's {@code Double.toString} differs from
 * Java 19+'s for some values, so it is never used for output).
 *
 * <ul>
 *   <li>Integral values with magnitude below 10<sup>15</sup> are written as plain integers
 *       ({@code 3}, {@code -12}, {@code 1048576}); negative zero is written as {@code 0}.</li>
 *   <li>Other finite values are rounded to {@value #SIGNIFICANT_DIGITS} significant digits
 *       (round half even, computed exactly with {@link BigDecimal}), trailing zeros removed, and
 *       written in plain notation when the magnitude is in [10<sup>-6</sup>, 10<sup>15</sup>)
 *       ({@code 0.25}, {@code 12.000345678}), otherwise in scientific notation
 *       ({@code 1.5E-7}, {@code 2.5E+20}).</li>
 *   <li>Non-finite values are written {@code NaN}, {@code Infinity}, {@code -Infinity} in CSV
 *       (Java, Python and pandas parse them) and as {@code null} in JSON.</li>
 * </ul>
 */
public final class NumberText {
    /** Significant digits kept for non-integral values. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;

    private NumberText() {
    }

    /** Formats a double by the rules above (CSV flavour: non-finite values are spelled out). */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        double magnitude = Math.abs(value);
        if (magnitude < PLAIN_MAX && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            return rounded.toPlainString();
        }
        return rounded.toString();
    }

    /** Formats a double for JSON: as {@link #format(double)}, but non-finite values become {@code null}. */
    public static String formatJson(double value) {
        return Double.isFinite(value) ? format(value) : "null";
    }

    /**
     * Exact decimal seconds for a time in nanoseconds: {@code 5} for 5 s, {@code 12.000345678}
     * for 12 000 345 678 ns. No rounding happens, so trace times keep the kernel's resolution.
     */
    public static String secondsFromNanos(long nanos) {
        StringBuilder sb = new StringBuilder(24);
        appendSecondsFromNanos(sb, nanos);
        return sb.toString();
    }

    /** Appends {@link #secondsFromNanos(long)} to {@code sb} without an intermediate string. */
    public static void appendSecondsFromNanos(StringBuilder sb, long nanos) {
        if (nanos < 0) {
            sb.append('-');
            if (nanos == Long.MIN_VALUE) {
                sb.append("9223372036.854775808");
                return;
            }
            nanos = -nanos;
        }
        long seconds = nanos / 1_000_000_000L;
        long fraction = nanos % 1_000_000_000L;
        sb.append(seconds);
        if (fraction == 0) {
            return;
        }
        sb.append('.');
        long divisor = 100_000_000L;
        while (fraction != 0) {
            long digit = fraction / divisor;
            sb.append((char) ('0' + digit));
            fraction -= digit * divisor;
            divisor /= 10;
        }
    }
}
