package org.swarmsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row per DHT lookup, in completion order, written as {@code lookups.csv}. Knows nothing of
 * the DHT itself: the run converts each finished lookup, e.g.
 * <pre>{@code
 * dht.addLookupListener(r -> table.add(new LookupTable.Row(r.startNanos(), r.origin(),
 *         r.target().toString(), r.kind().name().toLowerCase(Locale.ROOT), r.rounds(), r.messagesSent(),
 *         r.timeouts(), r.latencyNanos(), r.success(), r.exact())));
 * }</pre>
 */
public final class LookupTable {
    /** Column names of {@code lookups.csv}, in order. */
    public static final List<String> COLUMNS = List.of("start_s", "node", "target", "kind", "rounds", "messages",
            "timeouts", "latency_s", "success", "exact_k_closest");

    /**
     * One lookup.
     *
     * @param startNanos   when it started
     * @param node         the looking-up node's address
     * @param target       the id looked up, 40 hex digits
     * @param kind         {@code find_node} or {@code get_peers}
     * @param rounds       hops
     * @param messages     queries sent
     * @param timeouts     queries that timed out
     * @param latencyNanos start to finish
     * @param success      the true closest online node was returned
     * @param exact        exactly the true k closest online nodes were returned
     */
    public record Row(long startNanos, int node, String target, String kind, int rounds, int messages, int timeouts,
                      long latencyNanos, boolean success, boolean exact) {
        public Row {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            if (startNanos < 0 || latencyNanos < 0 || rounds < 0 || messages < 0 || timeouts < 0) {
                throw new IllegalArgumentException("lookup row fields must be >= 0: start=" + startNanos
                        + " latency=" + latencyNanos + " rounds=" + rounds + " messages=" + messages + " timeouts=" + timeouts);
            }
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public LookupTable add(Row row) {
        rows.add(Objects.requireNonNull(row, "row"));
        return this;
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int size() {
        return rows.size();
    }

    /** Fraction of lookups that succeeded (NaN if none). */
    public double successRate() {
        int ok = 0;
        for (Row r : rows) {
            ok += r.success() ? 1 : 0;
        }
        return rows.isEmpty() ? Double.NaN : ok / (double) rows.size();
    }

    /** Writes the header and one line per lookup; times in seconds, booleans as 1/0. */
    public void writeCsv(Appendable out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (Row r : rows) {
            csv.field(NumberText.secondsFromNanos(r.startNanos()))
                    .field(r.node())
                    .field(r.target())
                    .field(r.kind())
                    .field(r.rounds())
                    .field(r.messages())
                    .field(r.timeouts())
                    .field(NumberText.secondsFromNanos(r.latencyNanos()))
                    .field(r.success() ? 1 : 0)
                    .field(r.exact() ? 1 : 0)
                    .endRow();
        }
    }
}
