package org.swarmsim.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How long each full reproduction took on the reference machine (2 cores, 24 GiB, Java 17, the
 * default {@code --threads}), from the resource {@value #RESOURCE}: {@code name=seconds} lines
 * with the date they were measured. {@code reproduce --list} prints them beside the time of the
 * last full run on the user's own machine.
 */
public final class FullRunTimes {
    /** The resource holding the measured times. */
    public static final String RESOURCE = "full-run-times.properties";

    private final Properties times;

    private FullRunTimes(Properties times) {
        this.times = times;
    }

    /** Reads the resource shipped in the jar. */
    public static FullRunTimes load() {
        Properties p = new Properties();
        try (InputStream in = FullRunTimes.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
        }
        return new FullRunTimes(p);
    }

    /** Seconds a full run of {@code experiment} took on the reference machine, or -1 if not measured. */
    public double seconds(String experiment) {
        String v = times.getProperty(experiment);
        return v == null ? -1 : Double.parseDouble(v);
    }

    /** {@code "about 3.8 min on 2 cores (measured 2026-12-04)"}, or {@code "not measured yet"}. */
    public String describe(String experiment) {
        double s = seconds(experiment);
        if (s < 0) {
            return "not measured yet";
        }
        return "about " + Durations.text(s) + " on 2 cores (measured " + times.getProperty("measured", "?") + ")";
    }
}
