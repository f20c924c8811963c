package org.swarmsim.pastry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.IdSpace;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** The hot-path 128-bit arithmetic agrees with the overlay toolkit's NodeId and IdSpace. */
class RingTest {
    private static final RandomStream R = new RandomStreams(9).stream("ring");

    @Test
    void digitsAndSharedPrefixesAgreeWithIdSpaceForEveryDigitWidth() {
        for (int b = 1; b <= 8; b++) {
            assertEquals(IdSpace.PASTRY.digitCount(b), Ring.digitCount(b));
            for (int i = 0; i < 300; i++) {
                NodeId x = IdSpace.PASTRY.random(R);
                NodeId y = i % 3 == 0 ? x.withPrefixOf(R.nextInt(128), IdSpace.PASTRY.random(R)) : IdSpace.PASTRY.random(R);
                for (int d = 0; d < Ring.digitCount(b); d++) {
                    assertEquals(IdSpace.PASTRY.digit(x, d, b), Ring.digit(x.hi(), x.mid(), d, b), "b=" + b + " digit " + d);
                }
                assertEquals(IdSpace.PASTRY.sharedPrefixDigits(x, y, b), Ring.sharedDigits(x.hi(), x.mid(), y.hi(), y.mid(), b));
            }
        }
    }

    @Test
    void ringDistanceComparisonsAgreeWithNodeIdIncludingTiesAcrossTheKey() {
        for (int i = 0; i < 2000; i++) {
            NodeId a = IdSpace.PASTRY.random(R);
            NodeId b = IdSpace.PASTRY.random(R);
            NodeId k = i % 2 == 0 ? IdSpace.PASTRY.random(R) : a.withPrefixOf(60 + R.nextInt(60), IdSpace.PASTRY.random(R));
            assertEquals(Integer.signum(NodeId.compareRingDistance(a, b, k)),
                    Integer.signum(Ring.compareDistance(a.hi(), a.mid(), b.hi(), b.mid(), k.hi(), k.mid())));
            assertEquals(Integer.signum(NodeId.compareClockwise(a, b, k)),
                    Integer.signum(Ring.compareClockwise(a.hi(), a.mid(), b.hi(), b.mid(), k.hi(), k.mid())));
        }
        // 5 and 3 are both 1 away from 4: the clockwise one (above the key) is the closer.
        assertTrue(Ring.compareDistance(0, 5, 0, 3, 0, 4) < 0);
        assertTrue(Ring.compareDistance(0, 3, 0, 5, 0, 4) > 0);
        // across zero: -1 (all ones) is 1 away from 0, nearer than 2
        assertTrue(Ring.compareDistance(-1, -1, 0, 2, 0, 0) < 0);
    }

    @Test
    void anArcFromTheFarthestSmallerToTheFarthestLargerWrapsPastZero() {
        assertTrue(Ring.onArc(0, 1, -1, -10, 0, 10));
        assertTrue(Ring.onArc(-1, -5, -1, -10, 0, 10));
        assertTrue(!Ring.onArc(0, 11, -1, -10, 0, 10));
        assertEquals(0.5, Ring.distanceFraction(Long.MIN_VALUE, 0, 0, 0), 1e-15);
        assertEquals(0.25, Ring.distanceFraction(0x4000_0000_0000_0000L, 0, 0, 0), 1e-15);
        assertEquals(0.25, Ring.distanceFraction(0xC000_0000_0000_0000L, 0, 0, 0), 1e-15);
    }
}
