package org.swarmsim.reproduce;

import java.util.Locale;

/**
 * When a simulated mean agrees with the predicted value. Three kinds:
 * <ul>
 * <li>{@link #ratio(double, double)}: simulated/predicted in [min, max];</li>
 * <li>{@link #absolute(double)}: |simulated − predicted| ≤ width (for predictions of 0);</li>
 * <li>{@link #atLeast(double)} / {@link #atMost(double)}: one-sided ratio (bounds and orderings).</li>
 * </ul>
 * With {@code everyRun}, each replication (not only the mean) must satisfy the lower ratio:
 * for lower bounds that no schedule can beat.
 */
public record Tolerance(Kind kind, double low, double high, boolean everyRun) {
    /** How the comparison is made. */
    public enum Kind { RATIO, ABSOLUTE }

    /** simulated/predicted in [min, max]. */
    public static Tolerance ratio(double min, double max) {
        return new Tolerance(Kind.RATIO, min, max, false);
    }

    /** simulated/predicted ≥ min. */
    public static Tolerance atLeast(double min) {
        return new Tolerance(Kind.RATIO, min, Double.POSITIVE_INFINITY, false);
    }

    /** simulated/predicted ≤ max. */
    public static Tolerance atMost(double max) {
        return new Tolerance(Kind.RATIO, Double.NEGATIVE_INFINITY, max, false);
    }

    /** |simulated − predicted| ≤ width. */
    public static Tolerance absolute(double width) {
        return new Tolerance(Kind.ABSOLUTE, -width, width, false);
    }

    /** The same tolerance, also required of every single replication's lower ratio. */
    public Tolerance inEveryRun() {
        return new Tolerance(kind, low, high, true);
    }

    /** Whether {@code simulated} agrees with {@code predicted}. */
    public boolean accepts(double simulated, double predicted) {
        if (Double.isNaN(simulated)) {
            return false;
        }
        if (kind == Kind.ABSOLUTE) {
            double d = simulated - predicted;
            return d >= low && d <= high;
        }
        double r = simulated / predicted;
        return r >= low && r <= high;
    }

    /** Whether a single replication's value satisfies the per-run (lower) part. */
    public boolean acceptsRun(double simulated, double predicted) {
        if (!everyRun) {
            return true;
        }
        return kind == Kind.ABSOLUTE ? simulated - predicted >= low : simulated / predicted >= low;
    }

    /** e.g. {@code ratio in [1, 1.5], every run >= 1} or {@code |diff| <= 0.05}. */
    public String describe() {
        String s;
        if (kind == Kind.ABSOLUTE) {
            s = String.format(Locale.ROOT, "|sim-pred| <= %s", num(high));
        } else if (high == Double.POSITIVE_INFINITY) {
            s = "ratio >= " + num(low);
        } else if (low == Double.NEGATIVE_INFINITY) {
            s = "ratio <= " + num(high);
        } else {
            s = "ratio in [" + num(low) + ", " + num(high) + "]";
        }
        return everyRun ? s + "; every run" : s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
