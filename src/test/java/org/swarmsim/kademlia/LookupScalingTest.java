package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/**
 * Lookup hops grow like log2(N): over N = 1,000 .. 32,000 (doubling), the mean rounds fit
 * {@code a + b log2 N} almost perfectly with a positive slope, and no lookup ever takes more than
 * {@code ceil(log2 N) + C} rounds. Measured: slope about 0.24 per doubling (close to
 * 1/log2(k) = 0.33 for k = 8, less because α = 3 queries run in parallel), mean 2.7 rounds at
 * 1,000 nodes and 3.9 at 32,000, max 6 rounds, so C = 0 holds with room to spare.
 */
class LookupScalingTest {
    private static final int C = 0;

    @Test
    void roundsGrowLikeLog2NAndNeverExceedCeilLog2NPlusC() {
        SimpleRegression fit = new SimpleRegression();
        StringBuilder table = new StringBuilder();
        for (int n = 1000; n <= 32000; n *= 2) {
            LookupExperiment.Summary s = LookupExperiment.of(n, 250, DhtConfig.bep5(), 17).run();
            double log2n = Math.log(n) / Math.log(2);
            fit.addData(log2n, s.meanRounds());
            table.append(String.format("N=%d mean=%.2f max=%d%n", n, s.meanRounds(), s.maxRounds()));
            assertTrue(s.maxRounds() <= Math.ceil(log2n) + C, "N=" + n + ": max rounds " + s.maxRounds());
            assertEquals(1.0, s.exactRate(), "static network: every lookup finds the true k closest (N=" + n + ")");
        }
        assertTrue(fit.getSlope() > 0.15 && fit.getSlope() < 0.5,
                "rounds per doubling of N should be about 1/log2(k); fit slope " + fit.getSlope() + "\n" + table);
        assertTrue(fit.getRSquare() > 0.97, "rounds should be linear in log2 N; R^2 " + fit.getRSquare() + "\n" + table);
    }
}
