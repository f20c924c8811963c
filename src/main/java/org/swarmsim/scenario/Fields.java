package org.swarmsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToLongFunction;
import org.swarmsim.scenario.YamlNode.ListNode;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.YamlNode.ScalarType;
import org.swarmsim.scenario.units.ByteSize;
import org.swarmsim.scenario.units.DataRate;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.scenario.units.Fraction;

/**
 * Typed access to the keys of one YAML map at a field path, collecting problems instead of
 * stopping at the first. Every getter returns a usable fallback after a problem so the walk goes
 * on and reports everything wrong in one pass. Unknown keys are reported on construction, with a
 * did-you-mean suggestion.
 */
public final class Fields {
    private final MapNode map;
    private final String path;
    private final List<ScenarioException.Problem> problems;
    private final Path baseDir;

    public Fields(MapNode map, String path, List<ScenarioException.Problem> problems, Path baseDir, String... allowedKeys) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        this.baseDir = baseDir;
        List<String> allowed = Arrays.asList(allowedKeys);
        map.entries().forEach((key, entry) -> {
            if (!allowed.contains(key)) {
                problems.add(new ScenarioException.Problem(entry.keyLocation(), child(key), "unknown key '" + key
                        + "' (allowed: " + String.join(", ", allowed) + Suggestions.didYouMean(key, allowed) + ")"));
            }
        });
    }

    /** Reads the node at {@code path} as a map, or reports that it is not one and returns null. */
    public static Fields of(YamlNode node, String path, List<ScenarioException.Problem> problems, Path baseDir,
            String... allowedKeys) {
        if (node instanceof MapNode m) {
            return new Fields(m, path, problems, baseDir, allowedKeys);
        }
        problems.add(new ScenarioException.Problem(node.location(), path, "expected a map of keys (given "
                + node.describe() + "; allowed keys: " + String.join(", ", allowedKeys) + ")"));
        return null;
    }

    public String path() {
        return path;
    }

    public String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public MapNode node() {
        return map;
    }

    public List<ScenarioException.Problem> problems() {
        return problems;
    }

    public Path baseDir() {
        return baseDir;
    }

    public boolean has(String key) {
        YamlNode n = map.get(key);
        return n != null && !(n instanceof ScalarNode s && s.type() == ScalarType.NULL);
    }

    public YamlNode get(String key) {
        return has(key) ? map.get(key) : null;
    }

    public void problem(YamlNode node, String key, String message) {
        problems.add(new ScenarioException.Problem(node == null ? map.location() : node.location(),
                key == null ? path : child(key), message));
    }

    /** Reports a missing required key at the map that lacks it. */
    public void missing(String key, String allowed) {
        problem(null, key, "missing required field '" + key + "' (allowed: " + allowed + ")");
    }

    /** The scalar at {@code key}, or null (reported if present but not a scalar). */
    public ScalarNode scalar(String key) {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            return s;
        }
        problem(n, key, "expected a single value (given " + n.describe() + ")");
        return null;
    }

    /** A nested map's fields, or null when absent (or reported when not a map). */
    public Fields map(String key, String... allowedKeys) {
        YamlNode n = get(key);
        return n == null ? null : of(n, child(key), problems, baseDir, allowedKeys);
    }

    /** A nested list, or null when absent (or reported when not a list). */
    public ListNode list(String key) {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ListNode l) {
            return l;
        }
        problem(n, key, "expected a list (given " + n.describe() + ")");
        return null;
    }

    public String text(String key, String fallback, boolean required) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (required && !has(key)) {
                missing(key, "any text");
            }
            return fallback;
        }
        return s.text();
    }

    /** One of the allowed names (a did-you-mean suggestion when not). */
    public String choice(String key, String fallback, String what, Collection<String> allowed) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (fallback == null && !has(key)) {
                missing(key, String.join(", ", allowed));
            }
            return fallback == null ? allowed.iterator().next() : fallback;
        }
        if (!allowed.contains(s.text())) {
            problem(s, key, "unknown " + what + " '" + s.text() + "' (given " + s.text() + "; allowed: "
                    + String.join(", ", allowed) + Suggestions.didYouMean(s.text(), allowed) + ")");
            return fallback == null ? allowed.iterator().next() : fallback;
        }
        return s.text();
    }

    private long quantity(String key, Long fallback, long min, String allowed, ToLongFunction<String> parser) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (fallback == null && !has(key)) {
                missing(key, allowed);
            }
            return fallback == null ? Math.max(min, 1) : fallback;
        }
        long v;
        try {
            v = parser.applyAsLong(s.text());
        } catch (IllegalArgumentException e) {
            problem(s, key, e.getMessage());
            return fallback == null ? Math.max(min, 1) : fallback;
        }
        if (v < min) {
            problem(s, key, "must be " + (min == 1 ? "greater than 0" : ">= " + min) + " (given " + s.text() + ")");
            return fallback == null ? Math.max(min, 1) : fallback;
        }
        return v;
    }

    /** A duration in nanoseconds, at least {@code minNanos}; {@code fallback} null means required. */
    public long duration(String key, Long fallback, long minNanos) {
        return quantity(key, fallback, minNanos, "a duration such as 30s, 10min, 1.5h", Duration::parse);
    }

    public long bytes(String key, Long fallback, long minBytes) {
        return quantity(key, fallback, minBytes, "a size such as 256KiB, 100MiB, 1GB", ByteSize::parse);
    }

    public long rate(String key, Long fallback, long min) {
        return quantity(key, fallback, min, "a rate such as 8Mbit/s, 500KB/s", DataRate::parse);
    }

    /** An integer in [min, max]; {@code fallback} null means required. */
    public long integer(String key, Long fallback, long min, long max) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (fallback == null && !has(key)) {
                missing(key, "an integer >= " + min);
            }
            return fallback == null ? min : fallback;
        }
        long v;
        try {
            v = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            problem(s, key, "expected a whole number (given " + s.text() + "; allowed: an integer from " + min
                    + (max == Long.MAX_VALUE ? "" : " to " + max) + ")");
            return fallback == null ? min : fallback;
        }
        if (v < min || v > max) {
            problem(s, key, "out of range (given " + s.text() + "; allowed: an integer from " + min
                    + (max == Long.MAX_VALUE ? " up" : " to " + max) + ")");
            return fallback == null ? min : fallback;
        }
        return v;
    }

    public int intValue(String key, int fallback, int min) {
        return (int) integer(key, (long) fallback, min, Integer.MAX_VALUE);
    }

    /** A plain number greater than {@code exclusiveMin}. */
    public double number(String key, Double fallback, double exclusiveMin) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (fallback == null && !has(key)) {
                missing(key, "a number");
            }
            return fallback == null ? 1 : fallback;
        }
        double v;
        try {
            v = Double.parseDouble(s.text());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v) || v <= exclusiveMin) {
            problem(s, key, "expected a number greater than " + fmt(exclusiveMin) + " (given " + s.text() + ")");
            return fallback == null ? 1 : fallback;
        }
        return v;
    }

    /** A share in [0, 1]: {@code 0.25} or {@code 25%}. */
    public double fraction(String key, Double fallback) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (fallback == null && !has(key)) {
                missing(key, "a share such as 0.25 or 25%");
            }
            return fallback == null ? 0 : fallback;
        }
        return fractionOf(s, key);
    }

    public double fractionOf(ScalarNode s, String key) {
        double v;
        try {
            v = Fraction.parse(s.text());
        } catch (IllegalArgumentException e) {
            problem(s, key, e.getMessage());
            return 0;
        }
        if (!(v >= 0 && v <= 1)) {
            problem(s, key, "share out of range (given " + s.text() + "; allowed: 0 to 1, or 0% to 100%)");
            return 0;
        }
        return v;
    }

    public boolean bool(String key, boolean fallback) {
        ScalarNode s = scalar(key);
        if (s == null) {
            return fallback;
        }
        if (s.type() != ScalarType.BOOLEAN) {
            problem(s, key, "expected true or false (given " + s.text() + ")");
            return fallback;
        }
        return s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes") || s.text().equalsIgnoreCase("on")
                || s.text().equalsIgnoreCase("y");
    }

    /** A file path relative to the scenario's directory, made absolute; must exist. Null when absent. */
    public Path file(String key, boolean required) {
        ScalarNode s = scalar(key);
        if (s == null) {
            if (required && !has(key)) {
                missing(key, "a file path, relative to the scenario file");
            }
            return null;
        }
        Path p = baseDir.resolve(s.text()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            problem(s, key, "file not found (given " + s.text() + "; looked for " + p + ")");
            return null;
        }
        return p;
    }

    /** Items of a list of maps, as fields at {@code path.i}. */
    public List<Fields> mapItems(ListNode list, String key, String... allowedKeys) {
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Fields f = of(list.items().get(i), child(key) + "." + i, problems, baseDir, allowedKeys);
            if (f != null) {
                items.add(f);
            }
        }
        return items;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
