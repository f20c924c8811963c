package org.swarmsim.sim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] draws(RandomStream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    @Test
    void xoshiroMatchesTheReferenceImplementation() {
        // Reference output of xoshiro256** (Blackman & Vigna's C code) from state {1, 2, 3, 4}.
        RandomStream s = RandomStream.fromState(1, 2, 3, 4);
        assertArrayEquals(new long[] {11520L, 0L, 1509978240L, 1215971899390074240L}, draws(s, 4));
    }

    @Test
    void pinnedKnownAnswersForASeedAndKey() {
        // Pinned: if these change, every published result made with swarmsim changes too.
        RandomStream s = new RandomStreams(42, 0).stream("peer/17/picker");
        assertArrayEquals(PinnedValues.SEED42_PEER17_PICKER, draws(s, 3));
        RandomStream r = new RandomStreams(42, 3).stream("peer/17/picker");
        assertArrayEquals(PinnedValues.SEED42_REP3_PEER17_PICKER, draws(r, 3));
    }

    @Test
    void aStreamDependsOnlyOnSeedReplicationAndKeyNotOnCreationOrder() {
        RandomStreams streams = new RandomStreams(99);
        long[] alone = draws(streams.stream("peer/5/picker"), 100);

        RandomStreams other = new RandomStreams(99);
        List<RandomStream> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(other.stream("peer/" + i + "/choker"));   // more peers, other purposes first
        }
        for (RandomStream s : many) {
            draws(s, 10);                                       // and draw from them
        }
        assertArrayEquals(alone, draws(other.stream("peer/5/picker"), 100));
        assertArrayEquals(alone, draws(other.stream("peer", 5, "picker"), 100), "structured keys join with '/'");
    }

    @Test
    void differentKeysSeedsAndReplicationsGiveDifferentStreams() {
        long[] base = draws(new RandomStreams(1, 0).stream("a"), 8);
        assertFalse(java.util.Arrays.equals(base, draws(new RandomStreams(1, 0).stream("b"), 8)));
        assertFalse(java.util.Arrays.equals(base, draws(new RandomStreams(2, 0).stream("a"), 8)));
        assertFalse(java.util.Arrays.equals(base, draws(new RandomStreams(1, 1).stream("a"), 8)));
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1, -1));
    }

    @Test
    void neighbouringStreamsAreUncorrelated() {
        RandomStreams streams = new RandomStreams(5);
        int n = 20_000;
        double[] a = new double[n];
        double[] b = new double[n];
        RandomStream sa = streams.stream("peer/1/picker");
        RandomStream sb = streams.stream("peer/2/picker");
        for (int i = 0; i < n; i++) {
            a[i] = sa.nextDouble();
            b[i] = sb.nextDouble();
        }
        double r = new PearsonsCorrelation().correlation(a, b);
        // For independent uniforms, r ~ N(0, 1/n): |r| < 4.5/sqrt(n) fails with probability < 1e-5.
        assertTrue(Math.abs(r) < 4.5 / Math.sqrt(n), "correlation " + r);
    }

    @Test
    void nextIntIsUniformOverItsRange() {
        RandomStream s = new RandomStreams(11).stream("uniformity");
        int bins = 10;
        long[] counts = new long[bins];
        double[] expected = new double[bins];
        for (int i = 0; i < 100_000; i++) {
            int v = s.nextInt(bins);
            assertTrue(v >= 0 && v < bins);
            counts[v]++;
        }
        java.util.Arrays.fill(expected, 10_000.0);
        // p-value far from zero: the chi-square test does not reject uniformity at 0.001.
        assertFalse(new ChiSquareTest().chiSquareTest(expected, counts, 0.001));
        double d = s.nextDouble();
        assertTrue(d >= 0 && d < 1);
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(0));
    }

    @Test
    void shuffleIsAPermutationAndDeterministic() {
        List<Integer> a = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        List<Integer> b = new ArrayList<>(a);
        new RandomStreams(3).stream("shuffle").shuffle(a);
        new RandomStreams(3).stream("shuffle").shuffle(b);
        assertEquals(a, b);
        assertNotEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), a);
        assertEquals(45, a.stream().mapToInt(Integer::intValue).sum());
    }
}
