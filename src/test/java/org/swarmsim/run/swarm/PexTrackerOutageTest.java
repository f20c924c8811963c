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
 * {@code scenarios/pex-tracker-outage.yaml}: the tracker goes offline at 10 min. With peer exchange
 * every leecher completes; without it, leechers that joined in the minutes before the outage know
 * only the few peers the tracker gave them, and once those have completed and left they stall for
 * good (nobody they know is left, and nobody can tell them of anyone else).
 */
class PexTrackerOutageTest {
    private static final double OUTAGE_S = 600;

    private static SwarmResult run(String sources) throws Exception {
        Scenario s = Scenarios.load(Path.of("scenarios/pex-tracker-outage.yaml"),
                List.of("discovery.sources=" + sources));
        return SwarmRun.run(s, RunRequest.of(0));
    }

    @Test
    void withPexEveryLeecherCompletesAndLateJoinersLearnMostPeersFromPex() throws Exception {
        SwarmResult r = run("[tracker, pex]");
        assertEquals(r.leechersTotal(), r.leechersDone(), "every leecher completes");
        List<PeerRecord> late = r.peers().stream().filter(p -> !p.initialSeed() && p.joinS() > OUTAGE_S - 120).toList();
        assertTrue(late.size() >= 20, "leechers in the two minutes before the outage: " + late.size());
        for (PeerRecord p : late) {
            assertTrue(p.discovery().fromPex() > p.discovery().fromTracker(), p + " learned more peers by PEX: "
                    + p.discovery());
        }
    }

    @Test
    void withoutPexLeechersThatJoinedJustBeforeTheOutageStall() throws Exception {
        SwarmResult r = run("[tracker]");
        List<PeerRecord> stalled = r.peers().stream().filter(p -> !p.initialSeed() && !p.completed()).toList();
        assertTrue(stalled.size() >= 5, "stalled leechers: " + stalled.size());
        for (PeerRecord p : stalled) {
            assertTrue(p.joinS() > OUTAGE_S - 120 && p.joinS() < OUTAGE_S, p + " joined shortly before the outage");
            assertTrue(p.discovery().fromTracker() <= 30 && p.discovery().fromPex() == 0, p.discovery().toString());
        }
        assertTrue(r.peers().stream().allMatch(p -> p.discovery().pexBytes() == 0));
    }
}
