package org.swarmsim.bittorrent.piece;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class BitfieldTest {

    @Test
    void wireBytesPutPieceZeroInTheHighBitOfTheFirstByte() {
        Bitfield b = new Bitfield(10);
        b.set(0);
        b.set(9);
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x40}, b.toWireBytes());
        Bitfield c = Bitfield.parse("0110000110101");
        assertArrayEquals(new byte[] {(byte) 0b0110_0001, (byte) 0b1010_1000}, c.toWireBytes());
    }

    @Test
    void wireBytesRoundTripForManySizesAndPatterns() {
        RandomStream rng = new RandomStreams(7).stream("bitfield-test");
        for (int size = 0; size <= 200; size++) {
            Bitfield b = new Bitfield(size);
            for (int i = 0; i < size; i++) {
                if (rng.nextBoolean()) {
                    b.set(i);
                }
            }
            byte[] wire = b.toWireBytes();
            assertEquals((size + 7) / 8, wire.length);
            Bitfield back = Bitfield.fromWireBytes(wire, size);
            assertEquals(b, back);
            assertEquals(b.count(), back.count());
        }
    }

    @Test
    void fromWireBytesRejectsWrongLengthAndSpareBits() {
        IllegalArgumentException wrongLength =
                assertThrows(IllegalArgumentException.class, () -> Bitfield.fromWireBytes(new byte[3], 10));
        assertTrue(wrongLength.getMessage().contains("must be 2 bytes"), wrongLength.getMessage());
        IllegalArgumentException spare = assertThrows(IllegalArgumentException.class,
                () -> Bitfield.fromWireBytes(new byte[] {0, 0x20}, 10));
        assertTrue(spare.getMessage().contains("spare bits"), spare.getMessage());
        assertEquals(Bitfield.parse("0000000001"), Bitfield.fromWireBytes(new byte[] {0, 0x40}, 10));
    }

    @Test
    void setAndClearReportWhetherTheyChangedAnythingAndKeepTheCount() {
        Bitfield b = new Bitfield(130);
        assertTrue(b.isEmpty());
        assertTrue(b.set(129));
        assertFalse(b.set(129));
        assertTrue(b.set(0));
        assertEquals(2, b.count());
        assertTrue(b.clear(0));
        assertFalse(b.clear(0));
        assertEquals(1, b.count());
        assertTrue(b.has(129));
        assertFalse(b.has(64));
        assertThrows(IndexOutOfBoundsException.class, () -> b.set(130));
        assertThrows(IndexOutOfBoundsException.class, () -> b.has(-1));
    }

    @Test
    void fullBitfieldIsCompleteAndHasNoSpareBits() {
        for (int size : new int[] {1, 63, 64, 65, 127, 128, 400}) {
            Bitfield b = Bitfield.full(size);
            assertTrue(b.isComplete());
            assertEquals(size, b.count());
            assertEquals(-1, b.nextClearBit(0));
            assertEquals(b, Bitfield.fromWireBytes(b.toWireBytes(), size));
        }
        assertTrue(new Bitfield(0).isComplete());
    }

    @Test
    void nextSetAndClearBitAgreeWithJavaBitSet() {
        RandomStream rng = new RandomStreams(11).stream("bitfield-scan");
        for (int trial = 0; trial < 50; trial++) {
            int size = 1 + rng.nextInt(300);
            Bitfield b = new Bitfield(size);
            BitSet ref = new BitSet(size);
            for (int i = 0; i < size; i++) {
                if (rng.nextInt(4) == 0) {
                    b.set(i);
                    ref.set(i);
                }
            }
            for (int from = 0; from <= size + 2; from++) {
                int expectedSet = from >= size ? -1 : ref.nextSetBit(from);
                int clear = from >= size ? size : ref.nextClearBit(from);
                int expectedClear = clear >= size ? -1 : clear;
                assertEquals(expectedSet, b.nextSetBit(from), "nextSetBit(" + from + ") of " + b);
                assertEquals(expectedClear, b.nextClearBit(from), "nextClearBit(" + from + ") of " + b);
            }
        }
    }

    @Test
    void aPeerIsInterestingExactlyWhenItHasAPieceWeLack() {
        Bitfield mine = Bitfield.parse("1100");
        assertTrue(Bitfield.parse("0010").hasPieceMissingFrom(mine));
        assertFalse(Bitfield.parse("1100").hasPieceMissingFrom(mine));
        assertFalse(Bitfield.parse("0100").hasPieceMissingFrom(mine));
        assertFalse(new Bitfield(4).hasPieceMissingFrom(mine));
        assertThrows(IllegalArgumentException.class, () -> mine.hasPieceMissingFrom(new Bitfield(5)));
    }

    @Test
    void copyIsIndependent() {
        Bitfield a = Bitfield.parse("101");
        Bitfield b = a.copy();
        b.set(1);
        assertEquals("101", a.toString());
        assertEquals("111", b.toString());
        assertEquals(2, a.count());
    }
}
