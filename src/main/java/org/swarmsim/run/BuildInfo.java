package org.swarmsim.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of swarmsim is running: the version from the pom and the git commit it was built
 * from, both written into resources at build time ({@code swarmsim-version.properties} by Maven's
 * filtering, {@code swarmsim-build.properties} by the antrun step of the pom). The commit is
 * {@code unknown} outside a git checkout, and ends in {@code -dirty} when tracked files differed
 * from it. The same build always gives the same values, so runs stay byte-identical.
 *
 * @param version the pom's version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  40 hex digits (and {@code -dirty}), or {@code unknown}
 */
public record BuildInfo(String version, String commit) {
    private static final BuildInfo CURRENT = new BuildInfo(
            property("/swarmsim-version.properties", "version"), property("/swarmsim-build.properties", "commit"));

    /** The build this code comes from. */
    public static BuildInfo current() {
        return CURRENT;
    }

    private static String property(String resource, String key) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
