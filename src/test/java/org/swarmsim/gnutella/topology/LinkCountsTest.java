package org.swarmsim.gnutella.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** The generators' link multiset agrees with a plain map through growth and deletions. */
class LinkCountsTest {
    @Test
    void countsAgreeWithAMapThroughRandomAddsAndRemoves() {
        RandomStream r = new RandomStreams(1).stream("link-counts");
        LinkCounts counts = new LinkCounts(4);   // small, so it grows many times
        Map<Long, Integer> reference = new TreeMap<>();
        int n = 60;
        for (int step = 0; step < 200_000; step++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a == b) {
                continue;
            }
            long key = Math.min(a, b) * 1000L + Math.max(a, b);
            int now = reference.getOrDefault(key, 0);
            if (now > 0 && r.nextInt(2) == 0) {
                counts.remove(a, b);
                reference.put(key, now - 1);
            } else {
                assertEquals(now + 1, counts.add(b, a));
                reference.put(key, now + 1);
            }
            int c = r.nextInt(n);
            int d = r.nextInt(n);
            if (c != d) {
                long probe = Math.min(c, d) * 1000L + Math.max(c, d);
                assertEquals((int) reference.getOrDefault(probe, 0), counts.count(c, d), c + " -- " + d);
            }
        }
    }

    @Test
    void removingAnAbsentLinkOrASelfLoopIsRefused() {
        LinkCounts counts = new LinkCounts(10);
        counts.add(1, 2);
        counts.remove(2, 1);
        assertEquals(0, counts.count(1, 2));
        assertThrows(IllegalStateException.class, () -> counts.remove(1, 2));
        assertThrows(IllegalArgumentException.class, () -> counts.add(3, 3));
    }
}
