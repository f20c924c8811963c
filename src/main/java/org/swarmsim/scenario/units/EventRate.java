package org.swarmsim.scenario.units;

/**
 * Rates of events (arrivals, lookups): a number per second ({@code 0.5}) or a count per unit of
 * time ({@code 30/min}, {@code 2/s}, {@code 100/h}).
 */
public final class EventRate {
    private EventRate() {
    }

    /** Events per second, or NaN if {@code text} is not a positive finite rate. */
    public static double perSecond(String text) {
        String t = text.strip();
        double perSecond;
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                perSecond = Double.parseDouble(t);
            } else {
                double count = Double.parseDouble(t.substring(0, slash).strip());
                long per = Duration.parse("1" + t.substring(slash + 1).strip());
                perSecond = count * 1e9 / per;
            }
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
        return perSecond > 0 && !Double.isInfinite(perSecond) ? perSecond : Double.NaN;
    }

    /**
     * "; did you mean '30/min'?" when the unit after the slash is a misspelt duration unit
     * ({@code 30/minute}, {@code 2/sec}), else "".
     */
    public static String didYouMean(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String unit = t.substring(slash + 1).strip();
        if (Duration.isUnit(unit)) {
            return "";
        }
        java.util.List<String> meant = UnitSuggestions.duration(unit, Duration.units());
        return meant.isEmpty() ? "" : "; did you mean '" + t.substring(0, slash).strip() + "/" + meant.get(0) + "'?";
    }
}
