package org.swarmsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.swarmsim.cli.MainRun;
import org.swarmsim.run.dhtlookups.DhtLookupSpec;
import org.swarmsim.run.swarm.SwarmSpec;
import org.swarmsim.scenario.*;

/** Every scenario shipped in {@code scenarios/} validates, and says what it shows and how to run it. */
class ShippedScenariosTest {
    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedScenarioValidates() throws IOException {
        List<Path> files = shipped();
        assertTrue(files.size() >= 6, files.toString());
        for (Path f : files) {
            MainRun r = MainRun.of("validate", f.toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("OK " + f), r.out());
        }
    }

    @Test
    void everyShippedScenarioStartsWithACommentSayingHowToRunIt() throws IOException {
        for (Path f : shipped()) {
            List<String> lines = Files.readAllLines(f);
            assertTrue(lines.get(0).startsWith("# "), f + " must start with a comment header");
            assertTrue(lines.stream().takeWhile(l -> l.startsWith("#"))
                            .anyMatch(l -> l.matches("#\\s*(Run|One point|Follow|Validate|More)[^:]*:\\s+(\\S+=\\S+\\s+)?swarmsim \\S.*")),
                    f + " header must say how to run it (a '# Run: swarmsim ...' line)");
        }
    }

    @Test
    void theShippedScenariosDescribeWhatTheirNamesPromise() throws IOException {
        Scenario quick = Scenarios.load(Path.of("scenarios/quickstart.yaml"));
        assertEquals(20, SwarmSpec.of(quick).torrent().pieceCount());
        assertEquals(new FlashCrowdArrivals(5, 0), SwarmSpec.of(quick).population().leechers().arrival());
        assertEquals(1, SwarmSpec.of(quick).population().seeds().count());

        Scenario crowd = Scenarios.load(Path.of("scenarios/flash-crowd.yaml"));
        assertEquals(1000, ((FlashCrowdArrivals) SwarmSpec.of(crowd).population().leechers().arrival()).count());

        Scenario tft = Scenarios.load(Path.of("scenarios/tit-for-tat-fairness.yaml"));
        long[] upKbit = tft.network().classes().stream().mapToLong(c -> c.uploadBytesPerSecond() * 8 / 1000).toArray();
        long[] downKbit = tft.network().classes().stream().mapToLong(c -> c.downloadBytesPerSecond() * 8 / 1000).toArray();
        assertEquals(List.of(320L, 460L, 670L, 900L, 1200L, 1800L, 3000L), java.util.Arrays.stream(upKbit).boxed().toList());
        assertEquals(List.of(640L, 920L, 1340L, 1800L, 2400L, 3600L, 6000L), java.util.Arrays.stream(downKbit).boxed().toList());

        Scenario sweep = Scenarios.load(Path.of("scenarios/rarest-vs-random.yaml"));
        assertEquals(List.of("rarest_first", "random"), sweep.sweep().vary().get("protocol.picker"));
        assertEquals(DistributionSpec.constant(0), SwarmSpec.of(sweep).population().leechers().lingering());

        Scenario riders = Scenarios.load(Path.of("scenarios/free-riders.yaml"));
        assertEquals(0.2, SwarmSpec.of(riders).population().leechers().behaviours().get("free_rider"));

        Scenario lookups = Scenarios.load(Path.of("scenarios/dht-lookups.yaml"));
        assertEquals("dht_lookups", lookups.kindName());
        assertEquals(2000, lookups.section(DhtLookupSpec.class).nodes());
        assertEquals(2.0, lookups.section(DhtLookupSpec.class).lookupsPerSecond(), 0);
        assertEquals(DistributionSpec.exponential(30L * 60 * 1_000_000_000L), lookups.section(DhtLookupSpec.class).churn().session());
        assertEquals(DistributionSpec.exponential(30L * 60 * 1_000_000_000L), lookups.section(DhtLookupSpec.class).churn().offline());

        Scenario steady = Scenarios.load(Path.of("scenarios/steady-state.yaml"));
        assertEquals(0.1, ((PoissonArrivals) SwarmSpec.of(steady).population().leechers().arrival()).ratePerSecond(), 1e-12);
    }
}
