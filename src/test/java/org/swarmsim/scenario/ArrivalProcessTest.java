package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmsim.sim.random.RandomStreams;

class ArrivalProcessTest {
    private static final long S = 1_000_000_000L;

    @Test
    void aFlashCrowdArrivesAllAtOnce() {
        long[] t = new FlashCrowdArrivals(4, 5 * S).arrivalTimes(new RandomStreams(1).stream("a"));
        assertArrayEquals(new long[] {5 * S, 5 * S, 5 * S, 5 * S}, t);
    }

    @Test
    void poissonArrivalsAreSortedInsideTheWindowAndAsManyAsRateTimesDuration() {
        PoissonArrivals p = new PoissonArrivals(10, 100 * S, 1000 * S);
        long[] t = p.arrivalTimes(new RandomStreams(9).stream("arrivals"));
        for (int i = 0; i < t.length; i++) {
            assertTrue(t[i] >= 100 * S && t[i] < 1100 * S);
            assertTrue(i == 0 || t[i - 1] <= t[i]);
        }
        // Count is Poisson(10,000): standard deviation 100; allow four.
        assertEquals(10_000, t.length, 400);
        assertArrayEquals(t, p.arrivalTimes(new RandomStreams(9).stream("arrivals")));
    }

    @Test
    void poissonGapsHaveMeanOneOverTheRate() {
        long[] t = new PoissonArrivals(2, 0, 50_000 * S).arrivalTimes(new RandomStreams(4).stream("g"));
        double meanGap = (t[t.length - 1] - t[0]) / (double) (t.length - 1) / S;
        assertEquals(0.5, meanGap, 0.02);
    }

    @Test
    void aTraceIsReadSortedWithUnitsOrSeconds(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("arrivals.txt");
        Files.writeString(f, "# arrival times\n10\n2.5s\n\n1min\n0\n");
        long[] t = new TraceArrivals(f).arrivalTimes(new RandomStreams(1).stream("t"));
        assertArrayEquals(new long[] {0, 2_500_000_000L, 10 * S, 60 * S}, t);
    }

    @Test
    void aTraceWithABadLineNamesTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "1\n2\nsoon\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraceArrivals.read(f));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
