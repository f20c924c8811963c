package org.swarmsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML node that remembers where it was written: the parsed tree the scenario walker reads,
 * and the tree {@code --set} overrides edit. Section readers see it through {@link Fields}.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

    SourceLocation location();

    /** A short description for messages: "a map", "a list", or the scalar's text. */
    String describe();

    /** YAML flow text of this node, re-readable as YAML ({@code {dist: exponential, mean: 10min}}). */
    String flowText();

    /** A key and its value; the key's own location is where unknown-key errors point. */
    record Entry(SourceLocation keyLocation, YamlNode value) {
    }

    /** A mapping with keys in file order. */
    record MapNode(SourceLocation location, Map<String, Entry> entries) implements YamlNode {
        MapNode(SourceLocation location) {
            this(location, new LinkedHashMap<>());
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a map";
        }

        @Override
        public String flowText() {
            StringBuilder sb = new StringBuilder("{");
            String sep = "";
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                sb.append(sep).append(e.getKey()).append(": ").append(e.getValue().value().flowText());
                sep = ", ";
            }
            return sb.append('}').toString();
        }

        MapNode deepCopy() {
            MapNode copy = new MapNode(location);
            entries.forEach((k, e) -> copy.entries.put(k, new Entry(e.keyLocation(), copyOf(e.value()))));
            return copy;
        }
    }

    /** A sequence. */
    record ListNode(SourceLocation location, List<YamlNode> items) implements YamlNode {
        ListNode(SourceLocation location) {
            this(location, new ArrayList<>());
        }

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public String flowText() {
            StringBuilder sb = new StringBuilder("[");
            String sep = "";
            for (YamlNode item : items) {
                sb.append(sep).append(item.flowText());
                sep = ", ";
            }
            return sb.append(']').toString();
        }
    }

    /** What the YAML parser made of a scalar. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /** A scalar with its text exactly as written and its YAML type. */
    record ScalarNode(SourceLocation location, String text, ScalarType type) implements YamlNode {
        @Override
        public String describe() {
            return type == ScalarType.NULL ? "nothing (null)" : text;
        }

        @Override
        public String flowText() {
            if (type == ScalarType.NULL) {
                return "null";
            }
            boolean plain = !text.isEmpty() && text.chars().allMatch(c -> Character.isLetterOrDigit(c)
                    || c == '.' || c == '_' || c == '-' || c == '/' || c == '%' || c == '+');
            return plain ? text : "'" + text.replace("'", "''") + "'";
        }
    }

    private static YamlNode copyOf(YamlNode node) {
        if (node instanceof MapNode m) {
            return m.deepCopy();
        }
        if (node instanceof ListNode l) {
            ListNode copy = new ListNode(l.location());
            l.items().forEach(i -> copy.items().add(copyOf(i)));
            return copy;
        }
        return node;
    }
}
