package org.swarmsim.run.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.cli.MainRun;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * Small Gnutella runs end to end, each checked against what the overlay implies: floods on a
 * torus against the size of the TTL ball, walkers against their TTL, two-tier query routing
 * against the replicas it must find, churn against the online count it must leave, and a rerun
 * against the first run byte for byte.
 */
class GnutellaRunTest {
    private static final String HEAD = """
            name: %s
            seed: %d
            kind: gnutella
            duration: %s
            network:
              latency: {model: constant, value: 50ms}
              classes:
                - {name: dsl, share: 100%%, upload: 1Mbit/s, download: 8Mbit/s}
            metrics: {sample_interval: 1s}
            gnutella:
            """;

    @TempDir
    Path dir;

    private Scenario load(String name, long seed, String duration, String gnutella) throws IOException {
        Path f = Files.writeString(dir.resolve(name + ".yaml"), HEAD.formatted(name, seed, duration) + gnutella);
        return Scenarios.load(f);
    }

    private static GnutellaResult run(Scenario s) {
        return new GnutellaRun(s, 0).run(RunRequest.of(0));
    }

    private static List<QueryRecord> rows(GnutellaResult r, String method) {
        return r.searches().stream().filter(q -> q.method.equals(method)).toList();
    }

    /** Servents within {@code t} hops of any servent of an unwrapped 4-neighbour torus (a diamond), itself included. */
    private static int torusBall(int t) {
        return 2 * t * t + 2 * t + 1;
    }

    /**
     * Query descriptors of one flood with duplicate suppression on that torus: the requester sends
     * 4, and every other servent closer than {@code t} forwards its first copy to its 3 other neighbours.
     */
    private static int torusFloodMessages(int t) {
        return 4 + 3 * (torusBall(t - 1) - 1);
    }

    @Test
    void withNoReplicasEverySearchFailsAndASuppressedFloodReachesExactlyTheTtlBallOfTheTorus() throws IOException {
        GnutellaResult r = run(load("no-replicas", 4, "20s", """
                  topology: {model: grid, rows: 20, cols: 20, torus: true}
                  content: {objects: 10, replicas: 0}
                  workload: {queries_per_second: 1, start: 5s, timeout: 10s}
                  search:
                    - {method: flood, ttl: 5}
                    - {method: expanding_ring, start: 1, step: 2, max: 5, wait: 1s}
                    - {method: random_walk, walkers: 4, ttl: 9, check_every: 3}
                """));
        assertTrue(r.searches().size() >= 3 * 8, "about 15 queries x 3 methods: " + r.searches().size());
        for (QueryRecord q : r.searches()) {
            assertTrue(q.sent, q.method);
            assertEquals(0, q.replicas);
            assertEquals(0, q.hits, q.method);
            assertEquals(0, q.hitMessages, q.method);
            assertFalse(q.success(), q.method);
            assertTrue(Double.isNaN(q.firstHitHopsOrNaN()) && Double.isNaN(q.firstHitSecondsOrNaN()), q.method);
        }
        for (QueryRecord q : rows(r, "flood")) {
            assertEquals(torusBall(5) - 1, q.reached, "the 60 servents within 5 hops, the requester not counted");
            assertEquals(torusFloodMessages(5), q.messages);
            assertEquals(q.messages - q.reached, q.duplicates);
        }
        for (QueryRecord q : rows(r, "expanding_ring")) {
            // nothing is ever found, so all three rings go out, each a flood with a new GUID
            assertEquals(torusFloodMessages(1) + torusFloodMessages(3) + torusFloodMessages(5), q.messages);
            assertEquals(torusBall(1) - 1 + torusBall(3) - 1 + torusBall(5) - 1, q.reached);
        }
        for (QueryRecord q : rows(r, "random_walk")) {
            assertEquals(4 * 9, q.messages, "every walker walks its whole TTL");
            assertEquals(q.messages, q.reached + q.duplicates);
            // checks after steps 3 and 6 of each walker, a check and a verdict each, none where a walker is at home
            assertTrue(q.checkMessages <= 4 * 2 * 2 && q.checkMessages % 2 == 0, "checks " + q.checkMessages);
        }
        List<GnutellaOutputs.GrowthRow> growth = GnutellaOutputs.growthRows(r.growth());
        assertEquals(5, growth.size());
        for (GnutellaOutputs.GrowthRow g : growth) {
            int h = g.hop();
            assertEquals(h == 1 ? 4 : 12 * (h - 1), g.messages(), "hop " + h);
            assertEquals(4 * h, g.reachedNew(), "hop " + h + ": the diamond's rim");
            assertEquals(torusBall(h) - 1, g.reached(), "hop " + h);
            assertEquals(g.messages() - g.reachedNew(), g.duplicates(), "hop " + h);
        }
        Summary s = r.summary(0);
        assertEquals(0.0, s.number("success_rate"));
        assertTrue(Double.isNaN(s.number("first_hit_hops_mean")), s.toJson());
        assertEquals(400, s.number("servents"));
        assertEquals(800, s.number("topology_links"));
    }

