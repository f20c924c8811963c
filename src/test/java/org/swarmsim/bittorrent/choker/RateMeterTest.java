package org.swarmsim.bittorrent.choker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RateMeterTest {
    private static final long S = 1_000_000_000L;

    @Test
    void countsBytesOfTheLastWindowOnly() {
        RateMeter m = RateMeter.twentySeconds();
        m.add(0, 1000);
        m.add(5 * S, 500);
        m.add(19 * S + 999, 250);
        assertEquals(1750, m.bytesInWindow(19 * S + 999));
        assertEquals(750, m.bytesInWindow(20 * S), "the bucket [0 s, 1 s) left the window");
        assertEquals(250, m.bytesInWindow(25 * S));
        assertEquals(0, m.bytesInWindow(39 * S));
    }

    @Test
    void ratesAreBytesInWindowOverTheWindowLength() {
        RateMeter m = RateMeter.twentySeconds();
        for (int s = 0; s < 40; s++) {
            m.add(s * S, 16384);
        }
        assertEquals(20 * 16384, m.bytesInWindow(39 * S));
        assertEquals(16384.0, m.bytesPerSecond(39 * S), 1e-9);
    }

    @Test
    void aLongSilenceEmptiesTheMeter() {
        RateMeter m = new RateMeter(10 * S, 5);
        m.add(3 * S, 7);
        assertEquals(0, m.bytesInWindow(1000 * S));
        m.add(1000 * S, 3);
        assertEquals(3, m.bytesInWindow(1001 * S));
    }

    @Test
    void aMeterThatEmptiedOrNeverCountedStartsAgainFromTheNextBytesOnly() {
        RateMeter m = new RateMeter(10 * S, 5);
        m.add(0, 0);
        assertEquals(0, m.bytesInWindow(7 * S), "zero bytes count nothing");
        m.add(8 * S, 100);    // buckets of 2 s: bucket 4
        m.add(11 * S, 50);    // bucket 5
        assertEquals(150, m.bytesInWindow(12 * S));
        assertEquals(50, m.bytesInWindow(18 * S), "the bucket of 8 s has left the window, the one of 11 s not yet");
        assertEquals(0, m.bytesInWindow(20 * S));
        m.add(23 * S, 7);   // after an empty stretch shorter than the window
        assertEquals(7, m.bytesInWindow(24 * S));
        assertEquals(7, m.bytesInWindow(31 * S));
        assertEquals(0, m.bytesInWindow(33 * S));
    }

    @Test
    void rejectsTimeGoingBackwardsAndBadArguments() {
        RateMeter m = RateMeter.twentySeconds();
        m.add(10 * S, 1);
        assertThrows(IllegalArgumentException.class, () -> m.add(8 * S, 1));
        assertThrows(IllegalArgumentException.class, () -> m.add(11 * S, -1));
        assertThrows(IllegalArgumentException.class, () -> new RateMeter(10, 3));
    }
}
