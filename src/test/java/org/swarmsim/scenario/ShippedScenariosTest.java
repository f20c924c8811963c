package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario shipped in {@code scenarios/} validates, and says what it shows and how to run it. */
class ShippedScenariosTest {
    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedScenarioValidates() throws IOException {
        List<Path> files = shipped();
        assertTrue(files.size() >= 6, files.toString());
        for (Path f : files) {
            BrokenScenariosTest.Result r = BrokenScenariosTest.validate(f.toString());
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("OK " + f), r.output());
        }
    }

    @Test
    void everyShippedScenarioStartsWithACommentSayingHowToRunIt() throws IOException {
        for (Path f : shipped()) {
            List<String> lines = Files.readAllLines(f);
            assertTrue(lines.get(0).startsWith("# "), f + " must start with a comment header");
            assertTrue(lines.stream().takeWhile(l -> l.startsWith("#")).anyMatch(l -> l.contains("java -jar")),
                    f + " header must say how to run it");
        }
    }

    @Test
    void theShippedScenariosDescribeWhatTheirNamesPromise() throws IOException {
        Scenario quick = ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"));
        assertEquals(10, quick.torrent().pieceCount());
        assertEquals(new FlashCrowdArrivals(3, 0), quick.population().leechers().arrival());
        assertEquals(1, quick.population().seeds().count());

        Scenario crowd = ScenarioLoader.load(Path.of("scenarios/flash-crowd.yaml"));
        assertEquals(1000, ((FlashCrowdArrivals) crowd.population().leechers().arrival()).count());

        Scenario tft = ScenarioLoader.load(Path.of("scenarios/tit-for-tat-fairness.yaml"));
        long[] upKbit = tft.network().classes().stream().mapToLong(c -> c.uploadBytesPerSecond() * 8 / 1000).toArray();
        long[] downKbit = tft.network().classes().stream().mapToLong(c -> c.downloadBytesPerSecond() * 8 / 1000).toArray();
        assertEquals(List.of(320L, 460L, 670L, 900L, 1200L, 1800L, 3000L), java.util.Arrays.stream(upKbit).boxed().toList());
        assertEquals(List.of(640L, 920L, 1340L, 1800L, 2400L, 3600L, 6000L), java.util.Arrays.stream(downKbit).boxed().toList());

        Scenario sweep = ScenarioLoader.load(Path.of("scenarios/rarest-vs-random.yaml"));
        assertEquals(List.of("rarest_first", "random"), sweep.sweep().vary().get("protocol.picker"));
        assertEquals(DistributionSpec.constant(0), sweep.population().leechers().lingering());

        Scenario riders = ScenarioLoader.load(Path.of("scenarios/free-riders.yaml"));
        assertEquals(0.1, riders.population().leechers().behaviours().get("free_rider"));

        Scenario lookups = ScenarioLoader.load(Path.of("scenarios/dht-lookups.yaml"));
        assertEquals(ScenarioKind.DHT_LOOKUPS, lookups.kind());
        assertEquals(2000, lookups.dht().nodes());
        assertEquals(2.0, lookups.dht().lookupsPerSecond(), 0);
        assertEquals(DistributionSpec.exponential(30L * 60 * 1_000_000_000L), lookups.dht().churn().session());
        assertEquals(DistributionSpec.exponential(30L * 60 * 1_000_000_000L), lookups.dht().churn().offline());

        Scenario steady = ScenarioLoader.load(Path.of("scenarios/steady-state.yaml"));
        assertEquals(0.1, ((PoissonArrivals) steady.population().leechers().arrival()).ratePerSecond(), 1e-12);
    }
}
