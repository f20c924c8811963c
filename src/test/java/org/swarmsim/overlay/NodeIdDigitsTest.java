package org.swarmsim.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

/** Base-2^b digits of 160-bit ids, on hex fixtures checked by hand. */
class NodeIdDigitsTest {
    private static final NodeId A = NodeId.fromHex("123456789abcdef0123456789abcdef012345678");
    private static final NodeId ONES = NodeId.MAX;

    @Test
    void hexAndByteDigitsReadTheIdMostSignificantFirst() {
        assertEquals(40, NodeId.digitCount(4));
        assertEquals(1, A.digit(0, 4));
        assertEquals(2, A.digit(1, 4));
        assertEquals(0xa, A.digit(9, 4));
        assertEquals(8, A.digit(39, 4));
        assertEquals(0x12, A.digit(0, 8));
        assertEquals(0x78, A.digit(19, 8));
        // 0x1 = 0001, 0x2 = 0010: bits 0..7 are 0001 0010
        assertEquals(0, A.digit(0, 1));
        assertEquals(1, A.digit(3, 1));
        assertEquals(1, A.digit(6, 1));
        // 3-bit digits: 000 | 100 | 10(0 from 0x3 = 0011)
        assertEquals(0, A.digit(0, 3));
        assertEquals(4, A.digit(1, 3));
        assertEquals(4, A.digit(2, 3));
    }

    @Test
    void whenBDoesNotDivideTheLengthTheLastDigitIsShorter() {
        assertEquals(54, NodeId.digitCount(3));   // 53 digits of 3 bits, then 1 bit
        assertEquals(7, ONES.digit(52, 3));
        assertEquals(1, ONES.digit(53, 3));
        assertEquals(27, NodeId.digitCount(6));   // 26 of 6 bits, then 4
        assertEquals(63, ONES.digit(25, 6));
        assertEquals(15, ONES.digit(26, 6));
        assertEquals(23, NodeId.digitCount(7));   // 22 of 7 bits, then 6
        assertEquals(63, ONES.digit(22, 7));
        assertEquals(1, NodeId.ZERO.withDigit(53, 3, 1).lo());
        assertThrows(IllegalArgumentException.class, () -> NodeId.ZERO.withDigit(53, 3, 2), "the last digit has 1 bit");
        assertThrows(IllegalArgumentException.class, () -> A.digit(54, 3));
        assertThrows(IllegalArgumentException.class, () -> A.digit(0, 9));
        assertThrows(IllegalArgumentException.class, () -> A.digit(0, 0));
    }

    @Test
    void sharedPrefixDigitsIsTheRowOfAPastryRoutingTable() {
        NodeId b = NodeId.fromHex("123556789abcdef0123456789abcdef012345678");   // 0x4 = 0100 vs 0x5 = 0101: bit 15 differs
        assertEquals(15, A.commonPrefixLength(b));
        assertEquals(3, A.sharedPrefixDigits(b, 4));
        assertEquals(1, A.sharedPrefixDigits(b, 8));
        assertEquals(15, A.sharedPrefixDigits(b, 1));
        assertEquals(5, A.sharedPrefixDigits(b, 3));
        assertEquals(40, A.sharedPrefixDigits(A, 4), "equal ids share every digit");
        assertEquals(54, A.sharedPrefixDigits(A, 3));
        NodeId lastBit = A.flipBit(159);
        assertEquals(53, A.sharedPrefixDigits(lastBit, 3), "they differ in the short last digit");
        assertEquals(39, A.sharedPrefixDigits(lastBit, 4));
    }

    @Test
    void withDigitBuildsTheTargetOfARoutingTableCell() {
        assertEquals(NodeId.fromHex("123556789abcdef0123456789abcdef012345678"), A.withDigit(3, 4, 5));
        assertEquals(NodeId.fromHex("ff3456789abcdef0123456789abcdef012345678"), A.withDigit(0, 8, 0xff));
        assertEquals(NodeId.fromHex("123456789abcdef0123456789abcdef012345670"), A.withDigit(39, 4, 0));
        // row 2, column 0xe of the table of A (b = 4): A's first two digits, then e, then anything
        NodeId cell = A.withPrefixOf(8, NodeId.ZERO).withDigit(2, 4, 0xe);
        assertEquals(NodeId.fromHex("12e0000000000000000000000000000000000000"), cell);
        assertEquals(2, A.sharedPrefixDigits(cell, 4));
        // a field crossing the hi/mid word boundary (bits 63..65) and the mid/lo one (126..128)
        assertEquals(NodeId.of(1, 0xC000_0000_0000_0000L, 0), NodeId.ZERO.withBits(63, 3, 7));
        assertEquals(NodeId.of(0, 3, 0x8000_0000), NodeId.ZERO.withBits(126, 3, 7));
        assertEquals(6, NodeId.of(1, 0x8000_0000_0000_0000L, 0).bitsAt(63, 3));   // 1, 1, 0
    }

    @Test
    void digitsAgreeWithBigIntegerArithmeticForEveryDigitSize() {
        RandomStream r = new RandomStreams(3).stream("digits");
        for (int i = 0; i < 100; i++) {
            NodeId id = NodeId.random(r);
            BigInteger v = new BigInteger(1, id.toBytes());
            for (int b = 1; b <= 8; b++) {
                for (int d = 0; d < NodeId.digitCount(b); d++) {
                    int from = d * b;
                    int len = Math.min(b, 160 - from);
                    int expected = v.shiftRight(160 - from - len).intValue() & ((1 << len) - 1);
                    assertEquals(expected, id.digit(d, b), "digit " + d + " of " + b + " bits of " + id);
                    assertEquals(id, id.withDigit(d, b, 0).withDigit(d, b, expected));
                }
            }
        }
    }
}
