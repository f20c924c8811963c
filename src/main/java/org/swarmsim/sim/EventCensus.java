package org.swarmsim.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a simulation's events by kind ({@link Simulation#countEventsBy}), so that a benchmark can
 * say which events a change removed. An action that is an {@link EventKind} gives its own name;
 * any other is named after the class that scheduled it ({@code Peer} for a method reference or a
 * lambda written in {@code Peer}, the simple name for a named class).
 */
public final class EventCensus {
    private final Map<String, long[]> counts = new HashMap<>();
    private final ClassValue<String> names = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return nameOf(type);
        }
    };

    void count(Runnable action) {
        String kind = action instanceof EventKind k ? k.eventKind() : names.get(action.getClass());
        long[] n = counts.get(kind);
        if (n == null) {
            counts.put(kind, n = new long[1]);
        }
        n[0]++;
    }

    /** One kind and how many of its events ran. */
    public record Count(String kind, long events) {
    }

    /** The kinds counted so far, most events first (ties by name). */
    public List<Count> counts() {
        List<Count> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Count(k, n[0])));
        out.sort(Comparator.comparingLong(Count::events).reversed().thenComparing(Count::kind));
        return out;
    }

    /** Every kind as {@code kind:count}, most events first, separated by commas (spaces become _). */
    public String line() {
        StringBuilder b = new StringBuilder();
        for (Count c : counts()) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(c.kind().replace(' ', '_')).append(':').append(c.events());
        }
        return b.toString();
    }

    /** The name of a class that scheduled an event: its simple name, or its host's for a lambda. */
    static String nameOf(Class<?> type) {
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        if (lambda >= 0) {
            name = name.substring(0, lambda);
        }
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).replace('$', '.');
    }
}