    @Test
    void aWalkerDueToCheckBackWhileAtItsOwnRequesterAsksItselfAndWalksOn() throws IOException {
        // on a ring of 3 a walker cannot turn back, so after every third step it is at its requester
        GnutellaResult r = run(load("walk-home", 4, "12s", """
                  topology: {model: ring, nodes: 3}
                  content: {objects: 1, replicas: 0}
                  workload: {queries_per_second: 1, start: 5s, timeout: 5s}
                  search:
                    - {method: random_walk, walkers: 1, ttl: 30, check_every: 3}
                """));
        assertTrue(r.searches().size() >= 3, "searches " + r.searches().size());
        for (QueryRecord q : r.searches()) {
            assertEquals(30, q.messages, "the walker goes round its whole TTL");
            assertEquals(0, q.checkMessages, "every check fell at the requester: no datagram");
            assertEquals(2, q.reached);
            assertEquals(28, q.duplicates);
        }
    }

    @Test
    void twoTierSearchCoveringTheUltrapeersFindsEveryHolderForAFractionOfAFloodsMessages() throws IOException {
        // 16 ultrapeers on a 4 x 4 torus (diameter 4): with TTL 5 the query reaches every ultrapeer, and every
        // ultrapeer passes it to each of its leaves whose QRP table may match, which every holder's does
        GnutellaResult r = run(load("two-tier", 4, "35s", """
                  topology: {model: grid, rows: 4, cols: 4, torus: true}
                  ultrapeers: {leaves: 240, ultrapeers_per_leaf: 2, leaves_per_ultrapeer: 40}
                  content: {objects: 40, replicas: 60, allocation: proportional, queries: zipf}
                  workload: {queries_per_second: 1, start: 5s, timeout: 10s}
                  search:
                    - {method: two_tier, ttl: 5}
                    - {method: flood, ttl: 5}
                """));
        Map<Long, ServentRecord> servents = new HashMap<>();
        r.servents().forEach(s -> servents.put(s.node(), s));
        assertEquals(256, servents.size());
        assertEquals(16, r.servents().stream().filter(s -> s.role().equals("ultrapeer")).count());
        long leafLinks = 0;
        for (ServentRecord s : r.servents()) {
            if (s.role().equals("leaf")) {
                assertEquals(2, s.degree(), "leaf " + s.node());
                leafLinks += s.degree();
            } else {
                assertTrue(s.degree() >= 4 && s.degree() <= 4 + 40, "ultrapeer " + s.node() + ": " + s.degree());
            }
        }
        assertEquals(2L * 240, r.servents().stream().filter(s -> s.role().equals("ultrapeer"))
                .mapToLong(s -> s.degree() - 4).sum(), "every leaf link ends at an ultrapeer");
        assertEquals(480, leafLinks);

        List<QueryRecord> all = r.searches();
        assertTrue(all.size() >= 2 * 12, "Poisson, 30 +- 5.5 queries x 2 methods: " + all.size());
        int held = 0;
        long twoTierMessages = 0;
        long floodMessages = 0;
        for (int i = 0; i < all.size(); i += 2) {
            QueryRecord tt = all.get(i);
            QueryRecord flood = all.get(i + 1);
            assertEquals("two_tier", tt.method);
            assertEquals("flood", flood.method);
            assertEquals(tt.query, flood.query);
            assertEquals(tt.origin, flood.origin);
            assertEquals(tt.object, flood.object);
            assertEquals("leaf", servents.get(tt.origin).role(), "queries start at leaves");
            // a requester does not answer itself; with nothing shared it cannot hold the object
            boolean originShares = servents.get(tt.origin).shared() > 0;
            if (originShares) {
                assertTrue(tt.hits == tt.replicas || tt.hits == tt.replicas - 1, tt.hits + " of " + tt.replicas);
            } else {
                assertEquals(tt.replicas, tt.hits, "query " + tt.query + ": one hit from every holder");
            }
            assertEquals(tt.replicas > 0, tt.success(), "query " + tt.query + " for " + tt.replicas + " replicas");
            held += tt.replicas > 0 ? 1 : 0;
            assertTrue(tt.reached >= 16, "every ultrapeer: " + tt.reached);
            // the flood reaches all 255 other servents (no ultrapeer is 4 hops from both of a leaf's two), so it
            // finds the same holders, paying a copy for every leaf of every ultrapeer
            assertEquals(255, flood.reached, "query " + flood.query);
            assertEquals(tt.hits, flood.hits, "query " + flood.query);
            assertTrue(tt.messages < flood.messages, tt.messages + " vs " + flood.messages);
            twoTierMessages += tt.messages;
            floodMessages += flood.messages;
        }
        assertTrue(held >= 10, "most queries are for objects with replicas: " + held);
        assertTrue(twoTierMessages * 4 < floodMessages, twoTierMessages + " vs " + floodMessages);
        Summary s = r.summary(0);
        assertEquals(256, s.number("servents"));
        assertEquals(16, s.number("topology_nodes"));
        assertEquals(32, s.number("topology_links"));
    }

