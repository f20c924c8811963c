package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.run.dhtlookups.DhtLookupsKind;

/**
 * The {@code trace.jsonl} of a small {@code kind: dht_lookups} run: each measured lookup's
 * queries ask for its target, answers return node ids, later rounds query nodes that earlier
 * answers named, and the closest node found only gets closer round after round.
 */
class DhtTraceTest {
    @TempDir
    static Path tmp;
    static Path file;
    static List<Map<String, Object>> trace;
    /** Measured lookups (judged find_node lookups) by number: their lookup_start line. */
    static final Map<Long, Map<String, Object>> starts = new TreeMap<>();
    static final Map<Long, Map<String, Object>> ends = new TreeMap<>();

    @BeforeAll
    static void traceASmallDht() throws IOException {
        file = Files.writeString(tmp.resolve("small-dht.yaml"), DhtLookupRunCommandTest.SCENARIO
                .replace("lookup_duration: 3min", "lookup_duration: 1min"));
        Path out = tmp.resolve("traced");
        assertEquals(0, Main.execute("run", file.toString(), "--out", out.toString(), "--trace", "--no-report"));
        trace = SwarmTraceTest.read(out.resolve("trace.jsonl"));
        Map<Long, Map<String, Object>> allStarts = new TreeMap<>();
        for (Map<String, Object> l : trace) {
            if ("lookup_start".equals(l.get("type"))) {
                allStarts.put(num(l.get("lookup")), l);
            } else if ("lookup_end".equals(l.get("type")) && l.containsKey("success")) {
                Map<String, Object> start = allStarts.get(num(l.get("lookup")));
                if ("find_node".equals(start.get("kind"))) {
                    starts.put(num(l.get("lookup")), start);
                    ends.put(num(l.get("lookup")), l);
                }
            }
        }
        assertTrue(starts.size() > 50, "measured lookups: " + starts.size());
    }

    @Test
    void everyQueryOfALookupComesFromItsOriginAndAsksForItsTarget() {
        int queries = 0;
        for (Map<String, Object> l : trace) {
            Map<String, Object> start = l.containsKey("from") && l.containsKey("lookup") ? starts.get(num(l.get("lookup"))) : null;
            if (start != null && "find_node".equals(l.get("type"))) {
                assertEquals(start.get("target"), l.get("target"), l.toString());
                assertEquals(start.get("peer"), l.get("from"), l.toString());
                assertTrue(num(l.get("depth")) >= 1, l.toString());
                queries++;
            }
        }
        assertTrue(queries > 3 * starts.size(), queries + " queries");
    }

    @Test
    void answersReturnNodeIdsAndLaterRoundsQueryNodesThatEarlierAnswersNamed() {
        Map<Long, Set<String>> named = new LinkedHashMap<>();
        int checked = 0;
        for (Map<String, Object> l : trace) {
            if (!l.containsKey("lookup") || !starts.containsKey(num(l.get("lookup"))) || !l.containsKey("from")) {
                continue;
            }
            long lookup = num(l.get("lookup"));
            if ("nodes_response".equals(l.get("type"))) {
                List<?> nodes = (List<?>) l.get("nodes");
                assertTrue(!nodes.isEmpty() && nodes.stream().allMatch(n -> ((String) n).matches("[0-9a-f]{8}")), l.toString());
                named.computeIfAbsent(lookup, k -> new HashSet<>()).addAll(nodes.stream().map(String.class::cast).toList());
            } else if ("find_node".equals(l.get("type")) && num(l.get("depth")) > 1) {
                assertTrue(named.getOrDefault(lookup, Set.of()).contains((String) l.get("to_id")),
                        "a round-" + l.get("depth") + " query goes to a node an answer named: " + l);
                checked++;
            }
        }
        assertTrue(checked > starts.size(), checked + " later-round queries");
    }

    @Test
    void theClosestNodeFoundGetsNoFartherFromTheTargetRoundAfterRound() {
        Map<String, Long> depthOfQuery = new LinkedHashMap<>();   // "lookup/tid" -> depth
        Map<Long, TreeMap<Long, Long>> closestByDepth = new TreeMap<>();   // lookup -> depth -> min distance
        for (Map<String, Object> l : trace) {
            if (!l.containsKey("lookup") || !starts.containsKey(num(l.get("lookup"))) || !l.containsKey("from")) {
                continue;
            }
            long lookup = num(l.get("lookup"));
            String key = lookup + "/" + l.get("tid");
            if ("find_node".equals(l.get("type"))) {
                depthOfQuery.put(key, num(l.get("depth")));
            } else if ("nodes_response".equals(l.get("type"))) {
                long d = distance((String) l.get("id"), (String) starts.get(lookup).get("target"));
                closestByDepth.computeIfAbsent(lookup, k -> new TreeMap<>()).merge(depthOfQuery.get(key), d, Math::min);
            }
        }
        int improved = 0;
        for (Map.Entry<Long, TreeMap<Long, Long>> e : closestByDepth.entrySet()) {
            long best = Long.MAX_VALUE;
            List<Long> bestSoFar = new ArrayList<>();
            for (long d : e.getValue().values()) {
                best = Math.min(best, d);
                bestSoFar.add(best);
            }
            for (int i = 1; i < bestSoFar.size(); i++) {
                assertTrue(bestSoFar.get(i) <= bestSoFar.get(i - 1), "lookup " + e.getKey() + ": " + e.getValue());
            }
            String closest = (String) ends.get(e.getKey()).get("closest");
            assertTrue(distance(closest, (String) starts.get(e.getKey()).get("target")) <= best,
                    "lookup_end names the closest node that answered: lookup " + e.getKey());
            if (bestSoFar.get(bestSoFar.size() - 1) < e.getValue().firstEntry().getValue()) {
                improved++;
            }
        }
        assertTrue(improved > closestByDepth.size() / 2, improved + " of " + closestByDepth.size()
                + " lookups found a closer node after their first round");
    }

    @Test
    void everyTypeWrittenIsOneTheKindListsAndASecondRunWritesTheSameBytes() throws IOException {
        for (Map<String, Object> l : trace) {
            assertTrue(DhtLookupsKind.INSTANCE.traceTypes().contains((String) l.get("type")), l.toString());
        }
        Path again = tmp.resolve("again");
        assertEquals(0, Main.execute("run", file.toString(), "--out", again.toString(), "--trace", "--no-report"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("traced/trace.jsonl")), Files.readAllBytes(again.resolve("trace.jsonl")));
    }

    @Test
    void thePeerFilterWorksOnNodeIndices() throws IOException {
        Path out = tmp.resolve("node-7");
        assertEquals(0, Main.execute("run", file.toString(), "--out", out.toString(), "--no-report", "--trace-peers", "7"));
        List<Map<String, Object>> lines = SwarmTraceTest.read(out.resolve("trace.jsonl"));
        assertTrue(!lines.isEmpty());
        for (Map<String, Object> l : lines) {
            assertTrue(java.util.Arrays.asList(l.get("from"), l.get("to"), l.get("peer"), l.get("remote")).contains(7L),
                    l.toString());
        }
    }

    /** XOR distance of two 8-hex-digit id prefixes. */
    private static long distance(String a, String b) {
        return Long.parseLong(a, 16) ^ Long.parseLong(b, 16);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
