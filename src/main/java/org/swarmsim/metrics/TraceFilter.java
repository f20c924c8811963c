package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lines of {@code trace.jsonl} are kept: a line passes when its time is in
 * {@code [fromNanos, toNanos]}, its type is one of {@code types} (null: any) and its sender or
 * receiver (for a state line: its peer or remote) is one of {@code peers} (null: any). Peers are
 * given as ranges and lists, {@code "0-9,15"}; named nodes (a tracker) are in no peer set, so
 * a line between a peer and a tracker passes by its peer.
 *
 * @param peers     sorted, disjoint, inclusive {@code [first, last]} id ranges, or null for every node
 * @param fromNanos first simulated time kept
 * @param toNanos   last simulated time kept
 * @param types     the types kept, or null for every type
 */
public record TraceFilter(long[][] peers, long fromNanos, long toNanos, Set<String> types) {
    /** Keeps every line. */
    public static final TraceFilter ALL = new TraceFilter(null, 0, Long.MAX_VALUE, null);

    public TraceFilter {
        if (fromNanos < 0 || toNanos < fromNanos) {
            throw new IllegalArgumentException("trace window must have 0 <= from <= to, got " + fromNanos + " ns to "
                    + toNanos + " ns");
        }
        types = types == null ? null : Set.copyOf(types);
        if (peers != null) {
            long[][] copy = new long[peers.length][];
            for (int i = 0; i < peers.length; i++) {
                copy[i] = peers[i].clone();
            }
            peers = copy;
        }
    }

    /** The peer ranges (a copy), or null for every node. */
    @Override
    public long[][] peers() {
        if (peers == null) {
            return null;
        }
        long[][] copy = new long[peers.length][];
        for (int i = 0; i < peers.length; i++) {
            copy[i] = peers[i].clone();
        }
        return copy;
    }

    /** Whether lines are kept by their peers (false: by time and type only). */
    public boolean hasPeerSet() {
        return peers != null;
    }

    /**
     * Parses a peer set: comma-separated ids and inclusive ranges {@code a-b} of ids {@code >= 0}.
     *
     * @throws IllegalArgumentException saying which part is wrong and what is allowed
     */
    public static long[][] parsePeers(String text) {
        List<long[]> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-', 1);
            try {
                long a = Long.parseLong(dash < 0 ? p : p.substring(0, dash).strip());
                long b = dash < 0 ? a : Long.parseLong(p.substring(dash + 1).strip());
                if (a < 0 || b < a) {
                    throw new NumberFormatException();
                }
                ranges.add(new long[] {a, b});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("peer set '" + text + "': '" + p
                        + "' is not an id or a range (allowed: ids >= 0 and ranges a-b with a <= b, comma-separated,"
                        + " e.g. 0-9,15)");
            }
        }
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged.toArray(new long[0][]);
    }

    /**
     * Checks that every type asked for is one of {@code allowed}.
     *
     * @throws IllegalArgumentException naming the unknown types and listing the allowed ones
     */
    public static Set<String> checkTypes(Collection<String> asked, Collection<String> allowed) {
        Set<String> unknown = new TreeSet<>(asked);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown trace type" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
        return new TreeSet<>(asked);
    }

    /** Whether nothing is filtered out. */
    public boolean keepsAll() {
        return peers == null && fromNanos == 0 && toNanos == Long.MAX_VALUE && types == null;
    }

    /** Whether a line at {@code timeNanos} of {@code type} passes the time and type filters. */
    public boolean passesTimeAndType(long timeNanos, String type) {
        return timeNanos >= fromNanos && timeNanos <= toNanos && (types == null || types.contains(type));
    }

    /** Whether node {@code id} is in the peer set (always, without one; never for a negative id). */
    public boolean hasPeer(long id) {
        if (peers == null) {
            return true;
        }
        if (id < 0) {
            return false;
        }
        int lo = 0;
        int hi = peers.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (id < peers[mid][0]) {
                hi = mid - 1;
            } else if (id > peers[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
