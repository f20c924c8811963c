package org.swarmsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.swarmsim.metrics.TraceFilter;
import org.swarmsim.scenario.units.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code run} options that keep a {@code trace.jsonl} small: {@code --trace-peers},
 * {@code --trace-from}, {@code --trace-to} and {@code --trace-types}. Any of them implies
 * {@code --trace}. Bad values are usage errors (exit 2) that say what is allowed.
 */
public final class TraceOptions {
    @Option(names = "--trace-peers", paramLabel = "IDS",
            description = "Trace only lines whose sender or receiver (peer or remote) is one of these ids: ranges and lists, e.g. 0-9,15.")
    String peers;

    @Option(names = "--trace-from", paramLabel = "TIME",
            description = "Trace only from this simulated time on, e.g. 60s (scenario duration units).")
    String from;

    @Option(names = "--trace-to", paramLabel = "TIME",
            description = "Trace only up to this simulated time, e.g. 2min.")
    String to;

    @Option(names = "--trace-types", paramLabel = "TYPES", split = ",",
            description = "Trace only these types, e.g. have,piece,unchoke (an unknown type lists the allowed ones).")
    List<String> types = new ArrayList<>();

    /** Whether any filter was given (then a trace is wanted). */
    public boolean given() {
        return peers != null || from != null || to != null || !types.isEmpty();
    }

    /**
     * The filter these options ask for; {@code allowedTypes} are the kind's trace types (empty:
     * any type is accepted).
     *
     * @throws IllegalArgumentException naming the option, the bad value and what is allowed
     */
    public TraceFilter filter(SortedSet<String> allowedTypes) {
        long[][] ids = null;
        if (peers != null) {
            try {
                ids = TraceFilter.parsePeers(peers);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--trace-peers: " + e.getMessage());
            }
        }
        long fromNanos = from == null ? 0 : time("--trace-from", from);
        long toNanos = to == null ? Long.MAX_VALUE : time("--trace-to", to);
        if (toNanos < fromNanos) {
            throw new IllegalArgumentException("--trace-to " + to + " is before --trace-from " + from);
        }
        Set<String> kept = null;
        if (!types.isEmpty()) {
            List<String> asked = types.stream().map(String::strip).toList();
            try {
                kept = allowedTypes.isEmpty() ? Set.copyOf(asked) : TraceFilter.checkTypes(asked, allowedTypes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--trace-types: " + e.getMessage());
            }
        }
        return new TraceFilter(ids, fromNanos, toNanos, kept);
    }

    private static long time(String option, String text) {
        long nanos;
        try {
            nanos = Duration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
        if (nanos < 0) {
            throw new IllegalArgumentException(option + ": time must be >= 0, got " + text);
        }
        return nanos;
    }
}
