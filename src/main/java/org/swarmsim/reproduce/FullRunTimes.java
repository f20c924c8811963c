package org.swarmsim.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How long each full reproduction took on the reference machine (2 cores, 24 GiB,
 * OpenJDK 17), from the resource {@value #RESOURCE}: {@code name=seconds,threads,month} lines. {@code reproduce --list} prints them beside the time of the
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
        String[] v = fields(experiment);
        return v == null ? -1 : Double.parseDouble(v[0]);
    }

    /**
     * {@code "about 3.8 min on 1 thread of 2 cores (2026-12)"}, or {@code "not measured on the
     * reference machine"}.
     */
    public String describe(String experiment) {
        String[] v = fields(experiment);
        if (v == null) {
            return "not measured on the reference machine";
        }
        int threads = Integer.parseInt(v[1].strip());
        return "about " + Durations.text(Double.parseDouble(v[0])) + " on " + threads + (threads == 1 ? " thread" : " threads")
                + " of 2 cores (" + v[2].strip() + ")";
    }

    private String[] fields(String experiment) {
        String v = times.getProperty(experiment);
        if (v == null) {
            return null;
        }
        String[] f = v.split(",");
        if (f.length != 3) {
            throw new IllegalStateException("resource " + RESOURCE + ": " + experiment + "=" + v
                    + " is not seconds,threads,month");
        }
        return f;
    }
}
