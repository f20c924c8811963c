package org.swarmsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStreams;
import org.swarmsim.sim.stats.ConfidenceInterval;
import org.swarmsim.sim.stats.Tally;

/** Checks the kernel, the process layer and the random streams against queueing theory. */
class MM1TheoryTest {

    /**
     * Mean time in system of M/M/1 is 1/(mu - lambda). Independent replications (substreams
     * 0..R-1) give one mean each; theory must lie in the 99% Student-t interval of those means,
     * and the interval must be tight enough (within 6% of theory) for the check to mean something.
     */
    @ParameterizedTest(name = "load {0}")
    @CsvSource({"0.5", "0.8"})
    void meanTimeInSystemMatchesOneOverMuMinusLambda(double load) {
        double mu = 1.0;
        double lambda = load * mu;
        double theory = 1 / (mu - lambda);
        RandomStreams base = new RandomStreams(20261121L);
        Tally replicationMeans = new Tally("replication means");
        for (int r = 0; r < 30; r++) {
            Tally t = new MM1Model(base.forReplication(r), lambda, mu, 2_000, 20_000, null).run();
            replicationMeans.add(t.mean());
        }
        ConfidenceInterval ci = replicationMeans.confidenceInterval(0.99);
        assertTrue(ci.contains(theory), "theory " + theory + " outside " + ci);
        assertTrue(ci.halfWidth() < 0.06 * theory, "interval too wide to test anything: " + ci);
    }

    @Test
    void sameSeedGivesTheSameEventLogAndAnotherSeedDoesNot() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<String> c = new ArrayList<>();
        new MM1Model(new RandomStreams(7), 0.7, 1.0, 0, 500, a).run();
        new MM1Model(new RandomStreams(7), 0.7, 1.0, 0, 500, b).run();
        new MM1Model(new RandomStreams(8), 0.7, 1.0, 0, 500, c).run();
        assertTrue(a.size() > 1_000);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }
}
