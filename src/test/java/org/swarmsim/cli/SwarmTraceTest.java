package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.report.JsonReader;
import org.swarmsim.run.swarm.SwarmKind;

/**
 * The quickstart's {@code trace.jsonl} read as a student would: the protocol fields let one
 * follow a leecher's first piece from the seed, tracker exchanges and state changes are there,
 * and the filters keep exactly the lines asked for.
 */
class SwarmTraceTest {
    private static final long SEED = 0;

    @TempDir
    static Path tmp;
    static List<Map<String, Object>> trace;
    static Path first;

    @BeforeAll
    static void traceTheQuickstart() throws IOException {
        first = tmp.resolve("first");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", first.toString(), "--trace",
                "--no-report"));
        trace = read(first.resolve("trace.jsonl"));
    }

    @Test
    void everyLeecherGetsItsFirstPieceFromTheSeedInProtocolOrderWithMatchingFields() {
        int followed = 0;
        for (long leecher : leechers()) {
            List<Map<String, Object>> between = new ArrayList<>();
            for (Map<String, Object> l : trace) {
                if (l.containsKey("from") && isPair(l.get("from"), l.get("to"), leecher)) {
                    between.add(l);
                }
            }
            int handshake = indexOf(between, 0, "handshake", null);
            int bitfield = indexOf(between, handshake, "bitfield", SEED);
            int interested = indexOf(between, bitfield, "interested", leecher);
            int unchoke = indexOf(between, interested, "unchoke", SEED);
            int request = indexOf(between, unchoke, "request", leecher);
            Map<String, Object> req = between.get(request);
            int piece = indexOfBlock(between, request, SEED, req);
            long pieceIndex = num(req.get("piece"));
            long verified = firstVerified(leecher);
            if (verified != pieceIndex) {
                continue;   // this leecher's first piece came from others too: follow another
            }
            int have = indexOf(between, piece, "have", leecher);
            assertEquals(verified, num(between.get(have).get("piece")), "the have announces the verified piece");
            assertEquals(20L, num(between.get(bitfield).get("pieces")), "the seed's bitfield holds every piece");
            assertTrue(num(req.get("length")) > 0 && num(req.get("begin")) % num(req.get("length")) == 0);
            followed++;
        }
        assertTrue(followed >= 1, "at least one leecher's first piece is followed from the seed");
    }

    @Test
    void trackerExchangesAreMessagesBetweenEachPeerAndTheTracker() {
        Set<Long> announced = new TreeSet<>();
        Set<Long> answered = new TreeSet<>();
        for (Map<String, Object> l : trace) {
            if ("announce".equals(l.get("type"))) {
                assertEquals("tracker", l.get("to"));
                assertTrue(Set.of("started", "completed", "stopped", "none").contains(l.get("event")), l.toString());
                assertTrue(l.containsKey("numwant") && l.containsKey("uploaded") && l.containsKey("left"), l.toString());
                announced.add(num(l.get("from")));
            } else if ("announce_response".equals(l.get("type"))) {
                assertEquals("tracker", l.get("from"));
                assertTrue(num(l.get("interval")) > 0 && num(l.get("peers")) >= 0, l.toString());
                answered.add(num(l.get("to")));
            }
        }
        assertEquals(Set.of(0L, 1L, 2L, 3L, 4L, 5L), announced, "the seed and the five leechers");
        assertEquals(announced, answered);
    }

    @Test
    void stateChangesCarryTheirReasons() {
        Set<String> unchokeReasons = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (Map<String, Object> l : trace) {
            String type = (String) l.get("type");
            if (l.containsKey("peer")) {
                types.add(type);
                assertFalse(l.containsKey("size"), "a state line is no message: " + l);
            }
            if ("unchoke_decision".equals(type)) {
                unchokeReasons.add((String) l.get("reason"));
            }
        }
        assertTrue(types.containsAll(List.of("connection_open", "connection_close", "unchoke_decision",
                "interest_change", "piece_verified", "end_game")), types.toString());
        assertTrue(SwarmKind.INSTANCE.traceTypes().containsAll(types), types.toString());
        assertTrue(Set.of("rate", "optimistic", "seed_rule", "free_slot").containsAll(unchokeReasons), unchokeReasons.toString());
    }

    @Test
    void everyTypeWrittenIsOneTheKindLists() {
        for (Map<String, Object> l : trace) {
            assertTrue(SwarmKind.INSTANCE.traceTypes().contains((String) l.get("type")), l.toString());
        }
    }

    @Test
    void aSecondTracedRunWritesTheSameBytes() throws IOException {
        Path second = tmp.resolve("second");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", second.toString(), "--trace",
                "--no-report"));
        assertArrayEquals(Files.readAllBytes(first.resolve("trace.jsonl")), Files.readAllBytes(second.resolve("trace.jsonl")));
    }

    @Test
    void thePeerFilterKeepsExactlyTheLinesOfThosePeers() throws IOException {
        Path out = tmp.resolve("peers");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", out.toString(), "--no-report",
                "--trace-peers", "2-3"));
        List<Map<String, Object>> expected = new ArrayList<>();
        for (Map<String, Object> l : trace) {
            if (touches(l, 2) || touches(l, 3)) {
                expected.add(l);
            }
        }
        assertFalse(expected.isEmpty());
        assertTrue(expected.size() < trace.size());
        assertEquals(expected, read(out.resolve("trace.jsonl")));
    }

    @Test
    void theTimeWindowAndTypeFiltersKeepExactlyTheLinesAsked() throws IOException {
        Path out = tmp.resolve("window");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--out", out.toString(), "--no-report",
                "--trace-from", "1s", "--trace-to", "2500ms", "--trace-types", "have,piece,unchoke_decision"));
        List<Map<String, Object>> expected = new ArrayList<>();
        for (Map<String, Object> l : trace) {
            double t = ((Number) l.get("t")).doubleValue();
            if (t >= 1 && t <= 2.5 && Set.of("have", "piece", "unchoke_decision").contains(l.get("type"))) {
                expected.add(l);
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, read(out.resolve("trace.jsonl")));
    }

    @Test
    void badFilterValuesExitWithTwoSayWhatIsAllowedAndCreateNothing() {
        Path out = tmp.resolve("never");
        CliRunner types = CliRunner.run("run", "scenarios/quickstart.yaml", "--out", out.toString(), "--trace-types",
                "have,hve");
        assertEquals(2, types.exitCode());
        assertTrue(types.err().contains("unknown trace type hve") && types.err().contains("allowed: allowed_fast,"),
                types.err());
        CliRunner peers = CliRunner.run("run", "scenarios/quickstart.yaml", "--out", out.toString(), "--trace-peers", "9-2");
        assertEquals(2, peers.exitCode());
        assertTrue(peers.err().contains("--trace-peers") && peers.err().contains("a <= b"), peers.err());
        CliRunner from = CliRunner.run("run", "scenarios/quickstart.yaml", "--out", out.toString(), "--trace-from", "60");
        assertEquals(2, from.exitCode());
        assertTrue(from.err().contains("--trace-from") && from.err().contains("add a unit"), from.err());
        CliRunner window = CliRunner.run("run", "scenarios/quickstart.yaml", "--out", out.toString(),
                "--trace-from", "2s", "--trace-to", "1s");
        assertEquals(2, window.exitCode());
        assertFalse(Files.exists(out));
    }

    // ------------------------------------------------------------------ reading the trace

    static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JsonReader.parseObject("trace.jsonl", line));
        }
        return lines;
    }

    private static List<Long> leechers() {
        Set<Long> ids = new TreeSet<>();
        for (Map<String, Object> l : trace) {
            if ("piece_verified".equals(l.get("type"))) {
                ids.add(num(l.get("peer")));
            }
        }
        ids.remove(SEED);
        return List.copyOf(ids);
    }

    private static long firstVerified(long peer) {
        for (Map<String, Object> l : trace) {
            if ("piece_verified".equals(l.get("type")) && num(l.get("peer")) == peer) {
                return num(l.get("piece"));
            }
        }
        throw new AssertionError("peer " + peer + " verified no piece");
    }

    private static boolean isPair(Object from, Object to, long leecher) {
        return from instanceof Number f && to instanceof Number t
                && ((f.longValue() == SEED && t.longValue() == leecher) || (f.longValue() == leecher && t.longValue() == SEED));
    }

    private static boolean touches(Map<String, Object> l, long id) {
        for (String key : List.of("from", "to", "peer", "remote")) {
            if (l.get(key) instanceof Number n && n.longValue() == id) {
                return true;
            }
        }
        return false;
    }

    /** The first line at or after {@code from} of {@code type} sent by {@code sender} (null: either side). */
    private static int indexOf(List<Map<String, Object>> lines, int from, String type, Long sender) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            Map<String, Object> l = lines.get(i);
            if (type.equals(l.get("type")) && (sender == null || num(l.get("from")) == sender)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " after line " + from + " in " + lines);
    }

    /** The piece message from {@code sender} after {@code from} whose piece, begin and length are the request's. */
    private static int indexOfBlock(List<Map<String, Object>> lines, int from, long sender, Map<String, Object> request) {
        for (int i = from + 1; i < lines.size(); i++) {
            Map<String, Object> l = lines.get(i);
            if ("piece".equals(l.get("type")) && num(l.get("from")) == sender
                    && l.get("piece").equals(request.get("piece")) && l.get("begin").equals(request.get("begin"))
                    && l.get("length").equals(request.get("length"))) {
                return i;
            }
        }
        throw new AssertionError("no piece answers " + request);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
