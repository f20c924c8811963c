package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStreams;

/** A 128-bit space inside the 160-bit id: the top bits, zeros below. */
class IdSpaceTest {
    private static final NodeId ALL_128 = NodeId.fromHex("ffffffffffffffffffffffffffffffff00000000");

    @Test
    void randomIdsKeepTheTopBitsOfTheSameDrawsAsA160BitId() {
        NodeId full = NodeId.random(new RandomStreams(1).stream("ids"));
        NodeId pastry = IdSpace.PASTRY.random(new RandomStreams(1).stream("ids"));
        assertEquals(full, IdSpace.KADEMLIA.random(new RandomStreams(1).stream("ids")));
        assertEquals(full.hi(), pastry.hi());
        assertEquals(full.mid(), pastry.mid());
        assertEquals(0, pastry.lo());
        assertTrue(IdSpace.PASTRY.contains(pastry));
        assertFalse(IdSpace.PASTRY.contains(full.lo() == 0 ? full.flipBit(159) : full));
        assertThrows(IllegalArgumentException.class, () -> new IdSpace(161));
    }

    @Test
    void digitsCountWithinTheSpaceAndTheLastOneIsShorter() {
        assertEquals(32, IdSpace.PASTRY.digitCount(4));
        assertEquals(43, IdSpace.PASTRY.digitCount(3));   // 42 of 3 bits, then 2
        assertEquals(2, IdSpace.PASTRY.digitBits(42, 3));
        assertEquals(3, IdSpace.PASTRY.digit(ALL_128, 42, 3));
        assertEquals(7, IdSpace.PASTRY.digit(ALL_128, 41, 3));
        assertEquals(NodeId.fromHex("0000000000000000000000000000000300000000"),
                IdSpace.PASTRY.withDigit(NodeId.ZERO, 42, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> IdSpace.PASTRY.digit(ALL_128, 43, 3));
    }

    @Test
    void equalIdsShareEveryDigitOfTheSpace() {
        assertEquals(32, IdSpace.PASTRY.sharedPrefixDigits(ALL_128, ALL_128, 4));
        assertEquals(40, ALL_128.sharedPrefixDigits(ALL_128, 4), "the 160-bit view counts 40");
        NodeId other = ALL_128.flipBit(127);
        assertEquals(31, IdSpace.PASTRY.sharedPrefixDigits(ALL_128, other, 4));
        assertEquals(42, IdSpace.PASTRY.sharedPrefixDigits(ALL_128, other, 3), "the short last digit differs");
    }
}
