package org.swarmsim.gnutella.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarmsim.sim.random.RandomStream;
import org.swarmsim.sim.random.RandomStreams;

class GuidTest {
    private static final long[] EDGE_IDS = {0, 1, -1, 2, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x00FF_FF00L};

    @Test
    void ofGivesTheIdBackExactly() {
        for (long id : EDGE_IDS) {
            assertEquals(id, Guid.of(id).id());
        }
        RandomStream random = new RandomStreams(1L).stream("guid/ids");
        for (int i = 0; i < 20_000; i++) {
            long id = random.nextLong();
            Guid g = Guid.of(id);
            assertEquals(id, g.id());
            assertEquals(id, Guid.fromBytes(g.toBytes()).id(), "the id survives the wire");
        }
    }

    @Test
    void ofMarksTheGuidAsAModernServentsByte8Is0xFFAndByte15Is0x00() {
        for (long id : EDGE_IDS) {
            byte[] b = Guid.of(id).toBytes();
            assertEquals((byte) 0xFF, b[8]);
            assertEquals(0, b[15]);
            assertEquals(0xFF, Guid.of(id).byteAt(8));
            assertTrue(Guid.of(id).isModern());
        }
        assertFalse(Guid.ZERO.isModern());
    }

    @Test
    void guidsMadeByOfAreEqualExactlyWhenTheirIdsAre() {
        assertEquals(Guid.of(7), Guid.of(7));
        assertEquals(Guid.of(7).hashCode(), Guid.of(7).hashCode());
        Set<Guid> seen = new HashSet<>();
        for (long id = -5_000; id < 5_000; id++) {
            assertTrue(seen.add(Guid.of(id)), "GUID of " + id + " collides");
        }
        assertNotEquals(Guid.of(1), Guid.of(2));
    }

    @Test
    void theOtherBytesAreAMixOfTheIdNotTheIdInTheClear() {
        Guid one = Guid.of(1);
        Guid two = Guid.of(2);
        int differing = 0;
        for (int i = 0; i < Guid.BYTES; i++) {
            if (one.byteAt(i) != two.byteAt(i)) {
                differing++;
            }
        }
        assertTrue(differing >= 10, "ids 1 and 2 differ in only " + differing + " GUID bytes");
        assertEquals(0xFF, one.byteAt(8) & two.byteAt(8), "the modern-servent markers stay");
    }

    @Test
    void bytesMapBigEndianIntoHiThenLo() {
        byte[] b = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        Guid g = Guid.fromBytes(b);
        assertEquals(0x0001020304050607L, g.hi());
        assertEquals(0x08090a0b0c0d0e0fL, g.lo());
        assertArrayEquals(b, g.toBytes());
        assertEquals("000102030405060708090a0b0c0d0e0f", g.toString());
        for (int i = 0; i < Guid.BYTES; i++) {
            assertEquals(i, g.byteAt(i));
        }
    }

    @Test
    void idRefusesAGuidThatOfDidNotMake() {
        Guid g = Guid.fromBytes(HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f"));
        assertFalse(g.hasId());
        assertThrows(IllegalStateException.class, g::id);
        Guid made = Guid.of(99);
        byte[] b = made.toBytes();
        b[12] ^= 1;                       // one bit off in the mixed bytes
        assertFalse(Guid.fromBytes(b).hasId());
        assertTrue(made.hasId());
    }

    @Test
    void fromBytesWantsSixteenBytes() {
        assertThrows(IllegalArgumentException.class, () -> Guid.fromBytes(new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> Guid.fromBytes(null));
        assertThrows(IndexOutOfBoundsException.class, () -> Guid.ZERO.byteAt(16));
    }
}
