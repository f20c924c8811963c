package org.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.run.Progress.Status;

/** The progress bar's ETA: from what ends the run, and "until duration" only when the duration does. */
class EtaEstimatorTest {
    private static final long S = 1_000_000_000L;

    private static Status swarm(long simS, long durationS, double work, long lastJoinS) {
        return new Status(simS * S, durationS * S, work, lastJoinS * S, "", 0, 0);
    }

    @Test
    void aRunEndingLongBeforeItsDurationGetsAShortEta() {
        // A flash crowd at 200 s of a 2 h duration after 20 s of wall time, half of its bytes delivered:
        // the run ends when the other half is, about 20 s from now, not in 700 s.
        EtaEstimator.Eta eta = EtaEstimator.estimate(20, swarm(200, 7200, 0.5, 0));
        assertEquals(20.0, eta.seconds(), 1e-9);
        assertFalse(eta.untilDuration());
        assertEquals("20s", eta.text());
    }

    @Test
    void withoutAnythingEndingItEarlyTheEtaIsUntilTheDuration() {
        EtaEstimator.Eta eta = EtaEstimator.estimate(10, Status.byTime(100 * S, 3600 * S, "", 0, 0));
        assertEquals(10.0 * 3500 / 100, eta.seconds(), 1e-9);
        assertTrue(eta.untilDuration());
        assertEquals("350s until duration", eta.text());
    }

    @Test
    void whenTheWorkWouldEndAfterTheDurationTheDurationEndsTheRun() {
        // 1% of the work in 10 s: 990 s more by the work, 350 s by the duration.
        EtaEstimator.Eta eta = EtaEstimator.estimate(10, swarm(100, 3600, 0.01, 0));
        assertEquals(350.0, eta.seconds(), 1e-9);
        assertTrue(eta.untilDuration());
    }

    @Test
    void leechersStillToJoinKeepTheRunGoingAtLeastUntilTheLastJoin() {
        // 90% of the work is done, but the last leecher joins at 2000 s: at the current pace, 190 s more.
        EtaEstimator.Eta eta = EtaEstimator.estimate(10, swarm(100, 3600, 0.9, 2000));
        assertEquals(190.0, eta.seconds(), 1e-9);
        assertFalse(eta.untilDuration());
    }

    @Test
    void beforeAnyWorkOrTimeThereIsNoEstimate() {
        assertEquals("-", EtaEstimator.estimate(0.5, swarm(0, 3600, 0, 0)).text());
        assertEquals("-", EtaEstimator.estimate(0.5, Status.byTime(0, 3600 * S, "", 0, 0)).text());
    }

    @Test
    void allTheWorkDoneMeansTheRunIsEnding() {
        assertEquals("0s", EtaEstimator.estimate(30, swarm(400, 7200, 1.0, 0)).text());
    }

    @Test
    void theBarFractionIsTheLargerOfTimeAndWork() {
        assertEquals(0.5, swarm(200, 7200, 0.5, 0).fraction(), 1e-12);
        assertEquals(0.25, Status.byTime(900 * S, 3600 * S, "", 0, 0).fraction(), 1e-12);
        assertEquals(1.0, swarm(9000, 7200, 0.1, 0).fraction(), 1e-12);
    }
}
