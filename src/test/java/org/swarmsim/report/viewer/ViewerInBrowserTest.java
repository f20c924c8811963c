package org.swarmsim.report.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.Main;

/**
 * Opens the viewer of real traced runs in headless Chromium, lets the page's self-test
 * ({@code viewer.html#selftest}) act as a user would, and checks what it drew against the trace
 * itself. Saves screenshots under {@code target/}. Skipped, saying why, without Chromium.
 */
class ViewerInBrowserTest {
    @TempDir
    static Path tmp;
    static Chromium chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        chromium = Chromium.find(tmp);
    }

    private static void assumeChromium() {
        Assumptions.assumeTrue(chromium != null,
                "chromium is not installed (/usr/bin/chromium): apt-get install chromium to run the viewer in a browser");
    }

    @Test
    void theQuickstartViewerDrawsEveryMessageFillsEveryLeecherAndStepsToTheNextEvent() throws Exception {
        assumeChromium();
        Path run = tmp.resolve("quickstart");
        assertEquals(0, Main.execute("run", "scenarios/quickstart.yaml", "--trace", "--out", run.toString()));
        TraceLinesForTests trace = TraceLinesForTests.read(run.resolve("trace.jsonl"));
        Map<String, Object> firstOptimistic = trace.ofType("unchoke_decision").stream()
                .filter(l -> "optimistic".equals(l.get("reason"))).findFirst().orElse(null);
        double chokeAt = firstOptimistic == null ? (trace.firstTime() + trace.lastTime()) / 2
                : arrivalOfUnchoke(trace, firstOptimistic);

        Map<String, Object> r = chromium.selftest(run.resolve(ViewerPage.FILE), "selftest&chokeAt=" + chokeAt);

        assertEquals(List.of(), r.get("errors"), "no script error and no console.error");
        assertEquals(trace.messages().size(), number(r, "wire_messages"));
        assertEquals(trace.messages().size(), number(r, "arrows_drawn"), "every wire message drawn as an arrow");
        assertEquals(trace.lastTime(), ((Number) r.get("time_at_slider_end")).doubleValue(), "the slider's end is the last event");
        int pieces = (int) number(r, "pieces");
        assertTrue(pieces > 0);
        List<?> rows = (List<?>) r.get("rows_at_end");
        assertFalse(rows.isEmpty());
        for (Object o : rows) {
            Map<?, ?> row = (Map<?, ?>) o;
            assertEquals(pieces, ((Number) row.get("held")).intValue(), "row of peer " + row.get("peer") + " is full at the end");
        }
        for (Object o : (List<?>) r.get("steps")) {
            Map<?, ?> step = (Map<?, ?>) o;
            double from = ((Number) step.get("from")).doubleValue();
            assertEquals(trace.nextTimeAfter(from), ((Number) step.get("to")).doubleValue(),
                    "one step from t = " + from + " lands exactly on the next event's time");
        }
        checkChokes(trace, (Map<?, ?>) r.get("chokes"), chokeAt, firstOptimistic);
        checkMouse(r);

        Path png = Path.of("target", "viewer-quickstart.png");
        chromium.screenshot(run.resolve(ViewerPage.FILE), "t=" + chokeAt, png, 1400, 1000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG screenshot");
        assertEquals(1400, image.getWidth());
    }

    @Test
    void theDhtViewerDrawsALookupsRoundsConvergingOnItsClosestNode() throws Exception {
        assumeChromium();
        Path run = tmp.resolve("dht");
        assertEquals(0, Main.execute("run", "scenarios/dht-lookups.yaml", "--set", "dht.nodes=200", "--set",
                "dht.lookup_duration=20s", "--trace", "--trace-from", "20s", "--out", run.toString()));
        TraceLinesForTests trace = TraceLinesForTests.read(run.resolve("trace.jsonl"));

        Map<String, Object> r = chromium.selftest(run.resolve(ViewerPage.FILE), "selftest");

        assertEquals(List.of(), r.get("errors"), "no script error and no console.error");
        assertEquals(trace.messages().size(), number(r, "arrows_drawn"), "every KRPC message drawn as an arrow");
        Map<?, ?> lookup = (Map<?, ?>) r.get("lookup");
        assertNotNull(lookup, "a lookup is drawn");
        long id = ((Number) lookup.get("lookup")).longValue();
        List<?> best = (List<?>) lookup.get("best_by_round");
        assertTrue(best.size() >= 2, "a lookup of several rounds is shown: " + lookup);
        assertEquals(best.size(), number(lookup, "rounds_drawn"));
        for (int i = 1; i < best.size(); i++) {
            assertTrue(((Number) best.get(i)).longValue() <= ((Number) best.get(i - 1)).longValue(),
                    "the closest distance never grows from round to round: " + best);
        }
        assertEquals(minAnsweredDistance(trace, id), number(lookup, "min_answered_distance"),
                "the page's closest answer is the trace's");
        assertEquals(number(lookup, "closest_end_distance"), number(lookup, "min_answered_distance"),
                "the lookup converged on the node its lookup_end names");
        long queries = trace.lines().stream().filter(l -> l.containsKey("depth") && Long.valueOf(id).equals(l.get("lookup"))).count();
        assertEquals(queries, number(lookup, "points"), "one point per query of the lookup");

        double end = trace.ofType("lookup_end").stream().filter(l -> Long.valueOf(id).equals(l.get("lookup")))
                .mapToDouble(TraceLinesForTests::t).findFirst().orElseThrow();
        chromium.screenshot(run.resolve(ViewerPage.FILE), "lookup=" + id + "&t=" + end, Path.of("target", "viewer-dht.png"), 1400, 1100);
    }

    @Test
    void theGnutellaViewerDrawsAFloodWhoseRingCountsAreTheTracesHopDistances() throws Exception {
        assumeChromium();
        Path run = tmp.resolve("gnutella");
        assertEquals(0, Main.execute("run", "scenarios/gnutella-flood.yaml", "--trace", "--out", run.toString()));
        TraceLinesForTests trace = TraceLinesForTests.read(run.resolve("trace.jsonl"));

        Map<String, Object> r = chromium.selftest(run.resolve(ViewerPage.FILE), "selftest");

        assertEquals(List.of(), r.get("errors"), "no script error and no console.error");
        Map<?, ?> flood = (Map<?, ?>) r.get("flood");
        assertNotNull(flood, "a flood is drawn");
        String guid = (String) flood.get("guid");
        List<Map<String, Object>> copies = trace.ofType("query").stream().filter(l -> guid.equals(l.get("guid"))).toList();
        assertEquals(ringCounts(copies), numbers((List<?>) flood.get("ring_counts")),
                "servents per ring: ring hops + 1 of the first copy each servent is sent (the origin alone in ring 0)");
        assertTrue(((List<?>) flood.get("ring_counts")).size() >= 3, "a flood of several rings: " + flood);
        assertEquals(copies.size(), number(flood, "copies"), "every copy of the query drawn as an edge");
        long servents = ringCounts(copies).stream().mapToLong(Long::longValue).sum();
        assertEquals(copies.size() - servents + 1, number(flood, "duplicates"), "every copy but the first to each servent is a duplicate");
        List<String> hitters = trace.ofType("queryhit").stream()
                .filter(l -> guid.equals(l.get("guid")) && ((Number) l.get("hops")).intValue() == 0)
                .map(l -> TraceLinesForTests.text(l, "from")).distinct().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
        assertFalse(hitters.isEmpty(), "the query has hits");
        assertEquals(hitters, flood.get("hits"), "the servents answering with a query_hit are highlighted");

        double mid = (TraceLinesForTests.t(copies.get(0)) + TraceLinesForTests.t(copies.get(copies.size() - 1))) / 2;
        chromium.screenshot(run.resolve(ViewerPage.FILE), "flood=" + guid + "&t=" + mid, Path.of("target", "viewer-gnutella-mid.png"), 1400, 1300);
        chromium.screenshot(run.resolve(ViewerPage.FILE), "flood=" + guid + "&t=" + trace.lastTime(), Path.of("target", "viewer-gnutella.png"), 1400, 1300);
    }

    @Test
    void thePastryViewerShowsARouteMatchingMoreDigitsHopByHopUpToItsDelivery() throws Exception {
        assumeChromium();
        Path run = tmp.resolve("pastry");
        assertEquals(0, Main.execute("run", "scenarios/pastry-teaching.yaml", "--trace", "--out", run.toString()));
        TraceLinesForTests trace = TraceLinesForTests.read(run.resolve("trace.jsonl"));

        Map<String, Object> r = chromium.selftest(run.resolve(ViewerPage.FILE), "selftest");

        assertEquals(List.of(), r.get("errors"), "no script error and no console.error");
        Map<?, ?> route = (Map<?, ?>) r.get("route");
        assertNotNull(route, "a route is drawn");
        assertEquals(2L, number(route, "bits"), "the digit size found from the trace is the scenario's b = 2");
        long id = number(route, "route");
        List<Map<String, Object>> hops = trace.ofType("route_lookup").stream().filter(l -> Long.valueOf(id).equals(l.get("route"))).toList();
        assertTrue(hops.size() >= 2, "a route of several hops is shown: " + route);
        List<Long> nodes = numbers((List<?>) route.get("nodes"));
        List<Long> matched = numbers((List<?>) route.get("matched"));
        assertEquals(hops.size() + 1, nodes.size(), "the origin and one node per hop");
        for (int i = 0; i < hops.size(); i++) {
            Map<String, Object> hop = hops.get(i);
            assertEquals(((Number) hop.get("from")).longValue(), nodes.get(i), "hop " + i + " leaves from the node before it");
            assertEquals(((Number) hop.get("row")).longValue(), matched.get(i),
                    "the page's matched digits of hop " + i + "'s sender are the trace's row: " + route);
        }
        for (int i = 1; i < hops.size(); i++) {
            assertTrue(matched.get(i) >= matched.get(i - 1), "the matched prefix never shrinks before the last hop: " + route);
        }
        Map<String, String> delivered = deliveries(run.resolve("lookups.csv"));
        String startKey = TraceLinesForTests.t(hops.get(0)) + " " + hops.get(0).get("from");
        assertEquals(delivered.get(startKey), String.valueOf(nodes.get(nodes.size() - 1)),
                "the route ends at the node lookups.csv names as its destination");
        if (!"leaf".equals(hops.get(hops.size() - 1).get("via"))) {
            assertTrue(matched.get(matched.size() - 1) >= matched.get(matched.size() - 2),
                    "a last hop by the table or the rare case matches at least as many digits: " + route);
        }

        chromium.screenshot(run.resolve(ViewerPage.FILE), "route=" + id + "&t=" + trace.lastTime(), Path.of("target", "viewer-pastry.png"), 1400, 1100);
    }

    /** Servents per ring of one query's copies (sorted by time): the origin in ring 0, a receiver in ring hops + 1 of its first copy. */
    private static List<Long> ringCounts(List<Map<String, Object>> copies) {
        Map<String, Integer> ring = new TreeMap<>();
        ring.put(TraceLinesForTests.text(copies.get(0), "from"), 0);
        for (Map<String, Object> c : copies) {
            ring.putIfAbsent(TraceLinesForTests.text(c, "to"), ((Number) c.get("hops")).intValue() + 1);
        }
        List<Long> counts = new ArrayList<>();
        for (int r : ring.values()) {
            while (counts.size() <= r) {
                counts.add(0L);
            }
            counts.set(r, counts.get(r) + 1);
        }
        return counts;
    }

    /** lookups.csv's destination per "start_s origin" of each lookup. */
    private static Map<String, String> deliveries(Path lookups) {
        org.swarmsim.report.CsvTable table = org.swarmsim.report.CsvTable.read(lookups);
        Map<String, String> out = new TreeMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            out.put(Double.parseDouble(table.text(row, "start_s")) + " " + table.text(row, "origin"), table.text(row, "destination"));
        }
        return out;
    }

    private static List<Long> numbers(List<?> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** Hovering an arrow shows every field of its message; the wheel zooms in; a drag pans without zooming. */
    private static void checkMouse(Map<String, Object> r) {
        Map<?, ?> hover = (Map<?, ?>) r.get("hover");
        assertNotNull(hover, "the self-test hovered an arrow");
        assertEquals(Boolean.TRUE, hover.get("shown"), "a tooltip appears over an arrow");
        String text = (String) hover.get("text");
        Map<?, ?> message = (Map<?, ?>) hover.get("message");
        assertTrue(text.startsWith(message.get("type") + " "), text);
        for (Object key : message.keySet()) {
            if (!List.of("type", "from", "to").contains(key)) {
                assertTrue(text.contains("\n" + key + " = "), "the tooltip shows " + key + ": " + text);
            }
        }
        Map<?, ?> zoom = (Map<?, ?>) r.get("zoom");
        assertTrue(((Number) zoom.get("span_after")).doubleValue() < ((Number) zoom.get("span_before")).doubleValue(),
                "the wheel zooms in: " + zoom);
        Map<?, ?> pan = (Map<?, ?>) r.get("pan");
        assertTrue(((Number) pan.get("t0_after")).doubleValue() < ((Number) pan.get("t0_before")).doubleValue(),
                "dragging to the right shows earlier times: " + pan);
        assertEquals(((Number) zoom.get("span_after")).doubleValue(), ((Number) pan.get("span")).doubleValue(), 1e-12,
                "a drag keeps the zoom");
    }

    private static double arrivalOfUnchoke(TraceLinesForTests trace, Map<String, Object> decision) {
        double t0 = TraceLinesForTests.t(decision);
        String from = TraceLinesForTests.text(decision, "peer");
        String to = TraceLinesForTests.text(decision, "remote");
        return trace.ofType("unchoke").stream()
                .filter(l -> TraceLinesForTests.t(l) >= t0 && from.equals(TraceLinesForTests.text(l, "from"))
                        && to.equals(TraceLinesForTests.text(l, "to")))
                .mapToDouble(TraceLinesForTests::t).findFirst().orElseThrow();
    }

    /**
     * Replays the trace to {@code at} independently of the page: unchoked from an unchoke's
     * arrival until a choke or a close, optimistic if the sender's last decision said so; upload
     * rates from piece messages in (at - 20 s, at].
     */
    private static void checkChokes(TraceLinesForTests trace, Map<?, ?> page, double at, Map<String, Object> optimistic) {
        Map<String, Boolean> unchoked = new TreeMap<>();
        Map<String, String> reason = new TreeMap<>();
        Map<String, Double> up = new TreeMap<>();
        for (Map<String, Object> l : trace.lines()) {
            double t = TraceLinesForTests.t(l);
            if (t > at) {
                break;
            }
            String type = (String) l.get("type");
            String pair = TraceLinesForTests.text(l, "peer") + ">" + TraceLinesForTests.text(l, "remote");
            String wire = TraceLinesForTests.text(l, "from") + ">" + TraceLinesForTests.text(l, "to");
            switch (type) {
                case "unchoke_decision" -> reason.put(pair, (String) l.get("reason"));
                case "choke_decision" -> reason.remove(pair);
                case "unchoke" -> unchoked.put(wire, "optimistic".equals(reason.get(wire)));
                case "choke" -> unchoked.remove(wire);
                case "connection_close" -> {
                    unchoked.remove(pair);
                    unchoked.remove(TraceLinesForTests.text(l, "remote") + ">" + TraceLinesForTests.text(l, "peer"));
                }
                case "piece" -> {
                    if (t > at - 20) {
                        up.merge(TraceLinesForTests.text(l, "from"), ((Number) l.get("size")).doubleValue() / 20, Double::sum);
                    }
                }
                default -> { }
            }
        }
        Map<String, Boolean> shown = new TreeMap<>();
        for (Object o : (List<?>) page.get("edges")) {
            Map<?, ?> e = (Map<?, ?>) o;
            shown.put(e.get("from") + ">" + e.get("to"), (Boolean) e.get("optimistic"));
        }
        assertEquals(unchoked, shown, "who unchokes whom at t = " + at);
        if (optimistic != null) {
            String pair = optimistic.get("peer") + ">" + optimistic.get("remote");
            assertEquals(Boolean.TRUE, shown.get(pair), "the first optimistic unchoke is drawn as optimistic: " + pair);
        }
        Map<?, ?> rates = (Map<?, ?>) page.get("up");
        List<String> peers = new ArrayList<>(up.keySet());
        assertEquals(peers, new ArrayList<>(rates.keySet().stream().map(String::valueOf).sorted().toList()));
        for (String p : peers) {
            assertEquals(up.get(p), ((Number) rates.get(p)).doubleValue(), up.get(p) * 1e-9, "upload rate of peer " + p);
        }
    }

    private static long minAnsweredDistance(TraceLinesForTests trace, long lookup) {
        Long id = lookup;
        String target = trace.ofType("lookup_start").stream().filter(l -> id.equals(l.get("lookup")))
                .map(l -> (String) l.get("target")).findFirst().orElseThrow();
        List<Object> answered = trace.messages().stream().filter(l -> id.equals(l.get("lookup")) && !l.containsKey("depth"))
                .map(l -> l.get("tid")).toList();
        return trace.messages().stream()
                .filter(l -> id.equals(l.get("lookup")) && l.containsKey("depth") && answered.contains(l.get("tid")))
                .mapToLong(l -> Long.parseLong((String) l.get("to_id"), 16) ^ Long.parseLong(target, 16))
                .min().orElseThrow();
    }

    private static long number(Map<?, ?> map, String key) {
        Object v = map.get(key);
        assertNotNull(v, key + " in " + map);
        return ((Number) v).longValue();
    }
}
