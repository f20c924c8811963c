package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol fields of Gnutella and Pastry traces tell the textbook story hop by hop. */
class OverlayTraceTest {
    @TempDir
    Path tmp;

    @Test
    void aFloodKeepsTtlPlusHopsAndItsHitsComeBackUnderTheQueryGuid() throws IOException {
        List<Map<String, Object>> trace = traced("scenarios/gnutella-flood.yaml");
        Map<String, Set<Long>> ttlPlusHops = new TreeMap<>();
        Map<String, Set<Long>> hops = new TreeMap<>();
        Set<String> hitGuids = new TreeSet<>();
        for (Map<String, Object> l : trace) {
            String guid = (String) l.get("guid");
            assertTrue(guid.matches("[0-9a-f]{8}"), l.toString());
            if ("query".equals(l.get("type"))) {
                ttlPlusHops.computeIfAbsent(guid, g -> new TreeSet<>()).add(num(l.get("ttl")) + num(l.get("hops")));
                hops.computeIfAbsent(guid, g -> new TreeSet<>()).add(num(l.get("hops")));
            } else if ("queryhit".equals(l.get("type"))) {
                hitGuids.add(guid);
            }
        }
        assertTrue(ttlPlusHops.size() >= 5, ttlPlusHops.toString());
        for (Map.Entry<String, Set<Long>> e : ttlPlusHops.entrySet()) {
            assertEquals(Set.of(4L), e.getValue(), "every copy of flood " + e.getKey() + " has ttl + hops = the TTL 4");
            assertEquals(0L, ((TreeSet<Long>) hops.get(e.getKey())).first(), "the origin sends at hop 0");
        }
        assertTrue(!hitGuids.isEmpty() && ttlPlusHops.keySet().containsAll(hitGuids), "hits route back by the query's GUID");
    }

    @Test
    void everyTableHopOfAPastryRouteResolvesOneMoreDigit() throws IOException {
        List<Map<String, Object>> trace = traced("scenarios/pastry-teaching.yaml");
        Map<String, List<Map<String, Object>>> routes = new TreeMap<>();
        for (Map<String, Object> l : trace) {
            String type = (String) l.get("type");
            if (type.startsWith("route_")) {
                Object id = l.containsKey("route") ? l.get("route") : "joiner " + l.get("joiner");
                routes.computeIfAbsent(type + " " + id, k -> new ArrayList<>()).add(l);
            }
        }
        int tableHops = 0;
        for (Map.Entry<String, List<Map<String, Object>>> e : routes.entrySet()) {
            List<Map<String, Object>> hops = e.getValue();
            for (int i = 0; i + 1 < hops.size(); i++) {
                Map<String, Object> a = hops.get(i);
                Map<String, Object> b = hops.get(i + 1);
                assertEquals(a.get("key"), b.get("key"), e.getKey());
                if (num(b.get("hops")) == num(a.get("hops")) + 1 && "table".equals(a.get("via"))) {
                    assertTrue(num(b.get("row")) > num(a.get("row")),
                            "after a table hop the next node shares more digits with the key: " + a + " then " + b);
                    tableHops++;
                }
            }
        }
        assertTrue(tableHops >= 5, tableHops + " table hops followed");
    }

    private List<Map<String, Object>> traced(String scenario) throws IOException {
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("run", scenario, "--out", out.toString(), "--trace", "--no-report"));
        return SwarmTraceTest.read(out.resolve("trace.jsonl"));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
