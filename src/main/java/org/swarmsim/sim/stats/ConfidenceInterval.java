package org.swarmsim.sim.stats;

/** A symmetric confidence interval {@code mean ± halfWidth} at a confidence {@code level} (e.g. 0.95). */
public record ConfidenceInterval(double mean, double halfWidth, double level) {
    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6g ± %.3g (%.0f%%)", mean, halfWidth, level * 100);
    }
}
