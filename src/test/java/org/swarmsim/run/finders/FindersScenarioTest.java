package org.swarmsim.run.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swarmsim.run.ScenarioProblems.assertProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.metrics.OutputFile;
import org.swarmsim.metrics.Summary;
import org.swarmsim.run.Kinds;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.ScenarioProblems;
import org.swarmsim.run.Scenarios;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioException;

/**
 * {@code kind: finders} scenarios: each malformed field of the {@code finders} section the issue
 * names is refused with its line, field and what is allowed; a small run is deterministic, every
 * finder serves at most L peers, and every search's answer is counted once.
 */
class FindersScenarioTest {
    /** Line 4 is nodes, 5 fraction, 6 geometry, 7 r, 8 cache, 9 peers_per_finder. */
    private static final String BASE = """
            name: errors
            kind: finders
            finders:
              nodes: 400
              fraction: 25%
              geometry: symphony
              r: 2
              cache: 50
              peers_per_finder: 10
              swarms: 20
              warmup: 5s
              workload: {searches_per_second: 20, duration: 10s}
            """;

    @TempDir
    Path dir;

    private ScenarioException.Problem onlyProblem(String file, String from, String to) throws IOException {
        return new ScenarioProblems(dir, BASE).onlyProblem(file, from, to);
    }

    @Test
    void rejectsAFinderFractionOfZeroOrAboveOne() throws IOException {
        for (String bad : List.of("0", "0%", "1.5", "120%", "-0.1")) {
            ScenarioException.Problem p = onlyProblem("bad-fraction.yaml", "fraction: 25%", "fraction: " + bad);
            assertProblem(p, 5, 13, "finders.fraction", "must be above 0 and at most 1 (given " + bad,
                    "allowed: 0 < fraction <= 1");
        }
    }

    @Test
    void rejectsLBelowOneAndCBelowOne() throws IOException {
        assertProblem(onlyProblem("bad-l.yaml", "peers_per_finder: 10", "peers_per_finder: 0"), 9, 21,
                "finders.peers_per_finder", "out of range (given 0; allowed: an integer from 1");
        assertProblem(onlyProblem("bad-c.yaml", "cache: 50", "cache: 0"), 8, 10, "finders.cache",
                "out of range (given 0; allowed: an integer from 1");
    }

    @Test
    void rejectsANegativeKleinbergExponent() throws IOException {
        assertProblem(onlyProblem("bad-r.yaml", "r: 2", "r: -1"), 7, 6, "finders.r",
                "must be a number >= 0 (given -1", "allowed: 0 <= r");
    }

    @Test
    void rejectsAGeometryNotInTheRegistryListingTheAllowedOnes() throws IOException {
        assertProblem(onlyProblem("bad-geometry.yaml", "geometry: symphony", "geometry: symphoni"), 6, 13,
                "finders.geometry", "unknown finder geometry 'symphoni'", "symphony, kleinberg, kademlia, random",
                "did you mean 'symphony'?");
    }

    @Test
    void rejectsKleinbergWithANumberOfFindersThatIsNotASquare() throws IOException {
        assertProblem(onlyProblem("bad-square.yaml", "fraction: 25%\n  geometry: symphony",
                "fraction: 20%\n  geometry: kleinberg"), 4, 10, "finders.nodes",
                "must be a square (given 400 x 0.2 = 80 finders", "such as 64 or 81");
    }

    @Test
    void aWrittenScenarioReadsBackToAnEqualSectionWithChurnAndFailures() throws IOException {
        String rich = BASE + """
                  churn:
                    session: {dist: exponential, mean: 30s}
                    offline: {dist: exponential, mean: 5s}
                  peer_churn:
                    session: {dist: exponential, mean: 60s}
                    offline: {dist: constant, value: 10s}
                  failures: [{at: 2s, fraction: 10%}]
                """;
        ScenarioProblems files = new ScenarioProblems(dir, BASE);
        Scenario s = Scenarios.load(files.write("rich.yaml", rich));
        String written = s.toYaml();
        Scenario again = Scenarios.load(files.write("rich-again.yaml", written));
        assertEquals(s.section(FindersSpec.class), again.section(FindersSpec.class));
        assertEquals(written, again.toYaml(), "writing is a fixed point");
    }

    @Test
    void aSmallRunIsDeterministicAndRespectsTheFindersLimits() throws IOException {
        Path f = new ScenarioProblems(dir, BASE).write("ok.yaml", BASE);
        Scenario s = Scenarios.load(f);
        RunResult a = Kinds.of(s).run(s, RunRequest.of(0));
        RunResult b = Kinds.of(s).run(s, RunRequest.of(0));
        List<OutputFile> ta = a.tables();
        List<OutputFile> tb = b.tables();
        assertEquals(ta.size(), tb.size());
        for (int i = 0; i < ta.size(); i++) {
            assertEquals(ta.get(i).text(), tb.get(i).text(), ta.get(i).name());
        }
        FindersResult r = a.as(FindersResult.class);
        assertEquals(100, r.finders().size());
        for (FinderRecord fr : r.finders()) {
            assertTrue(fr.load() <= 10, "finder " + fr.number() + " serves " + fr.load() + " > L = 10");
            assertTrue(fr.cache() <= 50, "finder " + fr.number() + " caches " + fr.cache() + " > C = 50");
        }
        Summary sum = a.summary(0);
        assertTrue(sum.number("searches_total") > 100, "about 200 searches: " + sum.number("searches_total"));
        assertEquals(1.0, sum.number("answered_rate") >= 0.95 ? 1.0 : sum.number("answered_rate"), 0.0,
                "a static network answers (almost) every search");
        for (SearchRecord sr : r.searches()) {
            if (sr.answered()) {
                assertTrue(sr.hops() >= 0 && sr.messages() >= 2 + sr.hops(), "a search of " + sr.hops() + " hops needs "
                        + "its first hop, an answer and an acknowledged message per hop: " + sr.messages());
            }
            if (sr.success()) {
                assertTrue(sr.members() > 0, "contacts of a swarm that has no member online");
            }
        }
    }
}
