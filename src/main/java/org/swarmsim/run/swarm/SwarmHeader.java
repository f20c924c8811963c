package org.swarmsim.run.swarm;

import java.util.ArrayList;
import java.util.List;
import org.swarmsim.report.KeyParameter;
import org.swarmsim.report.ReadableNumber;
import org.swarmsim.run.ScenarioHeader;
import org.swarmsim.scenario.FlashCrowdArrivals;
import org.swarmsim.scenario.Scenario;

/** The key parameters of a swarm run's report: population, torrent, picker and choker, behaviours, network. */
final class SwarmHeader {
    private SwarmHeader() {
    }

    static List<KeyParameter> of(Scenario scenario) {
        SwarmSpec s = (SwarmSpec) scenario.section();
        List<KeyParameter> out = new ArrayList<>();
        PopulationSpec p = s.population();
        String seeds = ReadableNumber.plain(p.seeds().count()) + (p.seeds().count() == 1 ? " seed" : " seeds");
        String leechers;
        if (p.leechers().arrival() instanceof FlashCrowdArrivals f) {
            leechers = ReadableNumber.plain(f.count()) + " leechers arriving at once at " + ScenarioHeader.seconds(f.atNanos());
        } else {
            leechers = "leechers arriving by " + p.leechers().arrival().name();
        }
        out.add(new KeyParameter("Population", seeds + ", " + leechers));
        TorrentSpec t = s.torrent();
        long pieces = (t.sizeBytes() + t.pieceLengthBytes() - 1) / t.pieceLengthBytes();
        out.add(new KeyParameter("Torrent", ReadableNumber.bytes(t.sizeBytes()) + " in " + ReadableNumber.plain(pieces)
                + " pieces of " + ReadableNumber.bytes(t.pieceLengthBytes()) + " (v" + t.version() + ")"));
        ProtocolSpec pr = s.protocol();
        ChokerSpec c = pr.choker();
        out.add(new KeyParameter("Picker / choker", pr.picker() + " / " + c.policy() + " (" + c.regularSlots() + " regular + "
                + c.optimisticSlots() + " optimistic slots, seeds by " + c.seedRule() + ")"));
        out.add(new KeyParameter("Leecher behaviours", ScenarioHeader.shares(p.leechers().behaviours())));
        out.add(new KeyParameter("Discovery", String.join(", ", s.discovery().sources())));
        out.addAll(ScenarioHeader.common(scenario, true));
        return out;
    }
}
