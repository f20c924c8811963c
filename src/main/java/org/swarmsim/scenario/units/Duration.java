package org.swarmsim.scenario.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Simulated durations written for humans, converted to nanoseconds (rounded to the nearest):
 * {@code ns, us, ms, s, min, h, d}, decimals allowed ({@code "1.5h"}). A bare number is an
 * error whose message says "add a unit": {@code 30} could mean seconds or milliseconds.
 */
public final class Duration {
    private static final Map<String, BigDecimal> UNITS = new LinkedHashMap<>();
    static final String ALLOWED = "ns, us, ms, s, min, h, d";
    private static final long S = 1_000_000_000L;
    private static final String[] FORMAT_NAMES = {"d", "h", "min", "s", "ms", "us", "ns"};
    private static final long[] FORMAT_SIZES = {86_400 * S, 3_600 * S, 60 * S, S, 1_000_000L, 1_000L, 1L};

    static {
        for (int k = 0; k < FORMAT_NAMES.length; k++) {
            UNITS.put(FORMAT_NAMES[k], BigDecimal.valueOf(FORMAT_SIZES[k]));
        }
    }

    private Duration() {
    }

    /**
     * Parses a duration into nanoseconds.
     *
     * @throws IllegalArgumentException saying what was given and which units are allowed
     */
    public static long parse(String text) {
        Quantity.Parts p = Quantity.split(text, "duration", ALLOWED);
        if (p.unit().isEmpty()) {
            throw new IllegalArgumentException("duration '" + text.strip() + "' has no unit: add a unit (given "
                    + text.strip() + "; allowed units: " + ALLOWED + ")");
        }
        BigDecimal f = Quantity.factor(UNITS, p.unit(), text, "duration", ALLOWED,
                UnitSuggestions::duration);
        return Quantity.toLong(p.number().multiply(f), text, "duration");
    }

    /** True if {@code unit} is one of the accepted units ({@code ns} ... {@code d}). */
    static boolean isUnit(String unit) {
        return UNITS.containsKey(unit);
    }

    /** The accepted units, smallest first as {@link #ALLOWED} lists them. */
    static java.util.Set<String> units() {
        return java.util.Collections.unmodifiableSet(UNITS.keySet());
    }

    /** The shortest exact spelling: 1,800 s gives {@code "30min"}, 1.5 s gives {@code "1500ms"}. */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        return Quantity.format(nanos, FORMAT_NAMES, FORMAT_SIZES);
    }
}
