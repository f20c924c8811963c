package org.swarmsim.scenario.units;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A number followed by a unit, as written in a scenario file ({@code "1.5h"}, {@code "256KiB"}).
 * Package-private helper of the unit parsers: splits the text and converts exactly with
 * {@link BigDecimal}, so {@code "0.1s"} is exactly 100,000,000 ns.
 */
final class Quantity {
    private Quantity() {
    }

    /** The text split into its number and its unit (the unit is "" when absent). */
    record Parts(BigDecimal number, String unit) {
    }

    static Parts split(String text, String what, String allowed) {
        if (text == null) {
            throw new IllegalArgumentException("missing " + what + " (allowed: " + allowed + ")");
        }
        String s = text.strip();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) {
            i++;
        }
        // Exponent (1e6) only when followed by digits, so "1e" stays a bad unit.
        if (i + 1 < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')
                && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+')) {
            int j = i + 1;
            if (s.charAt(j) == '-' || s.charAt(j) == '+') {
                j++;
            }
            int digits = j;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > digits) {
                i = j;
            }
        }
        String number = s.substring(0, i).replace("_", "");
        String unit = s.substring(i).strip();
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what
                    + " (given " + text + "; allowed: a number followed by one of " + allowed + ")");
        }
        return new Parts(value, unit);
    }

    /**
     * Looks the unit up; an unknown unit names the allowed ones and, when {@code nearest} finds
     * any, the accepted spellings it probably means: {@code (given 90m; allowed units: ...; did
     * you mean '90min'?)}.
     */
    static BigDecimal factor(Map<String, BigDecimal> units, String unit, String text, String what, String allowed,
                             BiFunction<String, Set<String>, List<String>> nearest) {
        BigDecimal f = units.get(unit);
        if (f == null) {
            String given = text.strip();
            String number = given.substring(0, given.length() - unit.length()).strip();
            List<String> meant = nearest.apply(unit, units.keySet());
            String hint = meant.isEmpty() ? "" : "; did you mean '" + number
                    + String.join("' or '" + number, meant) + "'?";
            throw new IllegalArgumentException("unknown " + what + " unit '" + unit + "' (given " + given
                    + "; allowed units: " + allowed + hint + ")");
        }
        return f;
    }

    /** Rounds to the nearest long; values beyond the range of a long are an error. */
    static long toLong(BigDecimal value, String text, String what) {
        BigDecimal r = value.setScale(0, java.math.RoundingMode.HALF_EVEN);
        if (r.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || r.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            throw new IllegalArgumentException(what + " '" + text + "' is too large");
        }
        return r.longValueExact();
    }

    /** Writes {@code value} in the largest unit of {@code units} (largest first) that divides it exactly. */
    static String format(long value, String[] names, long[] sizes) {
        if (value == 0) {
            return "0" + names[names.length - 1];
        }
        for (int k = 0; k < names.length; k++) {
            if (value % sizes[k] == 0) {
                return (value / sizes[k]) + names[k];
            }
        }
        return value + names[names.length - 1];
    }
}
