package org.swarmsim.scenario.units;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarmsim.scenario.Suggestions;

/**
 * The accepted spelling nearest to a unit the parsers do not know: {@code 90m} is {@code 90min},
 * {@code 1hour} {@code 1h}, {@code 256K} {@code 256KiB}, {@code 1Mb/s} {@code 1Mbit/s} (a lower-case
 * b is a bit) or {@code 1MB/s}. Common words and abbreviations are looked up first, then the
 * unit with other letter case, then the accepted unit within a small edit distance.
 */
final class UnitSuggestions {
    private static final Map<String, String> DURATION_WORDS = Map.ofEntries(
            Map.entry("m", "min"), Map.entry("mn", "min"), Map.entry("mins", "min"), Map.entry("minute", "min"),
            Map.entry("minutes", "min"), Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"),
            Map.entry("seconds", "s"), Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"),
            Map.entry("hours", "h"), Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("msec", "ms"),
            Map.entry("msecs", "ms"), Map.entry("millis", "ms"), Map.entry("millisecond", "ms"),
            Map.entry("milliseconds", "ms"), Map.entry("\u00b5s", "us"), Map.entry("\u03bcs", "us"),
            Map.entry("usec", "us"), Map.entry("usecs", "us"), Map.entry("microsecond", "us"),
            Map.entry("microseconds", "us"), Map.entry("nsec", "ns"), Map.entry("nanosecond", "ns"),
            Map.entry("nanoseconds", "ns"));
    private static final Map<String, String> SIZE_WORDS = Map.ofEntries(
            Map.entry("k", "KiB"), Map.entry("m", "MiB"), Map.entry("g", "GiB"), Map.entry("t", "TiB"),
            Map.entry("byte", "B"), Map.entry("bytes", "B"), Map.entry("kilobyte", "KB"), Map.entry("kilobytes", "KB"),
            Map.entry("megabyte", "MB"), Map.entry("megabytes", "MB"), Map.entry("gigabyte", "GB"),
            Map.entry("gigabytes", "GB"), Map.entry("terabyte", "TB"), Map.entry("terabytes", "TB"),
            Map.entry("kibibyte", "KiB"), Map.entry("kibibytes", "KiB"), Map.entry("mebibyte", "MiB"),
            Map.entry("mebibytes", "MiB"), Map.entry("gibibyte", "GiB"), Map.entry("gibibytes", "GiB"),
            Map.entry("tebibyte", "TiB"), Map.entry("tebibytes", "TiB"));
    /** A bit rate written another way: {@code Mb/s}, {@code kbits/s}, {@code Gbit}, {@code mbps}. */
    private static final Pattern BITS = Pattern.compile("([kKmMgG]?)(b|bit|bits)(/s|ps|/sec)?");
    /** A byte rate written another way: {@code kB/s}, {@code MBps}, {@code MiB} (without /s). */
    private static final Pattern BYTES = Pattern.compile("([kKmMgG]?)(i?)B(/s|ps|/sec)?");

    private UnitSuggestions() {
    }

    /** Accepted duration units that {@code unit} probably means (none if nothing is close). */
    static List<String> duration(String unit, Set<String> accepted) {
        String word = DURATION_WORDS.get(unit.toLowerCase(Locale.ROOT));
        return word != null ? List.of(word) : nearest(unit, accepted);
    }

    /** Accepted byte-size units that {@code unit} probably means. */
    static List<String> byteSize(String unit, Set<String> accepted) {
        String bare = unit.endsWith("/s") ? unit.substring(0, unit.length() - 2) : unit;
        if (accepted.contains(bare) && !bare.isEmpty()) {
            return List.of(bare);   // a rate where a size belongs: 256KiB/s -> 256KiB
        }
        String word = SIZE_WORDS.get(bare.toLowerCase(Locale.ROOT));
        return word != null ? List.of(word) : nearest(bare, accepted);
    }

    /** Accepted data-rate units that {@code unit} probably means: {@code Mb/s} gives Mbit/s and MB/s. */
    static List<String> dataRate(String unit, Set<String> accepted) {
        Matcher bits = BITS.matcher(unit);
        if (bits.matches()) {
            String prefix = metricPrefix(bits.group(1), "k");
            String asBits = prefix + "bit/s";
            // A lone "b" means a bit by convention, but people also write it for bytes.
            return bits.group(2).equals("b") ? List.of(asBits, metricPrefix(bits.group(1), "K") + "B/s") : List.of(asBits);
        }
        Matcher bytes = BYTES.matcher(unit);
        if (bytes.matches()) {
            String candidate = metricPrefix(bytes.group(1), "K") + bytes.group(2) + "B/s";
            if (accepted.contains(candidate)) {
                return List.of(candidate);
            }
        }
        return nearest(unit, accepted);
    }

    /** "" -> "", k/K -> {@code kilo} as the unit family writes it, m/M -> M, g/G -> G. */
    private static String metricPrefix(String letter, String kilo) {
        return switch (letter) {
            case "" -> "";
            case "k", "K" -> kilo;
            default -> letter.toUpperCase(Locale.ROOT);
        };
    }

    /** The accepted unit equal but for case, else the nearest by edit distance, else none. */
    private static List<String> nearest(String unit, Set<String> accepted) {
        if (unit.isEmpty()) {
            return List.of();
        }
        for (String a : accepted) {
            if (!a.isEmpty() && a.equalsIgnoreCase(unit)) {
                return List.of(a);
            }
        }
        String close = Suggestions.closest(unit, accepted.stream().filter(a -> !a.isEmpty()).toList());
        return close == null ? List.of() : List.of(close);
    }
}
