package org.swarmsim.run.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.gnutella.SearchMethod;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/** The shipped gnutella scenarios are what their header comments say they are. */
class GnutellaShippedScenariosTest {
    private static final long S = 1_000_000_000L;

    private static GnutellaSpec load(String file) {
        Scenario s = Scenarios.load(Path.of("scenarios", file));
        assertEquals("gnutella", s.kindName());
        return s.section(GnutellaSpec.class);
    }

    @Test
    void methodsComparesFloodExpandingRingAndRandomWalkersOnTenThousandServents() {
        GnutellaSpec g = load("gnutella-methods.yaml");
        assertEquals(new TopologySpec.RandomRegularSpec(10_000, 4), g.topology());
        assertEquals(new GnutellaSpec.Content(100, 10_000, "uniform", false, 1.0, 4L << 20), g.content());
        assertEquals(List.of(new SearchMethod.Flood(7), new SearchMethod.ExpandingRing(1, 2, 7, 2 * S),
                new SearchMethod.RandomWalk(16, 255, 4)), g.methods());
        assertEquals(1.0, g.workload().perSecond(), 0);
    }

    @Test
    void twoTierHasTwoThousandUltrapeersAndEighteenThousandLeaves() {
        GnutellaSpec g = load("gnutella-two-tier.yaml");
        assertEquals(new TopologySpec.RandomRegularSpec(2_000, 6), g.topology());
        assertEquals(new GnutellaSpec.Ultrapeers(18_000, 3, 30), g.ultrapeers());
        assertEquals(20_000, g.servents());
        assertTrue(g.content().zipf(), "Zipf queries");
        assertEquals(List.of(new SearchMethod.TwoTier(3), new SearchMethod.Flood(3)), g.methods());
    }

    @Test
    void snapSearchesTheAugust2002CrawlAndCitesIt() throws IOException {
        GnutellaSpec g = load("gnutella-snap.yaml");
        TopologySpec.EdgeListSpec crawl = (TopologySpec.EdgeListSpec) g.topology();
        assertEquals(Path.of("scenarios/topologies/p2p-Gnutella04.txt").toAbsolutePath().normalize(), crawl.file());
        assertEquals(10_876, crawl.nodes());
        assertEquals(List.of(new SearchMethod.Flood(4), new SearchMethod.RandomWalk(16, 255, 4)), g.methods());
        String header = String.join("\n", Files.readAllLines(Path.of("scenarios/gnutella-snap.yaml")).stream()
                .takeWhile(l -> l.startsWith("#")).toList());
        for (String cited : List.of("Ripeanu", "Mapping the Gnutella Network", "Leskovec",
                "https://snap.stanford.edu/data/p2p-Gnutella04.html")) {
            assertTrue(header.contains(cited), cited);
        }
    }
}
