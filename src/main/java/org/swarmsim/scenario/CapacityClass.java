package org.swarmsim.scenario;

/**
 * A class of peers by access link: {@code {name: dsl, share: 20%, upload: 320kbit/s, download: 640kbit/s}}.
 * Each leecher belongs to a class drawn with probability {@code share}.
 */
public record CapacityClass(String name, double share, long uploadBytesPerSecond, long downloadBytesPerSecond) {
    public CapacityClass {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a capacity class needs a name");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        }
        if (uploadBytesPerSecond < 0 || downloadBytesPerSecond <= 0) {
            throw new IllegalArgumentException("upload must be >= 0 and download > 0 bytes per second");
        }
    }
}
