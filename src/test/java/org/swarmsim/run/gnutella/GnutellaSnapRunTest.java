package org.swarmsim.run.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.gnutella.topology.EdgeListReader;
import org.swarmsim.gnutella.topology.Topology;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;

/**
 * A run on the shipped Gnutella crawl of 4 August 2002 (SNAP p2p-Gnutella04) with a tiny
 * workload: summary.json repeats the graph's facts, every link of the crawl is open, and floods of
 * TTL 2 from node 1 and from the best-connected node reach exactly their 2-hop neighbourhoods.
 */
class GnutellaSnapRunTest {
    private static final Path CRAWL = Path.of("scenarios/topologies/p2p-Gnutella04.txt").toAbsolutePath();

    @TempDir
    static Path dir;
    private static Topology graph;
    private static long hub;
    private static GnutellaResult result;

    @BeforeAll
    static void runTheCrawl() throws IOException {
        graph = EdgeListReader.read(CRAWL).toTopology();
        int best = 0;
        for (int v = 1; v < graph.nodes(); v++) {
            best = graph.degree(v) > graph.degree(best) ? v : best;
        }
        hub = graph.label(best);
        Path f = Files.writeString(dir.resolve("snap.yaml"), """
                name: snap-facts
                seed: 2
                kind: gnutella
                duration: 8s
                network:
                  latency: {model: constant, value: 50ms}
                gnutella:
                  topology: {model: edge_list, file: %s}
                  content: {objects: 10, replicas: 0}
                  workload: {queries_per_second: 1, start: 5s, origins: [1, %d], timeout: 2s}
                  search:
                    - {method: flood, ttl: 2}
                metrics: {sample_interval: 1s}
                """.formatted(CRAWL, hub));
        result = new GnutellaRun(Scenarios.load(f), 0).run(RunRequest.of(0));
    }

    @Test
    void theSummaryRepeatsTheCrawlsFacts() {
        Summary s = result.summary(0);
        assertEquals(10_876, s.number("topology_nodes"));
        assertEquals(39_994, s.number("topology_links"));
        assertEquals(0, s.number("dropped_self_loops"));
        assertEquals(0, s.number("dropped_duplicate_links"));
        assertEquals(10_876, s.number("topology_largest_component"));
        assertEquals(2.0 * 39_994 / 10_876, s.number("topology_mean_degree"), 1e-9);
        assertEquals(10_876, s.number("servents"));
        assertEquals(0, s.number("churn_departures"));
    }

    @Test
    void everyServentKeepsTheCrawlsIdAndOpensEveryOneOfItsLinks() {
        List<ServentRecord> servents = result.servents();
        assertEquals(10_876, servents.size());
        long ends = 0;
        for (int v = 0; v < servents.size(); v++) {
            ServentRecord s = servents.get(v);
            assertEquals(graph.label(v), s.node());
            assertEquals("peer", s.role());
            assertEquals(graph.degree(v), s.degree(), "servent " + s.node());
            ends += s.degree();
        }
        assertEquals(2L * 39_994, ends);
    }

    @Test
    void aFloodOfTtlTwoReachesExactlyTheRequestersTwoHopNeighbourhood() {
        List<QueryRecord> searches = result.searches();
        assertTrue(searches.size() >= 2, "queries alternate between node 1 and the hub: " + searches.size());
        for (int i = 0; i < searches.size(); i++) {
            QueryRecord q = searches.get(i);
            assertEquals(i % 2 == 0 ? 1 : hub, q.origin);
            int v = graph.indexOf(q.origin);
            int[] distance = graph.distancesFrom(v);
            long withinTwo = 0;
            for (int d : distance) {
                withinTwo += d == 1 || d == 2 ? 1 : 0;
            }
            // the requester sends one copy per link; each neighbour forwards its copy on its other links
            long messages = graph.degree(v);
            for (int u : graph.neighbors(v)) {
                messages += graph.degree(u) - 1;
            }
            assertEquals(withinTwo, q.reached, "from " + q.origin);
            assertEquals(messages, q.messages, "from " + q.origin);
            assertEquals(messages - withinTwo, q.duplicates, "from " + q.origin);
            assertEquals(0, q.hits);
        }
        assertEquals(103, graph.degree(graph.indexOf(hub)), "the crawl's largest degree");
    }
}
