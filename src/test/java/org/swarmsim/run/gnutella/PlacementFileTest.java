package org.swarmsim.run.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/** {@code gnutella.content.file}: a placement file puts exactly the listed objects on the listed servents. */
class PlacementFileTest {
    @TempDir
    Path dir;

    private Path scenario(String placement) throws IOException {
        Files.writeString(dir.resolve("holders.txt"), placement);
        return Files.writeString(dir.resolve("placed.yaml"), """
                name: placed
                kind: gnutella
                duration: 40s
                network: {latency: 20ms}
                gnutella:
                  topology: {model: ring, nodes: 12}
                  content: {objects: 3, file: holders.txt}
                  workload: {queries_per_second: 2, start: 1s, timeout: 10s}
                  search:
                    - {method: flood, ttl: 6}
                """);
    }

    @Test
    void theListedServentsHoldTheListedObjectsAndNothingElse() throws IOException {
        Scenario s = Scenarios.load(scenario("# node object\n3 0\n7 0\n\n3 2\n"));
        assertEquals(3, s.section(GnutellaSpec.class).content().replicas());
        GnutellaResult r = (GnutellaResult) Kinds.of(s).run(s, RunRequest.of(0));
        assertEquals(List.of(0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0), r.servents().stream().map(ServentRecord::shared).toList());
        for (QueryRecord q : r.searches()) {
            assertEquals(q.object == 0 ? 2 : q.object == 2 ? 1 : 0, q.replicas, "object " + q.object);
            // object 1 is held by nobody; a requester does not search its own library, so servent 3 finds
            // object 2 nowhere else; every other search has a holder within 6 hops on a ring of 12
            boolean found = q.object == 0 || (q.object == 2 && q.origin != 3);
            assertEquals(found, q.success(), "object " + q.object + " from " + q.origin);
        }
        assertTrue(r.searches().size() > 40);
    }

    @Test
    void aMalformedLineNamesThePlacementFileAndItsLine() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(scenario("3 0\n3 x\n")));
        assertTrue(e.getMessage().contains("holders.txt:2: expected \"node object\""), e.getMessage());
        assertTrue(e.getMessage().contains("gnutella.content.file"), e.getMessage());
    }

    @Test
    void anUnknownNodeAnObjectOutOfRangeAndATwiceListedPairAreRefused() throws IOException {
        assertTrue(assertThrows(ScenarioException.class, () -> Scenarios.load(scenario("12 0\n"))).getMessage()
                .contains("node 12 is not a servent of the overlay (allowed: 0..11)"));
        assertTrue(assertThrows(ScenarioException.class, () -> Scenarios.load(scenario("1 3\n"))).getMessage()
                .contains("holders.txt:1: object 3 of node 1 is out of range (allowed: node ids >= 0, objects 0..2)"));
        assertTrue(assertThrows(ScenarioException.class, () -> Scenarios.load(scenario("1 1\n1 1\n"))).getMessage()
                .contains("holders.txt:2: node 1 holds object 1 twice"));
    }
}
