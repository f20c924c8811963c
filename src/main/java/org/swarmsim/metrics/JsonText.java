package org.swarmsim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Hand-written JSON output for {@code summary.json} and {@code trace.jsonl} (Jackson belongs to
 * the scenario package). Supports null, booleans, integers ({@link Integer}, {@link Long}),
 * doubles (formatted by {@link NumberText#formatJson(double)}, non-finite as null), strings,
 * lists and maps with string keys. Maps must have a defined order ({@link LinkedHashMap} or
 * {@link SortedMap}) so that a {@code HashMap}'s iteration order can never reach the output.
 */
public final class JsonText {
    private JsonText() {
    }

    /** The value as pretty-printed JSON (two-space indent, '\n' line ends, no trailing newline). */
    public static String toJson(Object value) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, value, 0);
        return sb.toString();
    }

    /** Appends {@code value} as JSON at the given indentation level. */
    public static void append(StringBuilder sb, Object value, int indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(NumberText.formatJson(((Number) value).doubleValue()));
        } else if (value instanceof CharSequence s) {
            appendString(sb, s);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(sb, map, indent);
        } else if (value instanceof List<?> list) {
            appendArray(sb, list, indent);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName()
                    + " as JSON; allowed: null, Boolean, Integer, Long, Double, String, List, LinkedHashMap/SortedMap");
        }
    }

    /** Appends a quoted JSON string with the mandatory escapes. */
    public static void appendString(StringBuilder sb, CharSequence s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void appendObject(StringBuilder sb, Map<?, ?> map, int indent) {
        if (map.size() > 1 && !(map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>)) {
            throw new IllegalArgumentException("JSON objects need a defined key order: use LinkedHashMap or TreeMap, not "
                    + map.getClass().getName());
        }
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
            }
            indent(sb, indent + 1);
            appendString(sb, key);
            sb.append(": ");
            append(sb, e.getValue(), indent + 1);
            sb.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(sb, indent);
        sb.append('}');
    }

    private static void appendArray(StringBuilder sb, List<?> list, int indent) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            append(sb, list.get(i), indent);
        }
        sb.append(']');
    }

    private static void indent(StringBuilder sb, int level) {
        for (int i = 0; i < level; i++) {
            sb.append("  ");
        }
    }
}
