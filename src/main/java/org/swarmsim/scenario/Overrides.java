package org.swarmsim.scenario;

import java.util.List;
import org.swarmsim.scenario.YamlNode.Entry;
import org.swarmsim.scenario.YamlNode.ListNode;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;

/**
 * {@code --set path=value}: replaces (or adds) one field of the YAML tree before validation.
 * The value is read as YAML, so {@code 5000}, {@code 30s}, {@code [a, b]} and
 * {@code {dist: exponential, mean: 10min}} all work. A path the scenario format does not know is
 * reported by the validation that follows, as an unknown key with a did-you-mean suggestion,
 * located at the {@code --set} option. List items are addressed by index
 * ({@code network.classes.0.share=50%}).
 */
final class Overrides {
    private Overrides() {
    }

    /** Applies one {@code path=value} to {@code root}, adding problems instead of throwing. */
    static void apply(MapNode root, String assignment, List<ScenarioException.Problem> problems) {
        SourceLocation where = new SourceLocation("--set " + assignment, 0, 0);
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            problems.add(new ScenarioException.Problem(where, "", "expected path=value, such as "
                    + "protocol.picker=random (given " + assignment + ")"));
            return;
        }
        String path = assignment.substring(0, eq).strip();
        String text = assignment.substring(eq + 1);
        YamlNode value;
        try {
            value = YamlReader.read(text, where.source(), false);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return;
        }
        if (value == null) {
            value = new ScalarNode(where, "", YamlNode.ScalarType.NULL);
        }
        set(root, path, value, where, problems);
    }

    /**
     * A sweep value as {@code --set} would read it: a string such as {@code '{dist: exponential,
     * mean: 10min}'} is parsed as YAML (every node placed at the string's location), so a sweep
     * written out by {@code Scenario.toYaml()} means what the original meant.
     */
    static YamlNode asSetValue(YamlNode value) {
        if (!(value instanceof ScalarNode s) || s.type() != YamlNode.ScalarType.STRING) {
            return value;
        }
        YamlNode parsed;
        try {
            parsed = YamlReader.read(s.text(), s.location().source(), false);
        } catch (ScenarioException e) {
            return value;
        }
        return parsed == null ? value : relocate(parsed, s.location());
    }

    private static YamlNode relocate(YamlNode node, SourceLocation at) {
        if (node instanceof MapNode m) {
            MapNode copy = new MapNode(at);
            m.entries().forEach((k, e) -> copy.entries().put(k, new Entry(at, relocate(e.value(), at))));
            return copy;
        }
        if (node instanceof ListNode l) {
            ListNode copy = new ListNode(at);
            l.items().forEach(i -> copy.items().add(relocate(i, at)));
            return copy;
        }
        ScalarNode s = (ScalarNode) node;
        return new ScalarNode(at, s.text(), s.type());
    }

    /** Puts {@code value} at the dotted {@code path}, creating maps on the way. */
    static void set(MapNode root, String path, YamlNode value, SourceLocation where,
            List<ScenarioException.Problem> problems) {
        String[] parts = path.split("\\.", -1);
        YamlNode node = root;
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                problems.add(new ScenarioException.Problem(where, path, "empty segment in field path (given "
                        + path + "; allowed: dotted keys such as population.leechers.count)"));
                return;
            }
            boolean last = i == parts.length - 1;
            String here = walked.length() == 0 ? part : walked + "." + part;
            if (node instanceof MapNode m) {
                if (last) {
                    Entry old = m.entries().get(part);
                    m.entries().put(part, new Entry(old == null ? where : old.keyLocation(), value));
                    return;
                }
                YamlNode next = m.get(part);
                if (next == null || next instanceof ScalarNode s && s.type() == YamlNode.ScalarType.NULL) {
                    next = new MapNode(where);
                    Entry old = m.entries().get(part);
                    m.entries().put(part, new Entry(old == null ? where : old.keyLocation(), next));
                } else if (next instanceof ScalarNode s) {
                    // e.g. lingering: forever, then --set population.seeds.lingering.mean=5min: start a fresh map.
                    next = new MapNode(where);
                    m.entries().put(part, new Entry(m.entries().get(part).keyLocation(), next));
                }
                node = next;
            } else if (node instanceof ListNode l) {
                int index;
                try {
                    index = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    index = -1;
                }
                if (index < 0 || index >= l.items().size()) {
                    problems.add(new ScenarioException.Problem(where, here, walked + " is a list of "
                            + l.items().size() + " items (given index " + part + "; allowed: 0 to "
                            + (l.items().size() - 1) + ")"));
                    return;
                }
                if (last) {
                    l.items().set(index, value);
                    return;
                }
                node = l.items().get(index);
            } else {
                problems.add(new ScenarioException.Problem(where, here, "cannot set a field inside " + walked
                        + ", which is a single value"));
                return;
            }
            walked.setLength(0);
            walked.append(here);
        }
    }
}
