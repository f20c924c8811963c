package org.swarmsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.scenario.units.Duration;
import org.swarmsim.scenario.units.Fraction;

/**
 * One entry of a {@code failures} list: at {@code at} (from the workload's start) a share of the
 * online nodes fails silently, for good. Read and written here for every kind that has failures.
 *
 * @param atNanos  when, from the workload's start (>= 0)
 * @param fraction the share of the online nodes, 0 <= fraction < 1
 */
public record FailureSpec(long atNanos, double fraction) {
    public FailureSpec {
        if (atNanos < 0 || !(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("a failure needs at >= 0 and a fraction in [0, 1), given at="
                    + atNanos + " fraction=" + fraction);
        }
    }

    /** The list at {@code f.key} (empty when absent); problems go into {@code f}; {@code who} names the nodes ("nodes", "finders"). */
    public static List<FailureSpec> readList(Fields f, String key, String who) {
        List<FailureSpec> out = new ArrayList<>();
        YamlNode.ListNode list = f.list(key);
        if (list == null) {
            return out;
        }
        for (Fields item : f.mapItems(list, key, "at", "fraction")) {
            int before = item.problems().size();
            long at = item.duration("at", null, 0);
            double fraction = fraction(item, who);
            if (item.problems().size() == before) {
                out.add(new FailureSpec(at, fraction));
            }
        }
        return out;
    }

    /** A failure's fraction, 0 <= f < 1 ({@code 0.1} or {@code 10%}); a problem, as written, otherwise. */
    private static double fraction(Fields item, String who) {
        YamlNode.ScalarNode s = item.scalar("fraction");
        if (s == null) {
            if (!item.has("fraction")) {
                item.missing("fraction", "a share of the online " + who + ", 0 <= fraction < 1, such as 10%");
            }
            return 0;
        }
        double v;
        try {
            v = Fraction.parse(s.text());
        } catch (IllegalArgumentException e) {
            v = Double.NaN;
        }
        if (!(v >= 0 && v < 1)) {
            item.problem(s, "fraction", "a failure kills a share of the online " + who + " and leaves some alive (given "
                    + s.text() + "; allowed: 0 <= fraction < 1, such as 0.1 or 10%)");
            return 0;
        }
        return v;
    }

    /** Writes the list at {@code parent.key}, nothing when it is empty. */
    public static void writeList(List<FailureSpec> failures, YamlMap parent, String key) {
        if (failures.isEmpty()) {
            return;
        }
        YamlMap.YamlList items = parent.putList(key);
        for (FailureSpec fl : failures) {
            YamlMap m = items.addMap();
            m.put("at", Duration.format(fl.atNanos()));
            m.put("fraction", fl.fraction());
        }
    }
}