    @Test
    void underChurnServentsLeaveAndReturnAndTheOnlineCountAgreesWithTheServentsAtTheEnd() throws IOException {
        GnutellaResult r = run(load("churn", 6, "140s", """
                  topology: {model: random_regular, nodes: 300, degree: 4}
                  content: {objects: 20, replicas: 300}
                  workload: {queries_per_second: 0.5, start: 10s, timeout: 10s}
                  search:
                    - {method: flood, ttl: 4}
                    - {method: random_walk, walkers: 8, ttl: 40, check_every: 4}
                  churn:
                    session: {dist: exponential, mean: 60s}
                    offline: {dist: exponential, mean: 60s}
                """));
        Summary s = r.summary(0);
        assertTrue(r.departures() > 250, "300 servents, 140 s of 60 s sessions and 60 s absences: " + r.departures());
        assertEquals(r.departures(), (long) s.number("churn_departures"));
        double[] time = r.timeSeries().column("time_s");
        double[] online = r.timeSeries().column("servents_online");
        double least = 300;
        for (int i = 0; i < time.length; i++) {
            if (time[i] <= 10) {
                assertEquals(300, online[i], "no churn before the workload starts, at " + time[i] + " s");
            }
            least = Math.min(least, online[i]);
        }
        assertTrue(least < 300, "some servents went offline");
        long endOnline = r.servents().stream().filter(ServentRecord::online).count();
        assertEquals(endOnline, (long) online[online.length - 1], "the last sample counts the servents online");
        // equal session and offline means of 60 s: a servent is online t after churn starts with probability
        // 1/2 + e^(-2 t / 60 s) / 2, 0.505 after the 140 s from 10 s to the end at 150 s; 300 servents give
        // 152 +- 8.7, so these bounds are more than five sd away
        assertTrue(endOnline > 105 && endOnline < 200, "online at the end: " + endOnline);
        double finished = 0;
        for (double v : r.timeSeries().column("searches_finished")) {
            finished += v;
        }
        assertEquals(r.searches().size(), (long) finished, "every search is counted once when its measuring ends");
        for (QueryRecord q : r.searches()) {
            assertTrue(q.startNanos >= 10_000_000_000L && q.startNanos < 140_000_000_000L, "start " + q.startNanos);
        }
    }

    @Test
    void aRerunWithTheSameSeedIsByteIdenticalExceptWallTimeAndAnotherSeedDiffers() throws IOException {
        Scenario s = load("rerun", 12, "40s", """
                  topology: {model: random_regular, nodes: 200, degree: 4}
                  content: {objects: 30, replicas: 120, allocation: square_root, queries: zipf}
                  workload: {queries_per_second: 1, start: 5s, timeout: 10s}
                  search:
                    - {method: flood, ttl: 4}
                    - {method: expanding_ring, start: 1, step: 2, max: 5, wait: 1s}
                    - {method: random_walk, walkers: 8, ttl: 50, check_every: 4}
                  churn:
                    session: {dist: exponential, mean: 60s}
                    offline: {dist: exponential, mean: 30s}
                """);
        Path file = dir.resolve("rerun.yaml");
        Path first = runCli(file, "first");
        Path second = runCli(file, "second");
        for (String f : List.of("scenario.yaml", "timeseries.csv", "queries.csv", "servents.csv", "flood-growth.csv",
                "trace.jsonl")) {
            assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
        }
        assertEquals(summaryWithoutWallTime(first), summaryWithoutWallTime(second));
        assertTrue(Files.readAllLines(first.resolve("queries.csv")).size() > 3 * 25, "queries were run");
        assertTrue(Files.readString(first.resolve("summary.json")).contains("\"churn_departures\": "));
        assertEquals(s.section(GnutellaSpec.class),
                Scenarios.load(first.resolve("scenario.yaml")).section(GnutellaSpec.class),
                "the written scenario.yaml reads back to the same gnutella section");

        Path other = runCli(file, "other-seed", "--seed", "13");
        assertNotEquals(Files.readString(first.resolve("queries.csv")), Files.readString(other.resolve("queries.csv")));
    }

    private Path runCli(Path scenario, String out, String... more) {
        Path to = dir.resolve(out);
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", to.toString(), "--no-report",
                "--trace"));
        args.addAll(List.of(more));
        MainRun r = MainRun.of(args.toArray(new String[0]));
        assertEquals(0, r.exit(), r.out() + r.err());
        return to;
    }

    /** summary.json without {@code wall_s}, its only non-deterministic field. */
    private static String summaryWithoutWallTime(Path run) throws IOException {
        String json = Files.readString(run.resolve("summary.json"));
        assertTrue(json.contains("\"wall_s\": "), json);
        return json.replaceAll("\"wall_s\": [^,\\n]*", "");
    }
}
