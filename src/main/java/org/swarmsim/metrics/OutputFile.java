package org.swarmsim.metrics;

import java.util.Objects;

/**
 * One file of a run's results, in memory until it is written: its name in the run directory and
 * its text.
 */
public record OutputFile(String name, String text) {
    public OutputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
