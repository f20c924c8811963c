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
