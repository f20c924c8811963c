package org.swarmsim.report.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmsim.metrics.JsonText;
import org.swarmsim.report.CsvTable;

/**
 * What a viewer page shows of one run directory: the trace excerpt and the facts the page cannot
 * read from the trace (the run's name and kind, the torrent's piece count, and from
 * {@code peers.csv} each peer's class, whether it is an initial seed, its behaviour and when it
 * joined and left; from {@code nodes.csv}, a Pastry run's node id per address).
 *
 * @param runName  the run directory's name
 * @param heading  the scenario's name
 * @param kind     the scenario's kind ({@code swarm}, {@code dht_lookups}, ...), or "" if unknown
 * @param pieces   the torrent's piece count, 0 if not known (the page then counts the pieces it sees)
 * @param peers    one ordered map per {@code peers.csv} row (empty for kinds without one)
 * @param nodeIds  a Pastry node's id (hex) per address, from {@code nodes.csv} (empty for other kinds)
 * @param trace    the trace lines the page holds
 */
record ViewerData(String runName, String heading, String kind, int pieces, List<Map<String, Object>> peers,
        Map<String, String> nodeIds, TraceExcerpt trace) {
    /** The file a traced run writes, read here. */
    static final String TRACE_FILE = "trace.jsonl";
    /** The most trace lines a page holds; the page says when a trace had more. */
    static final int LINE_LIMIT = 200_000;

    /** Reads what the page needs from {@code runDir}; {@code pieces} as in the record. */
    static ViewerData read(Path runDir, String heading, String kind, int pieces) {
        Path trace = runDir.resolve(TRACE_FILE);
        List<Map<String, Object>> peers = new ArrayList<>();
        Path peersFile = runDir.resolve("peers.csv");
        if (Files.isRegularFile(peersFile)) {
            CsvTable table = CsvTable.read(peersFile);
            for (int r = 0; r < table.rowCount(); r++) {
                peers.add(peer(table, r));
            }
        }
        return new ViewerData(String.valueOf(runDir.toAbsolutePath().normalize().getFileName()), heading, kind, pieces,
                peers, nodeIds(runDir.resolve("nodes.csv")), TraceExcerpt.read(trace, LINE_LIMIT));
    }

    /** Address to id of a {@code nodes.csv} with both columns (a Pastry run's), in file order; else empty. */
    private static Map<String, String> nodeIds(Path file) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            CsvTable table = CsvTable.read(file);
            if (table.hasColumn("address") && table.hasColumn("id")) {
                for (int r = 0; r < table.rowCount(); r++) {
                    ids.put(table.text(r, "address"), table.text(r, "id"));
                }
            }
        }
        return ids;
    }

    private static Map<String, Object> peer(CsvTable table, int row) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", Long.parseLong(table.text(row, "id")));
        p.put("class", column(table, row, "class"));
        p.put("seed", "1".equals(column(table, row, "initial_seed")));
        p.put("behaviour", column(table, row, "behaviour"));
        p.put("join", seconds(column(table, row, "join_s")));
        p.put("leave", seconds(column(table, row, "leave_s")));
        p.put("completion", seconds(column(table, row, "completion_s")));
        return p;
    }

    private static String column(CsvTable table, int row, String name) {
        return table.hasColumn(name) ? table.text(row, name) : "";
    }

    private static Double seconds(String text) {
        if (text.isEmpty() || text.equals("NaN")) {
            return null;
        }
        return Double.parseDouble(text);
    }

    /** The facts as one JSON object (the trace lines go in a block of their own). */
    String factsJson() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("run", runName);
        facts.put("heading", heading);
        facts.put("kind", kind);
        facts.put("pieces", pieces);
        facts.put("peers", peers);
        facts.put("node_ids", nodeIds);
        facts.put("lines_total", trace.totalLines());
        facts.put("lines_kept", (long) trace.lines().size());
        facts.put("line_limit", (long) LINE_LIMIT);
        facts.put("kept_until_s", trace.lastTime());
        return JsonText.toJson(facts);
    }
}
