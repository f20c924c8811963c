package org.swarmsim.gnutella;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RouteTableTest {
    @Test
    void remembersWhatWasPutAndNothingElse() {
        RouteTable t = new RouteTable(1000, 600);
        for (long k = 1; k <= 300; k++) {
            t.put(k * 7919, k, 0);
        }
        for (long k = 1; k <= 300; k++) {
            assertEquals(k, t.get(k * 7919, 0));
        }
        assertEquals(RouteTable.ABSENT, t.get(5, 0));
        assertEquals(300, t.size());
    }

    @Test
    void anEntryLivesAtLeastHalfTheLifetimeAndAtMostTheLifetime() {
        RouteTable t = new RouteTable(1000, 100);
        t.put(42, 1, 0);
        assertEquals(1, t.get(42, 49));
        assertEquals(1, t.get(42, 99));         // retired to "previous" at 50, still known
        assertEquals(RouteTable.ABSENT, t.get(42, 100));
        assertEquals(1, t.evicted());
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        RouteTable t = new RouteTable(64, Long.MAX_VALUE);
        for (long k = 1; k <= 10_000; k++) {
            t.put(k, k, 0);
            assertTrue(t.size() <= 64, "size " + t.size());
        }
        assertEquals(10_000, t.size() + t.evicted());
        assertEquals(10_000, t.get(10_000, 0));          // the newest are kept
        assertEquals(RouteTable.ABSENT, t.get(1, 0));     // the oldest forgotten
    }

    @Test
    void replacingAKeyKeepsOneEntry() {
        RouteTable t = new RouteTable(1000, 100);
        t.put(9, 1, 0);
        t.put(9, 2, 60);      // now in the previous generation, rewritten into the current one
        assertEquals(2, t.get(9, 60));
        assertEquals(1, t.size());
        assertEquals(2, t.get(9, 149));          // its generation began at 50: forgotten at 150
        assertEquals(RouteTable.ABSENT, t.get(9, 150));
    }

    @Test
    void refusesTheReservedKeyAndValue() {
        RouteTable t = new RouteTable(10, 10);
        assertThrows(IllegalArgumentException.class, () -> t.put(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> t.put(1, RouteTable.ABSENT, 0));
    }
}
