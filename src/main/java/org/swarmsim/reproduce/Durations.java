package org.swarmsim.reproduce;

import java.util.Locale;

/** Wall times as people read them: {@code 12 s}, {@code 3.8 min}, {@code 1.2 h}. */
public final class Durations {
    private Durations() {
    }

    /** {@code seconds} in seconds below two minutes, in minutes below two hours, else in hours. */
    public static String text(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
