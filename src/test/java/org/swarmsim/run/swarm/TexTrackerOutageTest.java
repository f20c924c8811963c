package org.swarmsim.run.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;

/**
 * {@code scenarios/tex-tracker-outage.yaml}: the leechers know only the first of two trackers, which
 * goes down at 10 min. With tracker exchange every peer learns the second (the seed knows it and it
 * worked), fails over to it and completes; without, leechers that joined shortly before the outage
 * stall for good.
 */
class TexTrackerOutageTest {
    private static SwarmResult run(String sources) {
        Scenario s = Scenarios.load(Path.of("scenarios/tex-tracker-outage.yaml"), List.of("discovery.sources=" + sources));
        return SwarmRun.run(s, RunRequest.of(0));
    }

    @Test
    void withTrackerExchangeTheLeechersAtTheOutageKnowTheSecondTrackerAndAllComplete() {
        SwarmResult r = run("[tracker, tex]");
        assertEquals(r.leechersTotal(), r.leechersDone());
        List<PeerRecord> atOutage = r.peers().stream().filter(p -> !p.initialSeed() && p.joinS() < 600
                && (!p.completed() || p.completionS() > 660)).toList();
        assertTrue(atOutage.size() >= 10, "leechers still downloading a minute after the outage: " + atOutage.size());
        for (PeerRecord p : atOutage) {
            assertEquals(2, p.discovery().trackersKnown(), p + " had heard of the second tracker");
        }
        assertTrue(r.summary(0).number("tex_bytes_total") > 0);
    }

    @Test
    void withoutItLeechersThatJoinedBeforeTheOutageStall() {
        SwarmResult r = run("[tracker]");
        List<PeerRecord> stalled = r.peers().stream().filter(p -> !p.initialSeed() && !p.completed()).toList();
        assertTrue(stalled.size() >= 3, "stalled: " + stalled.size());
        for (PeerRecord p : stalled) {
            assertEquals(1, p.discovery().trackersKnown(), p.toString());
            assertTrue(p.joinS() < 600, p + " joined before the outage");
        }
        assertEquals(2, r.peers().get(0).discovery().trackersKnown(), "the seed has the .torrent");
    }
}
